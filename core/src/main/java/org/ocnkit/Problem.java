package org.ocnkit;

import java.util.Locale;
import java.util.Objects;

/**
 * One thing wrong with the user's input, with where it is.
 *
 * @param location where the problem is, in the form the user can find it: {@code
 *     course-units/hs-kund-01.xml:12:7} for a file, {@code Kundbemötande!D5} for a workbook cell,
 *     or empty when the problem is not tied to a place
 * @param message what is wrong and which rule it breaks
 */
public record Problem(String location, Message message) {
  public Problem {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(message, "message");
  }

  /** A problem at a line and column of a file; line or column 0 means unknown. */
  public static Problem at(String file, int line, int column, Message message) {
    StringBuilder where = new StringBuilder(file);
    if (line > 0) {
      where.append(':').append(line);
      if (column > 0) {
        where.append(':').append(column);
      }
    }
    return new Problem(where.toString(), message);
  }

  /** {@code location: message} in {@code locale}. */
  public String describe(Locale locale) {
    String text = message.format(locale);
    return location.isEmpty() ? text : location + ": " + text;
  }

  @Override
  public String toString() {
    return describe(Locale.ROOT);
  }
}
