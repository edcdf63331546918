package org.ocnkit.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Moves the demo's programme year to the most recent one that has ended. The script and its sample
 * files are written for one year (the panel meets in March 2026 ... the 90-day follow-up in
 * September 2027); played as written before then, its issuer certificate would not yet be valid and
 * outside verifiers would reject what it issues. Every date and year in a script line or a sample
 * file therefore moves by the same whole number of years, chosen so that the script's last
 * {@code @clock} time is not after today: months, weekdays aside, and every interval of the story
 * (start in August, follow-up 90 days after exit) stay as written, and birth dates move with the
 * rest, so ages at entry stay too.
 *
 * @param years how many years every date moves (0 or negative while the written year is still to
 *     come, positive later)
 */
record DemoYear(int years) {
  /** An ISO date (2026-08-24, also inside an instant), a d/m/yyyy date, or a bare year. */
  private static final Pattern DATES =
      Pattern.compile(
          "(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)"
              + "|(?<!\\d)(\\d{1,2})/(\\d{1,2})/(\\d{4})(?!\\d)"
              + "|(?<!\\d)((?:19|20)\\d{2})(?!\\d)");

  /**
   * The shift that makes {@code lastWritten} (the script's last simulated time) fall on or before
   * {@code now}, as late as possible.
   */
  static DemoYear endingBy(Instant lastWritten, Instant now) {
    LocalDate last = lastWritten.atOffset(ZoneOffset.UTC).toLocalDate();
    LocalDate today = now.atOffset(ZoneOffset.UTC).toLocalDate();
    int years = today.getYear() - last.getYear();
    while (last.plusYears(years).isAfter(today)) {
      years--;
    }
    return new DemoYear(years);
  }

  /** {@code text} with every date and year in it moved. */
  String shift(String text) {
    if (years == 0) {
      return text;
    }
    Matcher m = DATES.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(shiftOne(m)));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** The written year {@code year} as played. */
  int shift(int year) {
    return year + years;
  }

  private String shiftOne(Matcher m) {
    try {
      if (m.group(1) != null) {
        return LocalDate.parse(m.group(1) + "-" + m.group(2) + "-" + m.group(3))
            .plusYears(years)
            .toString();
      }
      if (m.group(4) != null) {
        LocalDate d =
            LocalDate.of(
                    Integer.parseInt(m.group(6)),
                    Integer.parseInt(m.group(5)),
                    Integer.parseInt(m.group(4)))
                .plusYears(years);
        return d.getDayOfMonth() + "/" + d.getMonthValue() + "/" + d.getYear();
      }
      return Integer.toString(Integer.parseInt(m.group(7)) + years);
    } catch (java.time.DateTimeException e) {
      return m.group(); // not a date after all: leave it as written
    }
  }
}
