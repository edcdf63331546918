package org.ocnkit.panel;

import java.util.Objects;
import org.ocnkit.unit.UnitHash;
import org.ocnkit.unit.UnitRef;
import org.ocnkit.unit.catalog.UnitState;

/**
 * A unit version moved from one state to another, by a submission or withdrawal.
 *
 * @param hash the content hash of the version, unchanged by the move
 */
public record UnitStateChange(UnitRef unit, UnitHash hash, UnitState from, UnitState to) {
  public UnitStateChange {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(hash, "hash");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
  }
}
