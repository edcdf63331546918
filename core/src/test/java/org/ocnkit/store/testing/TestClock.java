package org.ocnkit.store.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * A clock a test moves by hand: approvals that expire after three years, follow-ups after 90 days.
 * Starts at a fixed instant in Europe/Stockholm. Thread-safe.
 */
public final class TestClock extends Clock {
  /** Where every test clock starts: 2025-03-03 09:00 in Stockholm. */
  public static final Instant START = Instant.parse("2025-03-03T08:00:00Z");

  private final ZoneId zone;
  private volatile Instant now;

  public TestClock() {
    this(START, ZoneId.of("Europe/Stockholm"));
  }

  public TestClock(Instant start, ZoneId zone) {
    this.now = start;
    this.zone = zone;
  }

  public synchronized void advance(Duration duration) {
    now = now.plus(duration);
  }

  /** Moves by a calendar period (years, months, days) in the clock's zone. */
  public synchronized void advance(Period period) {
    now = ZonedDateTime.ofInstant(now, zone).plus(period).toInstant();
  }

  public void set(Instant instant) {
    now = instant;
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return new TestClock(now, zone);
  }

  @Override
  public Instant instant() {
    return now;
  }
}
