package org.ocnkit.store;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;

/**
 * What a workspace takes from its surroundings: the environment variables (for {@code
 * OCNKIT_DB_PASSWORD}) and the clock that stamps every transaction. Tests pass their own to move
 * time and to avoid depending on the machine.
 *
 * @param env environment variables
 * @param clock the clock of every transaction; its zone gives {@link ReadTx#today()}
 */
public record OpenOptions(Map<String, String> env, Clock clock) {
  public OpenOptions {
    env = Map.copyOf(env);
    Objects.requireNonNull(clock, "clock");
  }

  /** The process's environment and the system clock in the system time zone. */
  public static OpenOptions system() {
    return new OpenOptions(System.getenv(), systemClock());
  }

  /**
   * The system clock in the system time zone, as {@link Clock#systemDefaultZone()}, except that the
   * zone is looked up when first asked for, not when the clock is made: looking it up starts the
   * JDK's time-zone providers, which search every jar on the class path for a service entry, a cost
   * that short commands (help, verification) need not pay.
   */
  public static Clock systemClock() {
    return SystemClock.INSTANCE;
  }

  /** {@link #systemClock()}. */
  private static final class SystemClock extends Clock {
    static final SystemClock INSTANCE = new SystemClock();

    @Override
    public ZoneId getZone() {
      return ZoneId.systemDefault();
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return Clock.system(zone);
    }

    @Override
    public long millis() {
      return System.currentTimeMillis();
    }

    @Override
    public Instant instant() {
      return Instant.now();
    }

    @Override
    public String toString() {
      return "SystemClock[default zone]";
    }
  }

  public OpenOptions withClock(Clock clock) {
    return new OpenOptions(env, clock);
  }

  public OpenOptions withEnv(Map<String, String> env) {
    return new OpenOptions(env, clock);
  }
}
