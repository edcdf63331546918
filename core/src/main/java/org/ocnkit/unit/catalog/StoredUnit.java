package org.ocnkit.unit.catalog;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.ocnkit.unit.CourseUnit;

/**
 * A unit version as stored in the workspace: its content, read back from the stored canonical XML,
 * and where it stands.
 *
 * @param id the stored version's id ({@code unit_version:id})
 * @param importedAt when it was imported
 * @param approvedUntil the date the approval ends, once approved
 */
public record StoredUnit(
    long id,
    CourseUnit unit,
    UnitState state,
    Instant importedAt,
    Optional<LocalDate> approvedUntil) {
  public StoredUnit {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(importedAt, "importedAt");
    Objects.requireNonNull(approvedUntil, "approvedUntil");
  }
}
