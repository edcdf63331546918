package org.ocnkit.cli;

/**
 * Data made safe for a terminal: text from records and files (names, free texts, attachment names)
 * may hold control characters that a terminal would obey (an escape sequence that recolours or
 * retitles it, a carriage return that overwrites the line) or that fake a line of output (a
 * newline). {@link #of} shows each as a visible escape ({@code \n}, {@code \e}, {@code \u009b}), so
 * the output shows exactly one line per datum and nothing the data says is executed. JSON output
 * needs none of this: the JSON writer escapes control characters itself.
 */
public final class TerminalText {
  private TerminalText() {}

  /** {@code value}'s text with every control and bidirectional-override character escaped. */
  public static String of(Object value) {
    String text = value == null ? "" : value.toString();
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String shown = escape(c);
      if (shown != null && out == null) {
        out = new StringBuilder(text.length() + 8).append(text, 0, i);
      }
      if (out != null) {
        out.append(shown != null ? shown : String.valueOf(c));
      }
    }
    return out == null ? text : out.toString();
  }

  private static String escape(char c) {
    switch (c) {
      case '\n':
        return "\\n";
      case '\r':
        return "\\r";
      case '\t':
        return "\\t";
      case 0x1b:
        return "\\e";
      default:
        break;
    }
    boolean control = c < 0x20 || (c >= 0x7f && c <= 0x9f);
    boolean bidi = (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
    return control || bidi ? String.format("\\u%04x", (int) c) : null;
  }
}
