package org.ocnkit.qualification.catalog;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.ocnkit.qualification.Qualification;
import org.ocnkit.unit.catalog.UnitState;

/**
 * A qualification version as stored in the workspace: its content, read back from the stored
 * canonical XML, and where it stands in the panel workflow (the same states as a unit).
 *
 * @param id the stored version's id ({@code qualification_version:id})
 * @param approvedUntil the date the approval ends, once approved
 */
public record StoredQualification(
    long id,
    Qualification qualification,
    UnitState state,
    Instant importedAt,
    Optional<LocalDate> approvedUntil) {
  public StoredQualification {
    Objects.requireNonNull(qualification, "qualification");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(importedAt, "importedAt");
    Objects.requireNonNull(approvedUntil, "approvedUntil");
  }

  /** The state as of {@code today}: an approval whose review date has come is due for review. */
  public UnitState stateOn(LocalDate today) {
    if ((state == UnitState.APPROVED || state == UnitState.APPROVED_WITH_CONDITIONS)
        && approvedUntil.isPresent()
        && !today.isBefore(approvedUntil.get())) {
      return UnitState.REVIEW_DUE;
    }
    return state;
  }
}
