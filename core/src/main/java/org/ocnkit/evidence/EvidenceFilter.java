package org.ocnkit.evidence;

import java.util.Objects;
import java.util.Optional;
import org.ocnkit.learner.ApprenticeId;
import org.ocnkit.learner.EnrolmentId;

/** Which evidence items to list: of an enrolment, of an apprentice, or all. */
public record EvidenceFilter(Optional<EnrolmentId> enrolment, Optional<ApprenticeId> apprentice) {
  public EvidenceFilter {
    Objects.requireNonNull(enrolment, "enrolment");
    Objects.requireNonNull(apprentice, "apprentice");
  }

  public static EvidenceFilter all() {
    return new EvidenceFilter(Optional.empty(), Optional.empty());
  }

  public static EvidenceFilter of(EnrolmentId enrolment) {
    return new EvidenceFilter(Optional.of(enrolment), Optional.empty());
  }
}
