package org.ocnkit.learner.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV rosters as spreadsheet programs save them, read with Apache Commons CSV (RFC 4180 quoting):
 * UTF-8 with or without a byte-order mark; fields separated by semicolons (as Swedish Excel writes
 * them), commas or tabs, whichever the header line uses.
 */
public final class Csv {
  /** One record and the line it starts on (1-based). */
  public record Record(int line, List<String> fields) {}

  private Csv() {}

  /** The text of {@code bytes} if they are UTF-8, without a byte-order mark. */
  public static Optional<String> decodeUtf8(byte[] bytes) {
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      return Optional.of(text.startsWith("\ufeff") ? text.substring(1) : text);
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  /** The line (1-based) holding the first byte that is not UTF-8, or 0 when all are. */
  public static int firstNonUtf8Line(byte[] bytes) {
    ByteBuffer in = ByteBuffer.wrap(bytes);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
    java.nio.charset.CoderResult result =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(in, out, true);
    if (!result.isError()) {
      return 0;
    }
    int line = 1;
    for (int i = 0; i < in.position(); i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }

  /**
   * The records of {@code text}, read by Apache Commons CSV in its RFC 4180 format ({@code "Anna
   * ""Nina"""} is {@code Anna "Nina"}; a quoted field may hold separators and line breaks); blank
   * lines and records of blank fields are skipped.
   *
   * @throws IllegalArgumentException naming the line where a quoted field is not closed
   */
  public static List<Record> parse(String text) {
    CSVFormat format =
        CSVFormat.RFC4180.builder().setDelimiter(separator(text)).setIgnoreEmptyLines(true).get();
    String[] lines = text.split("\r\n|\r|\n", -1);
    List<Record> records = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(text, format)) {
      Iterator<CSVRecord> it = parser.iterator();
      while (true) {
        int start = firstNonBlank(lines, (int) parser.getCurrentLineNumber() + 1);
        CSVRecord r;
        try {
          if (!it.hasNext()) {
            break;
          }
          r = it.next();
        } catch (UncheckedIOException | IllegalStateException e) {
          throw new IllegalArgumentException(Integer.toString(start));
        }
        List<String> fields = r.toList();
        if (fields.stream().anyMatch(f -> !f.isBlank())) {
          records.add(new Record(start, List.copyOf(fields)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return records;
  }

  /** The first line from {@code line} (1-based) on that is not empty. */
  private static int firstNonBlank(String[] lines, int line) {
    int n = line;
    while (n <= lines.length && lines[n - 1].isEmpty()) {
      n++;
    }
    return n;
  }

  private static char separator(String text) {
    int end = text.indexOf('\n');
    String header = end < 0 ? text : text.substring(0, end);
    long semicolons = header.chars().filter(c -> c == ';').count();
    long commas = header.chars().filter(c -> c == ',').count();
    long tabs = header.chars().filter(c -> c == '\t').count();
    if (tabs > semicolons && tabs > commas) {
      return '\t';
    }
    return semicolons >= commas ? ';' : ',';
  }
}
