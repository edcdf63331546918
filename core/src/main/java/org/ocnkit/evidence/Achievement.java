package org.ocnkit.evidence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.ocnkit.learner.ApprenticeId;
import org.ocnkit.learner.Code;
import org.ocnkit.learner.EnrolmentId;
import org.ocnkit.unit.UnitHash;
import org.ocnkit.unit.UnitRef;

/**
 * A unit achieved: every criterion met by signed-off evidence, and the unit signed off by a
 * qualified assessor. What moderation samples and certificates list.
 *
 * @param unitVersionId the stored unit version ({@code unit_version:id})
 * @param achievedOn the date of the assessor's sign-off
 * @param assessor who signed the unit off
 * @param signOffId the assessor's sign-off ({@code enrolment_signoff:id}): an enrolment whose
 *     sign-off a moderator rejected is signed off again under a new id
 */
public record Achievement(
    EnrolmentId enrolment,
    ApprenticeId apprentice,
    long unitVersionId,
    UnitRef unit,
    UnitHash unitHash,
    String unitTitle,
    LocalDate achievedOn,
    Code assessor,
    String assessorName,
    Instant signedOffAt,
    long signOffId) {
  public Achievement {
    Objects.requireNonNull(enrolment, "enrolment");
    Objects.requireNonNull(apprentice, "apprentice");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(unitHash, "unitHash");
    Objects.requireNonNull(unitTitle, "unitTitle");
    Objects.requireNonNull(achievedOn, "achievedOn");
    Objects.requireNonNull(assessor, "assessor");
    Objects.requireNonNull(assessorName, "assessorName");
    Objects.requireNonNull(signedOffAt, "signedOffAt");
  }
}
