package org.ocnkit.learner.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A small CSV reader (RFC 4180 quoting) for files saved by spreadsheet programs: UTF-8 with or
 * without a byte-order mark; fields separated by semicolons (as Swedish Excel writes them),
 * commas or tabs, whichever the header line uses.
 */
public final class Csv {
  /** One record and the line it starts on (1-based). */
  public record Record(int line, List<String> fields) {}

  private Csv() {}

  /** The text of {@code bytes} if they are UTF-8, without a byte-order mark. */
  public static Optional<String> decodeUtf8(byte[] bytes) {
    try {
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
      return Optional.of(text.startsWith("\ufeff") ? text.substring(1) : text);
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  /**
   * The records of {@code text}; blank lines are skipped.
   *
   * @throws IllegalArgumentException naming the line where a quoted field is not closed
   */
  public static List<Record> parse(String text) {
    char separator = separator(text);
    List<Record> records = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    int line = 1;
    int start = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          if (c == '\n') {
            line++;
          }
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
        any = true;
      } else if (c == separator) {
        fields.add(field.toString());
        field.setLength(0);
        any = true;
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        end(records, fields, field, any, start);
        fields = new ArrayList<>();
        any = false;
        line++;
        start = line;
      } else {
        field.append(c);
        any = true;
      }
    }
    if (quoted) {
      throw new IllegalArgumentException(Integer.toString(start));
    }
    end(records, fields, field, any, start);
    return records;
  }

  private static void end(List<Record> records, List<String> fields, StringBuilder field,
      boolean any, int line) {
    if (any || field.length() > 0) {
      fields.add(field.toString());
      field.setLength(0);
      if (fields.stream().anyMatch(f -> !f.isBlank())) {
        records.add(new Record(line, List.copyOf(fields)));
      }
    }
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
