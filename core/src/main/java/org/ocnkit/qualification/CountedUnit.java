package org.ocnkit.qualification;

import java.util.Objects;
import java.util.Optional;

/** An achieved unit that counts towards a qualification, with the group it counts in, if any. */
public record CountedUnit(AchievedUnit unit, Optional<String> group) {
  public CountedUnit {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(group, "group");
  }
}
