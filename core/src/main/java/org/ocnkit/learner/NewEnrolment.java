package org.ocnkit.learner;

import java.util.Objects;
import org.ocnkit.unit.UnitRef;

/**
 * An enrolment to be made.
 *
 * @param unit the unit version; without a version, the newest stored version of the code
 */
public record NewEnrolment(
    ApprenticeId apprentice, UnitRef.Query unit, Code placement, Code assessor) {
  public NewEnrolment {
    Objects.requireNonNull(apprentice, "apprentice");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(placement, "placement");
    Objects.requireNonNull(assessor, "assessor");
  }
}
