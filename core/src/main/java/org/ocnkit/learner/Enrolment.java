package org.ocnkit.learner;

import java.time.LocalDate;
import java.util.Objects;
import org.ocnkit.unit.UnitHash;
import org.ocnkit.unit.UnitRef;

/**
 * An apprentice on one approved unit version at a placement, with the assessor responsible.
 *
 * @param unitVersionId the stored unit version ({@code unit_version:id})
 * @param unitTitle the unit's Swedish title
 * @param placementId the placement's row id
 */
public record Enrolment(
    EnrolmentId id,
    ApprenticeId apprentice,
    long unitVersionId,
    UnitRef unit,
    UnitHash unitHash,
    String unitTitle,
    long placementId,
    Code placement,
    Code assessor,
    LocalDate enrolledOn) {
  public Enrolment {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(apprentice, "apprentice");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(unitHash, "unitHash");
    Objects.requireNonNull(unitTitle, "unitTitle");
    Objects.requireNonNull(placement, "placement");
    Objects.requireNonNull(assessor, "assessor");
    Objects.requireNonNull(enrolledOn, "enrolledOn");
  }
}
