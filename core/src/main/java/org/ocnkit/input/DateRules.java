package org.ocnkit.input;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import org.ocnkit.Message;

/**
 * The rules every date a user gives ocnkit keeps, in one place, so evidence, outcomes, panel
 * meetings, conditions, sample plans and sign-offs refuse the same dates for the same reasons:
 *
 * <ul>
 *   <li><b>not in the future</b>: a thing that happened is not dated after {@code today}, which the
 *       caller passes (the transaction's date, so tests and the demo move it);
 *   <li><b>not in the far past</b>: nothing is dated before {@link #EARLIEST}; an earlier year is a
 *       typing slip (1026 or 0026 for 2026);
 *   <li><b>not absurdly far ahead</b>: a date that may lie ahead (conditions due after a meeting)
 *       lies at most {@link #HORIZON} after the date it is counted from;
 *   <li><b>not before an earlier date</b> the caller names: an apprentice's birth or start, the
 *       evidence an assessor signs off, the start of a period.
 * </ul>
 *
 * <p>Each check returns the message of the rule broken, from the caller's own bundle and key, so a
 * refusal says what the date is and which rule it breaks in Swedish and English. Every date here is
 * a calendar date in the workspace's zone; {@link #dayOf} turns an instant into one, so an instant
 * just after midnight in Stockholm counts on the Stockholm day, not the UTC one.
 */
public final class DateRules {
  /** No date ocnkit records lies before this day: its records start in this century. */
  public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

  /** How far ahead of the date it is counted from a date may lie: two years. */
  public static final Period HORIZON = Period.ofYears(2);

  private DateRules() {}

  /** Whether {@code date} lies after {@code today}. */
  public static boolean isFuture(LocalDate date, LocalDate today) {
    return date.isAfter(today);
  }

  /** Whether {@code date} lies before {@link #EARLIEST}. */
  public static boolean isFarPast(LocalDate date) {
    return date.isBefore(EARLIEST);
  }

  /** The last day a date counted from {@code from} may be: {@code from} plus {@link #HORIZON}. */
  public static LocalDate latest(LocalDate from) {
    return from.plus(HORIZON);
  }

  /** Whether {@code date} lies more than {@link #HORIZON} after {@code from}. */
  public static boolean isFarAhead(LocalDate date, LocalDate from) {
    return date.isAfter(latest(from));
  }

  /** The calendar day of {@code at} in {@code zone}: the day people there saw it happen. */
  public static LocalDate dayOf(Instant at, ZoneId zone) {
    return LocalDate.ofInstant(at, zone);
  }

  /**
   * The future rule: {@code owner}'s message {@code key} with arguments {@code date, today} when
   * {@code date} lies after {@code today}.
   */
  public static Optional<Message> future(
      Class<?> owner, String key, LocalDate date, LocalDate today) {
    return isFuture(date, today)
        ? Optional.of(Message.of(owner, key, date, today))
        : Optional.empty();
  }

  /**
   * The far-past rule: {@code owner}'s message {@code key} with arguments {@code date, EARLIEST}
   * when {@code date} lies before {@link #EARLIEST}.
   */
  public static Optional<Message> farPast(Class<?> owner, String key, LocalDate date) {
    return isFarPast(date) ? Optional.of(Message.of(owner, key, date, EARLIEST)) : Optional.empty();
  }

  /**
   * The far-ahead rule: {@code owner}'s message {@code key} with arguments {@code date, from,
   * latest(from), years of HORIZON} when {@code date} lies more than {@link #HORIZON} after {@code
   * from}.
   */
  public static Optional<Message> farAhead(
      Class<?> owner, String key, LocalDate date, LocalDate from) {
    return isFarAhead(date, from)
        ? Optional.of(Message.of(owner, key, date, from, latest(from), HORIZON.getYears()))
        : Optional.empty();
  }

  /**
   * The earlier-date rule: {@code owner}'s message {@code key} with arguments {@code date, earlier,
   * named...} when {@code date} lies before {@code earlier}; {@code named} says whose date {@code
   * earlier} is (an apprentice's id, an evidence item's id).
   */
  public static Optional<Message> before(
      Class<?> owner, String key, LocalDate date, LocalDate earlier, Object... named) {
    Objects.requireNonNull(earlier, "earlier");
    if (!date.isBefore(earlier)) {
      return Optional.empty();
    }
    Object[] args = new Object[named.length + 2];
    args[0] = date;
    args[1] = earlier;
    System.arraycopy(named, 0, args, 2, named.length);
    return Optional.of(Message.of(owner, key, args));
  }
}
