package org.ocnkit.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ocnkit.panel.DecisionOutcome.APPROVED;
import static org.ocnkit.panel.DecisionOutcome.APPROVED_WITH_CONDITIONS;
import static org.ocnkit.panel.DecisionOutcome.REFERRED_BACK;
import static org.ocnkit.panel.DecisionOutcome.REJECTED;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The majority rule with the chair's casting vote ({@link Tally}). */
class TallyTest {
  @ParameterizedTest(name = "{0}/{1}/{2}/{3}, chair {4} -> {5}")
  @CsvSource({
    // approve, with conditions, refer, reject, chair's vote, outcome, chair decided
    "3, 0, 0, 0, , APPROVED, false",
    "2, 1, 0, 2, , APPROVED, false",
    "1, 2, 0, 1, , APPROVED_WITH_CONDITIONS, false",
    "1, 1, 0, 0, , APPROVED_WITH_CONDITIONS, false",
    "1, 1, 0, 0, APPROVE, APPROVED, true",
    "1, 1, 0, 1, REJECT, APPROVED_WITH_CONDITIONS, false",
    "0, 0, 2, 1, , REFERRED_BACK, false",
    "1, 0, 1, 2, , REJECTED, false",
    "0, 0, 1, 1, , REFERRED_BACK, false",
    "0, 0, 1, 1, REJECT, REJECTED, true",
    "1, 0, 1, 1, APPROVE, REFERRED_BACK, false",
    "1, 0, 1, 0, APPROVE, APPROVED, true",
    "1, 0, 0, 1, REJECT, REJECTED, true",
    "1, 1, 1, 1, APPROVE_WITH_CONDITIONS, APPROVED_WITH_CONDITIONS, true",
    "2, 0, 1, 1, REFER, REFERRED_BACK, true",
  })
  void outcomeFollowsTheMajorityAndTheChairBreaksTies(
      int approve,
      int conditions,
      int refer,
      int reject,
      VoteChoice chair,
      DecisionOutcome outcome,
      boolean chairDecided) {
    Tally.Verdict verdict =
        new Tally(approve, conditions, refer, reject)
            .verdict(Optional.ofNullable(chair))
            .orElseThrow();
    assertThat(verdict).isEqualTo(new Tally.Verdict(outcome, chairDecided));
  }

  @ParameterizedTest
  @CsvSource({"1, 0, 1, 0", "0, 1, 0, 1", "2, 0, 1, 1", "0, 0, 0, 0"})
  void aTieOnApprovalWithoutTheChairsVoteHasNoOutcome(int a, int c, int f, int r) {
    assertThat(new Tally(a, c, f, r).verdict(Optional.empty())).isEmpty();
  }

  static Stream<Arguments> seeds() {
    return IntStream.range(0, 300).mapToObj(i -> Arguments.of(8_000L + i));
  }

  /**
   * For random ballots: the outcome is on the side with more votes; it does not depend on the order
   * of the votes; the chair's vote matters only when a count is tied.
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void theMajorityRuleHoldsForRandomBallots(long seed) {
    Random random = new Random(seed);
    List<VoteChoice> votes = new ArrayList<>();
    int n = 1 + random.nextInt(9);
    for (int i = 0; i < n; i++) {
      votes.add(VoteChoice.values()[random.nextInt(4)]);
    }
    Optional<VoteChoice> chair =
        random.nextBoolean() ? Optional.of(votes.get(random.nextInt(n))) : Optional.empty();
    Tally tally = Tally.of(votes);
    assertThat(tally.cast()).isEqualTo(n);
    Optional<Tally.Verdict> verdict = tally.verdict(chair);

    List<VoteChoice> shuffled = new ArrayList<>(votes);
    Collections.shuffle(shuffled, random);
    assertThat(Tally.of(shuffled).verdict(chair)).isEqualTo(verdict);

    if (tally.forApproval() == tally.againstApproval() && chair.isEmpty()) {
      assertThat(verdict).isEmpty();
      return;
    }
    DecisionOutcome outcome = verdict.orElseThrow().outcome();
    if (tally.forApproval() > tally.againstApproval()) {
      assertThat(outcome.approves()).isTrue();
    } else if (tally.forApproval() < tally.againstApproval()) {
      assertThat(outcome.approves()).isFalse();
    } else {
      assertThat(outcome.approves()).isEqualTo(chair.orElseThrow().approves());
    }
    boolean tiedWithin =
        outcome.approves()
            ? tally.approve() == tally.approveWithConditions()
            : tally.refer() == tally.reject();
    boolean tiedAcross = tally.forApproval() == tally.againstApproval();
    if (!tiedWithin && !tiedAcross) {
      assertThat(verdict.get().chairDecided()).isFalse();
      assertThat(tally.verdict(Optional.empty())).isEqualTo(verdict);
    }
    if (outcome == APPROVED) {
      assertThat(tally.approve()).isGreaterThanOrEqualTo(tally.approveWithConditions());
    }
    if (outcome == APPROVED_WITH_CONDITIONS) {
      assertThat(tally.approveWithConditions()).isGreaterThanOrEqualTo(tally.approve());
    }
    if (outcome == REFERRED_BACK) {
      assertThat(tally.refer()).isGreaterThanOrEqualTo(tally.reject());
    }
    if (outcome == REJECTED) {
      assertThat(tally.reject()).isGreaterThanOrEqualTo(tally.refer());
    }
  }
}
