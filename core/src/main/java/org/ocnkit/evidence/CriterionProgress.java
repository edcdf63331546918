package org.ocnkit.evidence;

import java.util.List;
import java.util.Objects;
import org.ocnkit.unit.CriterionId;

/**
 * One criterion of an enrolment and where it stands.
 *
 * @param text the criterion's (Swedish) text
 * @param evidence the current items that cover it
 */
public record CriterionProgress(
    CriterionId id, String text, CriterionStatus status, List<EvidenceItemId> evidence) {
  public CriterionProgress {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(status, "status");
    evidence = List.copyOf(evidence);
  }
}
