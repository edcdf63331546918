package org.ocnkit.certificate.credential.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** The one JSON configuration both credential formats use: Jackson trees, limits on reading. */
public final class CredentialJson {
  /** Largest credential read: 1 MiB (a certificate's is a few kilobytes). */
  public static final int MAX_BYTES = 1 << 20;

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final ObjectMapper PRETTY =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  static {
    StreamReadConstraints limits =
        StreamReadConstraints.builder()
            .maxNestingDepth(64)
            .maxStringLength(MAX_BYTES)
            .maxDocumentLength(MAX_BYTES)
            .build();
    MAPPER.getFactory().setStreamReadConstraints(limits);
  }

  private CredentialJson() {}

  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  public static ArrayNode array(String... values) {
    ArrayNode a = MAPPER.createArrayNode();
    for (String v : values) {
      a.add(v);
    }
    return a;
  }

  /** Compact UTF-8 JSON, members in insertion order. */
  public static String compact(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of plain values can be written", e);
    }
  }

  /** Indented JSON, for files people may open. */
  public static String pretty(JsonNode node) {
    try {
      return PRETTY.writeValueAsString(node) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of plain values can be written", e);
    }
  }

  /** The JSON object in {@code text}, or empty when it is not one (within the limits). */
  public static Optional<ObjectNode> readObject(String text) {
    try {
      JsonNode node = MAPPER.readTree(text);
      return node instanceof ObjectNode o ? Optional.of(o) : Optional.empty();
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
  }

  /** {@code 2026-03-02T09:00:00Z}: whole seconds, UTC (XML Schema dateTime, RFC 3339). */
  public static String dateTime(Instant instant) {
    return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
  }

  /** The start of {@code date} in UTC, as a date-time. */
  public static String dateTime(LocalDate date) {
    return dateTime(date.atStartOfDay(ZoneOffset.UTC).toInstant());
  }
}
