package org.ocnkit.evidence;

import java.util.Objects;
import java.util.Optional;
import org.ocnkit.unit.CriterionId;

/**
 * A criterion an evidence item covers.
 *
 * @param claim what the recorder said (a supervisor's "met" or "not yet"), if anything
 * @param judgement the qualified assessor's judgement, once the item is signed off
 */
public record CoveredCriterion(
    CriterionId id, Optional<Judgement> claim, Optional<Judgement> judgement) {
  public CoveredCriterion {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(claim, "claim");
    Objects.requireNonNull(judgement, "judgement");
  }
}
