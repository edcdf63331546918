package org.ocnkit.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ocnkit.panel.PanelWorkflowTest.keys;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ocnkit.Problem;
import org.ocnkit.RefusedException;

/** The decision as a pure function of the meeting, votes and quorum ({@link DecisionRule}). */
class DecisionRuleTest {
  private static final LocalDate DAY = LocalDate.of(2026, 3, 10);
  private static final PanelMember CHAIR =
      new PanelMember(1, "Anna Ek", "Norrbacka kommun", Sector.EDUCATION, true);
  private static final PanelMember WORK =
      new PanelMember(2, "Bo Berg", "Bygg AB", Sector.WORKING_LIFE, false);
  private static final PanelMember THIRD =
      new PanelMember(3, "Cia Dahl", "Föreningen", Sector.COMMUNITY, false);
  private static final PanelMember FOURTH =
      new PanelMember(4, "Dan Eld", "Lärcentrum", Sector.EDUCATION, false);
  private static final QuorumRule QUORUM = QuorumRule.DEFAULT;

  private record Cast(PanelMember member, Ballot ballot) {}

  private static Meeting meeting(PanelMember... present) {
    return new Meeting(7, DAY, CHAIR, List.of(present));
  }

  private static DecisionRule.Question question(
      Meeting meeting, List<PanelMember> authors, List<PanelMember> conflicted, boolean explain) {
    return new DecisionRule.Question(
        "AL-KOMM-01@1", meeting, authors, "Bo Berg", conflicted, 3, explain);
  }

  private static DecisionRule.Decided<Cast> decide(
      QuorumRule quorum, DecisionRule.Question question, Cast... votes) {
    return DecisionRule.decide(quorum, question, List.of(votes), Cast::member, Cast::ballot);
  }

  private static Cast vote(PanelMember m, VoteChoice choice) {
    return new Cast(m, Ballot.of(choice));
  }

  private static Cast conditions(PanelMember m, String text, LocalDate due) {
    return new Cast(
        m,
        new Ballot(
            VoteChoice.APPROVE_WITH_CONDITIONS,
            Optional.empty(),
            Optional.of(new Conditions(text, due))));
  }

  @Test
  void exactlyTheQuorumDecidesAndTheApprovalLastsTheReviewPeriod() {
    DecisionRule.Decided<Cast> d =
        decide(
            QUORUM,
            question(meeting(CHAIR, WORK, THIRD), List.of(), List.of(), true),
            vote(CHAIR, VoteChoice.APPROVE),
            vote(WORK, VoteChoice.APPROVE),
            vote(THIRD, VoteChoice.REJECT));
    assertThat(d.outcome()).isEqualTo(DecisionOutcome.APPROVED);
    assertThat(d.tally()).isEqualTo(new Tally(2, 0, 0, 1));
    assertThat(d.verdict().chairDecided()).isFalse();
    assertThat(d.counted()).hasSize(3);
    assertThat(d.approvedUntil()).contains(DAY.plusYears(3));
    assertThat(d.conditions()).isEmpty();
    assertThat(d.conditionsDue()).isEmpty();
  }

  @Test
  void oneShortOfTheQuorumIsRefusedWithEveryFailingPartAndNoVotes() {
    assertThatThrownBy(
            () -> decide(QUORUM, question(meeting(CHAIR, THIRD), List.of(), List.of(), true)))
        .isInstanceOf(RefusedException.class)
        .satisfies(
            e ->
                assertThat(keys(e))
                    .containsExactly(
                        "quorum.tooFew", "quorum.noSector.working-life", "decide.noVotes"))
        .satisfies(
            e ->
                assertThat(((RefusedException) e).problems().get(0).describe(Locale.ENGLISH))
                    .contains("2")
                    .contains("3"));
  }

  @Test
  void aConflictedMemberAndAnAuthorAreNotVotingAndTheirVotesDoNotCount() {
    Meeting meeting = meeting(CHAIR, WORK, THIRD, FOURTH);
    assertThatThrownBy(
            () ->
                decide(
                    QUORUM,
                    question(meeting, List.of(WORK), List.of(THIRD), true),
                    vote(CHAIR, VoteChoice.APPROVE),
                    vote(WORK, VoteChoice.APPROVE)))
        .satisfies(
            e ->
                assertThat(keys(e))
                    .containsExactly(
                        "quorum.tooFew",
                        "quorum.noSector.working-life",
                        "decide.authorsNotVoting",
                        "decide.conflictsNotVoting"))
        .satisfies(
            e ->
                assertThat(
                        ((RefusedException) e)
                            .problems().stream().map(p -> p.describe(Locale.ENGLISH)).toList())
                    .anySatisfy(t -> assertThat(t).contains("Bo Berg"))
                    .anySatisfy(t -> assertThat(t).contains("Cia Dahl")));
    QuorumRule two = new QuorumRule(2, Set.of());
    DecisionRule.Decided<Cast> d =
        decide(
            two,
            question(meeting, List.of(WORK), List.of(THIRD), true),
            vote(CHAIR, VoteChoice.APPROVE),
            vote(WORK, VoteChoice.REJECT),
            vote(THIRD, VoteChoice.REJECT),
            vote(FOURTH, VoteChoice.APPROVE));
    assertThat(d.counted()).extracting(Cast::member).containsExactly(CHAIR, FOURTH);
    assertThat(d.tally()).isEqualTo(new Tally(2, 0, 0, 0));
  }

