package org.ocnkit.report;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.ocnkit.Message;

/**
 * Ages in whole years from {@code min} to {@code max} (open-ended when {@code max} is empty), such
 * as 18-29 or 55+. Written {@code 18-29}, {@code -17} (from 0) and {@code 55-} (and up) in
 * settings.
 */
public record AgeBand(int min, OptionalInt max) {
  public AgeBand {
    if (min < 0 || max == null || (max.isPresent() && max.getAsInt() < min)) {
      throw new IllegalArgumentException(
          "an age band runs from 0 or more up to at least its" + " start, got " + min + "-" + max);
    }
  }

  /** {@code min} to {@code max} inclusive. */
  public static AgeBand of(int min, int max) {
    return new AgeBand(min, OptionalInt.of(max));
  }

  /** {@code min} and older. */
  public static AgeBand from(int min) {
    return new AgeBand(min, OptionalInt.empty());
  }

  /** Reads {@code 18-29}, {@code -17} or {@code 55-}. */
  public static Optional<AgeBand> parse(String text) {
    String t = text == null ? "" : text.strip();
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("(\\d{1,3})?\\s*-\\s*(\\d{1,3})?").matcher(t);
    if (!m.matches() || (m.group(1) == null && m.group(2) == null)) {
      return Optional.empty();
    }
    int min = m.group(1) == null ? 0 : Integer.parseInt(m.group(1));
    if (m.group(2) == null) {
      return Optional.of(from(min));
    }
    int max = Integer.parseInt(m.group(2));
    return max < min ? Optional.empty() : Optional.of(of(min, max));
  }

  public boolean contains(int age) {
    return age >= min && (max.isEmpty() || age <= max.getAsInt());
  }

  /** The stable key used in JSON: {@code 18-29}, {@code 0-17}, {@code 55-}. */
  public String key() {
    return min + "-" + (max.isPresent() ? String.valueOf(max.getAsInt()) : "");
  }

  /** "under 18", "18–29", "55+". */
  public Message label() {
    if (max.isEmpty()) {
      return Message.of(AgeBand.class, "band.over", String.valueOf(min));
    }
    if (min == 0) {
      return Message.of(AgeBand.class, "band.under", String.valueOf(max.getAsInt() + 1));
    }
    return Message.of(
        AgeBand.class, "band.range", String.valueOf(min), String.valueOf(max.getAsInt()));
  }

  /** {@link #label()} in {@code locale}. */
  public String displayName(Locale locale) {
    return label().format(locale);
  }

  @Override
  public String toString() {
    return key();
  }
}
