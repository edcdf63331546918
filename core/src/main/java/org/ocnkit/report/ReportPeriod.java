package org.ocnkit.report;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Message;

/**
 * The dates a report counts, both ends included; an end left open reaches as far as the records go.
 * Whatever the period, a date after the report's own date has not happened yet and is not counted
 * (a planned end date in the future is not an exit).
 */
public record ReportPeriod(Optional<LocalDate> from, Optional<LocalDate> to) {
  /** Every date. */
  public static final ReportPeriod ALL = new ReportPeriod(Optional.empty(), Optional.empty());

  public ReportPeriod {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
      throw new IllegalArgumentException("the period ends before it starts: " + from + " " + to);
    }
  }

  /**
   * The period from {@code from} to {@code to}, either open when null.
   *
   * @throws InvalidInputException when it ends before it starts
   */
  public static ReportPeriod of(LocalDate from, LocalDate to) {
    if (from != null && to != null && from.isAfter(to)) {
      throw new InvalidInputException(Message.of(ReportPeriod.class, "period.reversed", from, to));
    }
    return new ReportPeriod(Optional.ofNullable(from), Optional.ofNullable(to));
  }

  /** Whether {@code date} lies in the period and not after {@code today}. */
  public boolean counts(LocalDate date, LocalDate today) {
    return !date.isAfter(today)
        && from.map(f -> !date.isBefore(f)).orElse(true)
        && to.map(t -> !date.isAfter(t)).orElse(true);
  }

  /** "2026-01-01 – 2026-12-31", "from 2026-01-01", "all dates". */
  public Message label() {
    if (from.isPresent() && to.isPresent()) {
      return Message.of(
          ReportPeriod.class, "period.between", from.get().toString(), to.get().toString());
    }
    if (from.isPresent()) {
      return Message.of(ReportPeriod.class, "period.from", from.get().toString());
    }
    if (to.isPresent()) {
      return Message.of(ReportPeriod.class, "period.to", to.get().toString());
    }
    return Message.of(ReportPeriod.class, "period.all");
  }
}
