package org.ocnkit.moderation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Message;

/**
 * The days a sample plan draws over, both included: the sign-offs whose units were achieved (signed
 * off) from {@code from} to {@code to}. Written {@code 2026-09-01..2026-11-30}.
 */
public record PlanPeriod(LocalDate from, LocalDate to) {
  public PlanPeriod {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException(
          "a period ends on or after its start: " + from + ".." + to);
    }
  }

  /**
   * Reads {@code 2026-09-01..2026-11-30}.
   *
   * @throws InvalidInputException naming the expected form, or when the end lies before the start
   */
  public static PlanPeriod parse(String text) {
    String t = text == null ? "" : text.strip();
    int dots = t.indexOf("..");
    if (dots > 0) {
      try {
        LocalDate from = LocalDate.parse(t.substring(0, dots).strip());
        LocalDate to = LocalDate.parse(t.substring(dots + 2).strip());
        if (to.isBefore(from)) {
          throw new InvalidInputException(Message.of(PlanPeriod.class, "period.reversed", text));
        }
        return new PlanPeriod(from, to);
      } catch (DateTimeParseException e) {
        // reported below
      }
    }
    throw new InvalidInputException(Message.of(PlanPeriod.class, "period.format", text));
  }

  /** Whether {@code date} lies in the period. */
  public boolean contains(LocalDate date) {
    return !date.isBefore(from) && !date.isAfter(to);
  }

  @Override
  public String toString() {
    return from + ".." + to;
  }
}
