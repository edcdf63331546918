package org.ocnkit.unit;

import java.util.List;
import java.util.Objects;

/**
 * A learning outcome: what the learner will be able to do ("Deltagaren ska ..."), with the criteria
 * an assessor judges it by. Criteria are numbered {@code outcome.1}, {@code outcome.2} ... in
 * order.
 */
public record LearningOutcome(OutcomeId id, String statement, List<AssessmentCriterion> criteria) {
  public LearningOutcome {
    Objects.requireNonNull(id, "id");
    statement = Texts.normalize(Objects.requireNonNull(statement, "statement"));
    criteria = List.copyOf(criteria);
    if (statement.isEmpty()) {
      throw new IllegalArgumentException("outcome " + id + " has no statement");
    }
    if (criteria.isEmpty()) {
      throw new IllegalArgumentException("outcome " + id + " needs at least one criterion");
    }
    for (int i = 0; i < criteria.size(); i++) {
      CriterionId expected = new CriterionId(id, i + 1);
      if (!criteria.get(i).id().equals(expected)) {
        throw new IllegalArgumentException(
            "criterion "
                + criteria.get(i).id()
                + " should be "
                + expected
                + " under outcome "
                + id);
      }
    }
  }
}
