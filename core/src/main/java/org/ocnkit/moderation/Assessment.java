package org.ocnkit.moderation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.ocnkit.learner.ApprenticeId;
import org.ocnkit.learner.Code;
import org.ocnkit.learner.EnrolmentId;
import org.ocnkit.unit.AssessmentMethod;
import org.ocnkit.unit.UnitRef;

/**
 * An assessment a moderator may sample: an assessor's sign-off of an enrolment as achieved, with
 * what the CAMERA dimensions need (candidate, assessor, methods, unit, site).
 *
 * @param signOffId the sign-off ({@code enrolment_signoff:id}); an enrolment signed off again after
 *     a rejection is a new assessment
 * @param assessor who signed the unit off
 * @param site where the apprentice was assessed: the enrolment's placement
 * @param methods the assessment methods of the current, signed-off evidence the sign-off rests on,
 *     in order
 * @param achievedOn the date of the sign-off
 * @param assessorRank the sign-off's place among every sign-off its assessor has made, in time
 *     order, withdrawn ones included: 1 for their first
 */
public record Assessment(
    long signOffId,
    EnrolmentId enrolment,
    ApprenticeId apprentice,
    UnitRef unit,
    String unitTitle,
    Code assessor,
    String assessorName,
    Code site,
    List<AssessmentMethod> methods,
    LocalDate achievedOn,
    Instant signedOffAt,
    int assessorRank) {
  public Assessment {
    Objects.requireNonNull(enrolment, "enrolment");
    Objects.requireNonNull(apprentice, "apprentice");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(unitTitle, "unitTitle");
    Objects.requireNonNull(assessor, "assessor");
    Objects.requireNonNull(assessorName, "assessorName");
    Objects.requireNonNull(site, "site");
    methods = List.copyOf(new TreeSet<>(methods));
    Objects.requireNonNull(achievedOn, "achievedOn");
    Objects.requireNonNull(signedOffAt, "signedOffAt");
    if (assessorRank < 1) {
      throw new IllegalArgumentException("assessorRank is 1 or more, got " + assessorRank);
    }
  }

  /** The value this assessment has in {@code dimension}: its assessor, unit, methods or site. */
  public Set<String> values(Dimension dimension) {
    return switch (dimension) {
      case ASSESSOR -> Set.of(assessor.value());
      case UNIT -> Set.of(unit.toString());
      case METHOD -> Set.copyOf(methods.stream().map(AssessmentMethod::code).toList());
      case SITE -> Set.of(site.value());
    };
  }
}
