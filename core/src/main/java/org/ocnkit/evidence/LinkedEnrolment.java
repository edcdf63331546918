package org.ocnkit.evidence;

import java.util.List;
import java.util.Objects;
import org.ocnkit.learner.ApprenticeId;
import org.ocnkit.learner.EnrolmentId;
import org.ocnkit.unit.AssessmentMethod;
import org.ocnkit.unit.UnitRef;

/**
 * One enrolment as a supervisor sees it through their personal link: the apprentice's first name
 * and id only, the unit, its assessment methods and where each criterion stands ({@link Progress},
 * the same statuses as {@code ocn progress}).
 */
public record LinkedEnrolment(
    EnrolmentId enrolment,
    ApprenticeId apprentice,
    String firstName,
    UnitRef unit,
    String unitTitle,
    List<AssessmentMethod> methods,
    List<CriterionProgress> criteria) {
  public LinkedEnrolment {
    Objects.requireNonNull(enrolment, "enrolment");
    Objects.requireNonNull(apprentice, "apprentice");
    Objects.requireNonNull(firstName, "firstName");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(unitTitle, "unitTitle");
    methods = List.copyOf(methods);
    criteria = List.copyOf(criteria);
  }
}
