package org.ocnkit.unit;

import java.util.Comparator;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The id of an assessment criterion, {@code outcome.n}: criterion 1.2 is the second criterion of
 * outcome 1. Ids are stable across versions of a unit, so evidence can name them.
 */
public record CriterionId(OutcomeId outcome, int number) implements Comparable<CriterionId> {
  private static final Pattern FORMAT = Pattern.compile("([1-9][0-9]*)\\.([1-9][0-9]*)");
  private static final Comparator<CriterionId> ORDER =
      Comparator.comparing(CriterionId::outcome).thenComparingInt(CriterionId::number);

  public CriterionId {
    Objects.requireNonNull(outcome, "outcome");
    if (number < 1) {
      throw new IllegalArgumentException("criterion number must be 1 or more, got " + number);
    }
  }

  /** Parses {@code 1.2}; throws {@link IllegalArgumentException} for anything else. */
  public static CriterionId parse(String text) {
    Matcher m = FORMAT.matcher(text.trim());
    if (!m.matches() || !fitsAnInt(m.group(1)) || !fitsAnInt(m.group(2))) {
      throw new IllegalArgumentException("criterion id must look like 1.2, got \"" + text + "\"");
    }
    return new CriterionId(
        new OutcomeId(Integer.parseInt(m.group(1))), Integer.parseInt(m.group(2)));
  }

  /**
   * Whether {@code text} is a well-formed criterion id, that is, whether {@link #parse} takes it.
   */
  public static boolean isValid(String text) {
    Matcher m = FORMAT.matcher(text.trim());
    return m.matches() && fitsAnInt(m.group(1)) && fitsAnInt(m.group(2));
  }

  private static boolean fitsAnInt(String digits) {
    try {
      Integer.parseInt(digits);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  @Override
  public int compareTo(CriterionId other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return outcome + "." + number;
  }
}
