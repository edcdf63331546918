package org.ocnkit.unit.catalog;

import java.util.Objects;
import java.util.Optional;

/**
 * Which stored unit versions {@link UnitRecords#list} shows.
 *
 * @param state only versions in this state, if given
 * @param dueOnly only versions due for review: in state REVIEW_DUE, or approved with an approval
 *     that ends today or earlier
 */
public record UnitFilter(Optional<UnitState> state, boolean dueOnly) {
  /** Every stored version. */
  public static final UnitFilter ALL = new UnitFilter(Optional.empty(), false);

  public UnitFilter {
    Objects.requireNonNull(state, "state");
  }

  public static UnitFilter inState(UnitState state) {
    return new UnitFilter(Optional.of(state), false);
  }

  public static UnitFilter due() {
    return new UnitFilter(Optional.empty(), true);
  }
}
