package org.ocnkit.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Criterion ids: {@code outcome.n}, stable across unit versions so that evidence can name them. */
class CriterionIdTest {
  @Test
  void parsesOutcomeAndNumber() {
    CriterionId id = CriterionId.parse(" 12.3 ");

    assertThat(id.outcome()).isEqualTo(new OutcomeId(12));
    assertThat(id.number()).isEqualTo(3);
    assertThat(id).hasToString("12.3");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "1",
        "1.",
        ".1",
        "0.1",
        "1.0",
        "01.1",
        "1.2.3",
        "a.1",
        "1,2",
        "-1.1",
        "1.99999999999",
        "99999999999.1"
      })
  void rejectsAnythingElseAndIsValidAgrees(String text) {
    assertThat(CriterionId.isValid(text)).isFalse();
    assertThatThrownBy(() -> CriterionId.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must look like 1.2");
  }

  @Test
  void sortsByOutcomeThenNumberNotAsText() {
    List<CriterionId> ids =
        new ArrayList<>(
            List.of(
                CriterionId.parse("10.1"),
                CriterionId.parse("2.10"),
                CriterionId.parse("2.2"),
                CriterionId.parse("1.1")));
    Collections.shuffle(ids, new java.util.Random(7));

    Collections.sort(ids);

    assertThat(ids).extracting(CriterionId::toString).containsExactly("1.1", "2.2", "2.10", "10.1");
  }
}