  @Test
  void withoutExplanationsAFailedQuorumNamesOnlyTheRule() {
    assertThatThrownBy(
            () ->
                decide(
                    QUORUM,
                    question(meeting(CHAIR, WORK, THIRD), List.of(WORK), List.of(), false),
                    vote(CHAIR, VoteChoice.APPROVE)))
        .satisfies(
            e ->
                assertThat(keys(e))
                    .containsExactly("quorum.tooFew", "quorum.noSector.working-life"));
  }

  @Test
  void votesByMembersNotVotingLeaveNoVotes() {
    QuorumRule one = new QuorumRule(1, EnumSet.noneOf(Sector.class));
    assertThatThrownBy(
            () ->
                decide(
                    one,
                    question(meeting(CHAIR, WORK), List.of(), List.of(WORK), true),
                    vote(WORK, VoteChoice.APPROVE)))
        .satisfies(e -> assertThat(keys(e)).containsExactly("decide.noVotes"));
  }

  @Test
  void aTieIsBrokenByTheChairAndWithoutTheChairsVoteIsRefused() {
    QuorumRule two = new QuorumRule(2, Set.of());
    Meeting meeting = meeting(CHAIR, WORK, THIRD);
    DecisionRule.Decided<Cast> d =
        decide(
            two,
            question(meeting, List.of(), List.of(), true),
            vote(CHAIR, VoteChoice.REJECT),
            vote(WORK, VoteChoice.APPROVE));
    assertThat(d.outcome()).isEqualTo(DecisionOutcome.REJECTED);
    assertThat(d.verdict().chairDecided()).isTrue();
    assertThat(d.approvedUntil()).isEmpty();
    assertThatThrownBy(
            () ->
                decide(
                    two,
                    question(meeting, List.of(), List.of(), true),
                    vote(THIRD, VoteChoice.REJECT),
                    vote(WORK, VoteChoice.APPROVE)))
        .satisfies(e -> assertThat(keys(e)).containsExactly("decide.tie"))
        .satisfies(
            e ->
                assertThat(
                        ((RefusedException) e)
                            .problems().stream()
                                .map(Problem::message)
                                .findFirst()
                                .orElseThrow()
                                .format(Locale.ENGLISH))
                    .contains("Anna Ek"));
  }

  @Test
  void aConflictedChairsVoteDoesNotBreakATie() {
    QuorumRule two = new QuorumRule(2, Set.of());
    assertThatThrownBy(
            () ->
                decide(
                    two,
                    question(meeting(CHAIR, WORK, THIRD), List.of(), List.of(CHAIR), true),
                    vote(CHAIR, VoteChoice.APPROVE),
                    vote(THIRD, VoteChoice.REJECT),
                    vote(WORK, VoteChoice.APPROVE)))
        .satisfies(e -> assertThat(keys(e)).containsExactly("decide.tie"));
  }

  @Test
  void conditionsAreDistinctInOrderCastAndDueOnTheEarliestDate() {
    QuorumRule one = new QuorumRule(1, Set.of());
    DecisionRule.Decided<Cast> d =
        decide(
            one,
            question(meeting(CHAIR, WORK, THIRD), List.of(), List.of(), true),
            conditions(WORK, "Rätta kriterium 2.1", DAY.plusMonths(3)),
            conditions(THIRD, "Lägg till källor", DAY.plusMonths(1)),
            conditions(CHAIR, "Rätta kriterium 2.1", DAY.plusMonths(6)));
    assertThat(d.outcome()).isEqualTo(DecisionOutcome.APPROVED_WITH_CONDITIONS);
    assertThat(d.conditions()).containsExactly("Rätta kriterium 2.1", "Lägg till källor");
    assertThat(d.conditionsDue()).contains(DAY.plusMonths(1));
    assertThat(d.approvedUntil()).contains(DAY.plusYears(3));
  }

  @Test
  void anApprovalWithoutConditionsDropsTheMinoritysConditions() {
    QuorumRule one = new QuorumRule(1, Set.of());
    DecisionRule.Decided<Cast> d =
        decide(
            one,
            question(meeting(CHAIR, WORK, THIRD), List.of(), List.of(), true),
            vote(WORK, VoteChoice.APPROVE),
            vote(THIRD, VoteChoice.APPROVE),
            conditions(CHAIR, "Lägg till källor", DAY.plusMonths(1)));
    assertThat(d.outcome()).isEqualTo(DecisionOutcome.APPROVED);
    assertThat(d.conditions()).isEmpty();
    assertThat(d.conditionsDue()).isEmpty();
  }
}
