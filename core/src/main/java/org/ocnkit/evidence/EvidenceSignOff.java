package org.ocnkit.evidence;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.ocnkit.learner.Code;
import org.ocnkit.learner.EnrolmentId;
import org.ocnkit.unit.CriterionId;

/**
 * A qualified assessor's sign-off of evidence items: the items named, or every item of an enrolment
 * that waits for sign-off. Every criterion the items cover must be judged: named in {@code met} or
 * {@code notYet}, or, with {@code asClaimed}, as the recorder claimed it.
 *
 * @param asClaimed confirm the recorder's claim where the assessor gives no other judgement
 */
public record EvidenceSignOff(
    List<EvidenceItemId> items,
    Optional<EnrolmentId> enrolment,
    Code assessor,
    Set<CriterionId> met,
    Set<CriterionId> notYet,
    boolean asClaimed) {
  public EvidenceSignOff {
    items = List.copyOf(items);
    Objects.requireNonNull(enrolment, "enrolment");
    Objects.requireNonNull(assessor, "assessor");
    met = Set.copyOf(met);
    notYet = Set.copyOf(notYet);
    if (items.isEmpty() == enrolment.isEmpty()) {
      throw new IllegalArgumentException("name the items or an enrolment, not both or neither");
    }
  }
}
