package org.ocnkit.bench;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A clock the workspace generator sets and moves forward, so that a generated programme year has
 * its dates spread like a real one (enrolments in August, sign-offs over the autumn). It only ever
 * moves forward: the audit chain refuses an event dated before the previous one.
 */
final class SteppingClock extends Clock {
  private final ZoneId zone;
  private volatile Instant now;

  SteppingClock(Instant start, ZoneId zone) {
    this.now = start;
    this.zone = zone;
  }

  /** Moves to {@code when}, or by a millisecond if {@code when} is not later than now. */
  synchronized void moveTo(Instant when) {
    now = when.isAfter(now) ? when : now.plusMillis(1);
  }

  /** Moves forward by {@code step}. */
  synchronized void advance(Duration step) {
    now = now.plus(step);
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId other) {
    SteppingClock c = new SteppingClock(now, other);
    return c;
  }

  @Override
  public Instant instant() {
    return now;
  }
}
