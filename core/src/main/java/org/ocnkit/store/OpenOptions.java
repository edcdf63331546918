package org.ocnkit.store;

import java.time.Clock;
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
    return new OpenOptions(System.getenv(), Clock.systemDefaultZone());
  }

  public OpenOptions withClock(Clock clock) {
    return new OpenOptions(env, clock);
  }

  public OpenOptions withEnv(Map<String, String> env) {
    return new OpenOptions(env, clock);
  }
}
