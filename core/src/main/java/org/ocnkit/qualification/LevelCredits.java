package org.ocnkit.qualification;

import java.util.Objects;
import org.ocnkit.unit.EqfLevel;

/** At least {@code minCredits} credits from units at EQF {@code level} or above. */
public record LevelCredits(EqfLevel level, int minCredits) {
  public LevelCredits {
    Objects.requireNonNull(level, "level");
    if (minCredits < 1) {
      throw new IllegalArgumentException("minimum credits must be 1 or more, got " + minCredits);
    }
  }
}
