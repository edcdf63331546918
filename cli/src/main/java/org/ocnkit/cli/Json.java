package org.ocnkit.cli;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.ocnkit.Message;

/**
 * Writes {@code --json} output: maps, collections, records (by component name), strings, numbers,
 * booleans, enums (lower-case, hyphenated), dates and times (ISO-8601), paths, optionals and {@link
 * Message}s (English text). Output only; ocnkit never reads JSON.
 */
public final class Json {
  private Json() {}

  /**
   * A JSON object with its fields in the order given, {@code object("code", c, "status", s)}:
   * output has a fixed field order per command ({@code Map.of} iterates in an order that changes
   * from run to run) and may hold {@code null}.
   */
  public static Map<String, Object> object(Object... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("names and values in pairs");
    }
    Map<String, Object> object = new java.util.LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      object.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return object;
  }

  /** {@code value} as pretty-printed JSON (two-space indentation). */
  public static String write(Object value) {
    StringBuilder out = new StringBuilder();
    write(out, value, 0);
    return out.toString();
  }

  private static void write(StringBuilder out, Object value, int depth) {
    if (value instanceof Optional<?> optional) {
      write(out, optional.orElse(null), depth);
    } else if (value instanceof OptionalInt optional) {
      write(out, optional.isPresent() ? optional.getAsInt() : null, depth);
    } else if (value == null) {
      out.append("null");
    } else if (value instanceof Boolean || value instanceof Number) {
      out.append(value);
    } else if (value instanceof Enum<?> e) {
      string(out, e.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
    } else if (value instanceof Map<?, ?> map) {
      object(out, map, depth);
    } else if (value instanceof Collection<?> list) {
      array(out, list, depth);
    } else if (value instanceof Object[] array) {
      array(out, java.util.Arrays.asList(array), depth);
    } else if (value instanceof Record record) {
      java.util.LinkedHashMap<String, Object> fields = new java.util.LinkedHashMap<>();
      for (RecordComponent c : record.getClass().getRecordComponents()) {
        try {
          c.getAccessor().setAccessible(true);
          fields.put(c.getName(), c.getAccessor().invoke(record));
        } catch (ReflectiveOperationException ex) {
          throw new IllegalStateException("cannot read " + c, ex);
        }
      }
      object(out, fields, depth);
    } else {
      // Dates, paths, messages, text and any other value: its string form.
      string(out, value.toString());
    }
  }

  private static void object(StringBuilder out, Map<?, ?> map, int depth) {
    if (map.isEmpty()) {
      out.append("{}");
      return;
    }
    out.append("{\n");
    int i = 0;
    for (Map.Entry<?, ?> e : map.entrySet()) {
      indent(out, depth + 1);
      string(out, String.valueOf(e.getKey()));
      out.append(": ");
      write(out, e.getValue(), depth + 1);
      out.append(++i < map.size() ? ",\n" : "\n");
    }
    indent(out, depth);
    out.append('}');
  }

  private static void array(StringBuilder out, Collection<?> list, int depth) {
    if (list.isEmpty()) {
      out.append("[]");
      return;
    }
    out.append("[\n");
    int i = 0;
    for (Object item : list) {
      indent(out, depth + 1);
      write(out, item, depth + 1);
      out.append(++i < list.size() ? ",\n" : "\n");
    }
    indent(out, depth);
    out.append(']');
  }

  private static void indent(StringBuilder out, int depth) {
    out.append("  ".repeat(depth));
  }

  private static void string(StringBuilder out, String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
