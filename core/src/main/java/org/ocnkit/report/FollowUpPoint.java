package org.ocnkit.report;

import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ocnkit.Message;

/**
 * A point at which a participant's outcome is recorded: {@link #EXIT} (when they leave the
 * programme) or a period after the end date, written {@code 28d}, {@code 90d}, {@code 6m} (days,
 * weeks {@code w}, months {@code m}, years {@code y}). The funders' points are configurable ({@link
 * ReportSettings#FOLLOW_UPS}).
 *
 * @param code the code as written in settings and on the command line, lowercase
 * @param after how long after the end date the point lies; zero for exit
 */
public record FollowUpPoint(String code, Period after) implements Comparable<FollowUpPoint> {
  /** The point of leaving the programme. */
  public static final FollowUpPoint EXIT = new FollowUpPoint("exit", Period.ZERO);

  private static final Pattern FORMAT = Pattern.compile("([1-9][0-9]{0,3})([dwmy])");

  /** Periods are compared by where they land from a fixed date, so 4w comes before 1m. */
  private static final LocalDate ORIGIN = LocalDate.of(2001, 1, 31);

  private static final Comparator<FollowUpPoint> ORDER =
      Comparator.comparing((FollowUpPoint p) -> ORIGIN.plus(p.after)).thenComparing(p -> p.code);

  public FollowUpPoint {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(after, "after");
    if (after.isNegative()) {
      throw new IllegalArgumentException("a follow-up point lies after the end, got " + after);
    }
  }

  /** Reads {@code exit}, {@code 28d}, {@code 4w}, {@code 6m}, {@code 1y}, in any letter case. */
  public static Optional<FollowUpPoint> parse(String text) {
    String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    if (t.equals(EXIT.code)) {
      return Optional.of(EXIT);
    }
    Matcher m = FORMAT.matcher(t);
    if (!m.matches()) {
      return Optional.empty();
    }
    int n = Integer.parseInt(m.group(1));
    Period after =
        switch (m.group(2)) {
          case "d" -> Period.ofDays(n);
          case "w" -> Period.ofWeeks(n);
          case "m" -> Period.ofMonths(n);
          default -> Period.ofYears(n);
        };
    return Optional.of(new FollowUpPoint(t, after));
  }

  /** Whether this is the point of leaving. */
  public boolean isExit() {
    return after.isZero();
  }

  /** "at exit", "28 days after exit", "6 months after exit". */
  public Message label() {
    return label("point");
  }

  /**
   * A message about this point from the package's bundle: {@code prefix.exit}, or {@code prefix.d},
   * {@code prefix.w}, {@code prefix.m}, {@code prefix.y} with the number as argument.
   */
  public Message label(String prefix) {
    Matcher m = FORMAT.matcher(code);
    if (isExit() || !m.matches()) {
      return Message.of(FollowUpPoint.class, prefix + ".exit");
    }
    return Message.of(FollowUpPoint.class, prefix + "." + m.group(2), m.group(1));
  }

  /** {@link #label()} in {@code locale}. */
  public String displayName(Locale locale) {
    return label().format(locale);
  }

  /** Exit first, then by how long after the end. */
  @Override
  public int compareTo(FollowUpPoint other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return code;
  }
}
