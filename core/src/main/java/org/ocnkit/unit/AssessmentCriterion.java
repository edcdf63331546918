package org.ocnkit.unit;

import java.util.Objects;

/**
 * What an assessor can observe to decide that a learner has reached an outcome: "Deltagaren kan
 * ..." ("the learner can ...").
 */
public record AssessmentCriterion(CriterionId id, String text) {
  public AssessmentCriterion {
    Objects.requireNonNull(id, "id");
    text = Texts.normalize(Objects.requireNonNull(text, "text"));
    if (text.isEmpty()) {
      throw new IllegalArgumentException("criterion " + id + " has no text");
    }
  }
}
