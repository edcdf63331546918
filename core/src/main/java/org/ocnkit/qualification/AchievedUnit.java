package org.ocnkit.qualification;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.ocnkit.unit.EqfLevel;
import org.ocnkit.unit.UnitHash;
import org.ocnkit.unit.UnitRef;

/**
 * A unit version a participant has achieved, as the rules of combination see it.
 *
 * @param provider the other provider (OCN centre, school) that certified it; empty when it was
 *     achieved here
 */
public record AchievedUnit(
    UnitRef ref,
    UnitHash hash,
    int credits,
    EqfLevel level,
    LocalDate achievedOn,
    Optional<String> provider) {
  public AchievedUnit {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(hash, "hash");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(achievedOn, "achievedOn");
    Objects.requireNonNull(provider, "provider");
    if (credits < 1) {
      throw new IllegalArgumentException("credits must be 1 or more, got " + credits);
    }
  }

  /** Achieved here, not with another provider. */
  public static AchievedUnit here(
      UnitRef ref, UnitHash hash, int credits, int level, LocalDate achievedOn) {
    return new AchievedUnit(ref, hash, credits, new EqfLevel(level), achievedOn, Optional.empty());
  }
}
