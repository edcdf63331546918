package org.ocnkit.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ocnkit.panel.PanelFixture.ACTOR;
import static org.ocnkit.panel.PanelFixture.ANNA;
import static org.ocnkit.panel.PanelFixture.CHAIR;
import static org.ocnkit.panel.PanelFixture.FATIMA;
import static org.ocnkit.panel.PanelFixture.JOHAN;
import static org.ocnkit.panel.PanelFixture.LARS;
import static org.ocnkit.panel.PanelWorkflowTest.keys;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Message;
import org.ocnkit.OcnkitException;
import org.ocnkit.RefusedException;
import org.ocnkit.store.testing.Engine;
import org.ocnkit.store.testing.OnEveryEngine;
import org.ocnkit.unit.UnitRef;
import org.ocnkit.unit.catalog.TestUnits;
import org.ocnkit.unit.catalog.UnitState;

/**
 * Every refusal names the rule that failed, and a refused request writes nothing (issue 4,
 * acceptance 2).
 */
class PanelRulesTest {
  private static final LocalDate TODAY = LocalDate.of(2025, 3, 3);

  @TempDir Path tmp;

  @OnEveryEngine
  void aDecisionWithTooFewVotingMembersIsRefusedAsNoQuorum(Engine engine) {
    try (PanelFixture f = PanelFixture.create(engine, tmp)) {
      UnitRef unit = f.submitted(TestUnits.unit("HS-KUND-01", 1));
      // Anna is present but wrote the unit: two voting members remain.
      long meeting = f.meeting(CHAIR, JOHAN, ANNA);
      f.vote(meeting, unit, VoteChoice.APPROVE, CHAIR, JOHAN);
      long before = f.eventCount();

      assertThatThrownBy(() -> f.panel.decide(ACTOR, meeting, unit))
          .isInstanceOf(RefusedException.class)
          .satisfies(
              e ->
                  assertThat(keys(e))
                      .containsExactly(
                          "quorum.tooFew", "quorum.noSector.education", "decide.authorsNotVoting"))
          .hasMessageContaining("no quorum: 2 voting members present, 3 needed")
          .hasMessageContaining("Anna Andersson");
      assertThat(f.eventCount()).isEqualTo(before);
      assertThat(f.state(unit)).isEqualTo(UnitState.SUBMITTED);
    }
  }

  @OnEveryEngine
  void aDecisionWithoutAWorkingLifeMemberIsRefused(Engine engine) {
    try (PanelFixture f = PanelFixture.create(engine, tmp)) {
      f.panel.addMember(ACTOR, "Ahmed Yusuf", "Föreningen Mötesplats", Sector.COMMUNITY, false);
      UnitRef unit = f.submitted(TestUnits.unit("HS-KUND-01", 1));
      long meeting = f.meeting(CHAIR, LARS, "Ahmed Yusuf");
      f.vote(meeting, unit, VoteChoice.APPROVE, CHAIR, LARS, "Ahmed Yusuf");

      assertThatThrownBy(() -> f.panel.decide(ACTOR, meeting, unit))
          .isInstanceOf(RefusedException.class)
          .satisfies(e -> assertThat(keys(e)).containsExactly("quorum.noSector.working-life"))
          .hasMessageContaining("no voting member from working life");
      assertThat(f.panel.decisions(unit)).isEmpty();
    }
  }

  @Test
  void aMemberWithAConflictDoesNotCountTowardsTheQuorum() {
    try (PanelFixture f = PanelFixture.create(Engine.SQLITE, tmp)) {
      UnitRef unit = f.submitted(TestUnits.unit("HS-KUND-01", 1));
      long meeting = f.meeting(CHAIR, JOHAN, LARS);
      f.panel.declareConflict(ACTOR, meeting, JOHAN, unit, Optional.of("Anställd hos författaren"));
      f.vote(meeting, unit, VoteChoice.APPROVE, CHAIR, LARS);

      assertThatThrownBy(() -> f.panel.decide(ACTOR, meeting, unit))
          .satisfies(
              e ->
                  assertThat(keys(e))
                      .containsExactly(
                          "quorum.tooFew",
                          "quorum.noSector.working-life",
                          "decide.conflictsNotVoting"))
          .hasMessageContaining(JOHAN);
    }
  }

  @OnEveryEngine
  void theAuthorsVoteIsRefusedByNameAndByOrganisation(Engine engine) {
    try (PanelFixture f = PanelFixture.create(engine, tmp)) {
      UnitRef byName = f.submitted(TestUnits.unit("HS-KUND-01", 1));
      long meeting = f.fullMeeting();
      long before = f.eventCount();

      assertThatThrownBy(() -> f.vote(meeting, byName, VoteChoice.APPROVE, JOHAN, ANNA))
          .isInstanceOf(RefusedException.class)
          .satisfies(e -> assertThat(keys(e)).containsExactly("vote.author"))
          .hasMessageContaining("Anna Andersson counts as an author of HS-KUND-01@1");
      assertThat(f.eventCount()).as("Johan's vote is not recorded either").isEqualTo(before);

      UnitRef byOrganisation =
          f.submitted(
              withAuthor("VO-MAT-01", "Vård- och omsorgscollege Testby, Lärcentrum Testkommunen"));
      assertThatThrownBy(() -> f.vote(meeting, byOrganisation, VoteChoice.APPROVE, ANNA))
          .satisfies(e -> assertThat(keys(e)).containsExactly("vote.author"));
    }
  }

  @OnEveryEngine
  void aConflictedMembersVoteIsRefusedAndAnEarlierVoteIsNotCounted(Engine engine) {
    try (PanelFixture f = PanelFixture.create(engine, tmp)) {
      UnitRef unit = f.submitted(TestUnits.unit("HS-KUND-01", 1));
      long meeting = f.fullMeeting();
      f.vote(meeting, unit, VoteChoice.REJECT, FATIMA);
      Conflict conflict =
          f.panel.declareConflict(
              ACTOR,
              meeting,
              FATIMA,
              unit,
              Optional.of("Min arbetsgivare har skrivit delar av enheten"));
      assertThat(f.panel.declareConflict(ACTOR, meeting, FATIMA, unit, Optional.empty()).id())
          .as("declaring the same conflict again changes nothing")
          .isEqualTo(conflict.id());

      assertThatThrownBy(() -> f.vote(meeting, unit, VoteChoice.REJECT, FATIMA))
          .isInstanceOf(RefusedException.class)
          .satisfies(e -> assertThat(keys(e)).containsExactly("vote.conflict"))
          .hasMessageContaining("Fatima Haddad declared a conflict of interest");

      f.vote(meeting, unit, VoteChoice.APPROVE, CHAIR, JOHAN, LARS);
      PanelDecision decision = f.panel.decide(ACTOR, meeting, unit);
      assertThat(decision.tally()).isEqualTo(new Tally(3, 0, 0, 0));
      assertThat(decision.votes()).extracting(v -> v.member().name()).doesNotContain(FATIMA);
      assertThat(f.events()).filteredOn(e -> e.action().equals("panel.conflict")).hasSize(1);

      Minutes.Item item = f.panel.minutes(meeting).items().get(0);
      Vote fatimas =
          item.votes().stream()
              .filter(v -> v.member().name().equals(FATIMA))
              .findFirst()
              .orElseThrow();
      assertThat(item.counts(fatimas)).isFalse();
      assertThatThrownBy(
              () -> f.panel.declareConflict(ACTOR, meeting, JOHAN, unit, Optional.empty()))
          .satisfies(e -> assertThat(keys(e)).containsExactly("conflict.decided"));
    }
  }

  @OnEveryEngine
  void aVoteAtAMeetingTheMemberDidNotAttendIsRefused(Engine engine) {
    try (PanelFixture f = PanelFixture.create(engine, tmp)) {
      UnitRef unit = f.submitted(TestUnits.unit("HS-KUND-01", 1));
      long meeting = f.meeting(CHAIR, JOHAN, LARS);

      assertThatThrownBy(() -> f.vote(meeting, unit, VoteChoice.APPROVE, FATIMA))
          .isInstanceOf(RefusedException.class)
          .satisfies(e -> assertThat(keys(e)).containsExactly("vote.notPresent"))
          .hasMessageContaining("Fatima Haddad was not present at meeting " + meeting);
      assertThatThrownBy(
              () -> f.panel.declareConflict(ACTOR, meeting, FATIMA, unit, Optional.empty()))
          .satisfies(e -> assertThat(keys(e)).containsExactly("conflict.notPresent"));
    }
  }

  @OnEveryEngine
  void decidingTwiceIsRefused(Engine engine) {
    try (PanelFixture f = PanelFixture.create(engine, tmp)) {
      UnitRef unit = f.submitted(TestUnits.unit("HS-KUND-01", 1));
      long meeting = f.fullMeeting();
      f.vote(meeting, unit, VoteChoice.APPROVE, CHAIR, JOHAN, LARS);
      PanelDecision first = f.panel.decide(ACTOR, meeting, unit);
      long before = f.eventCount();

      assertThatThrownBy(() -> f.panel.decide(ACTOR, meeting, unit))
          .isInstanceOf(RefusedException.class)
          .satisfies(e -> assertThat(keys(e)).containsExactly("decide.twice"))
          .hasMessageContaining(first.identifier());
      assertThatThrownBy(() -> f.vote(meeting, unit, VoteChoice.REJECT, FATIMA))
          .satisfies(e -> assertThat(keys(e)).containsExactly("vote.decided"));
      // At another meeting the approved unit is not before the panel.
      long later = f.fullMeeting();
      assertThatThrownBy(() -> f.panel.decide(ACTOR, later, unit))
          .satisfies(e -> assertThat(keys(e)).containsExactly("review.APPROVED"));
      assertThat(f.eventCount()).isEqualTo(before + 6);
    }
  }

  @Test
  void votingOnAUnitThatIsNotSubmittedIsRefused() {
    try (PanelFixture f = PanelFixture.create(Engine.SQLITE, tmp)) {
      UnitRef draft = f.importUnit(TestUnits.unit("HS-KUND-01", 1));
      long meeting = f.fullMeeting();
      assertThatThrownBy(() -> f.vote(meeting, draft, VoteChoice.APPROVE, JOHAN))
          .isInstanceOf(RefusedException.class)
          .satisfies(e -> assertThat(keys(e)).containsExactly("review.DRAFT"))
          .hasMessageContaining("ocn unit submit HS-KUND-01@1");
      assertThatThrownBy(() -> f.panel.decide(ACTOR, meeting, draft))
          .satisfies(e -> assertThat(keys(e)).containsExactly("review.DRAFT"));
    }
  }

  @Test
  void aDecisionNeedsVotes() {
    try (PanelFixture f = PanelFixture.create(Engine.SQLITE, tmp)) {
      UnitRef unit = f.submitted(TestUnits.unit("HS-KUND-01", 1));
      long meeting = f.fullMeeting();
      assertThatThrownBy(() -> f.panel.decide(ACTOR, meeting, unit))
          .satisfies(e -> assertThat(keys(e)).containsExactly("decide.noVotes"));
    }
  }

  @Test
  void theChairsVoteBreaksATieAndATieWithoutItIsRefused() {
    try (PanelFixture f = PanelFixture.create(Engine.SQLITE, tmp)) {
      UnitRef unit = f.submitted(TestUnits.unit("HS-KUND-01", 1));
      long meeting = f.fullMeeting();
      f.vote(meeting, unit, VoteChoice.APPROVE, JOHAN);
      f.vote(meeting, unit, VoteChoice.REFER, LARS);
      assertThatThrownBy(() -> f.panel.decide(ACTOR, meeting, unit))
          .isInstanceOf(RefusedException.class)
          .satisfies(e -> assertThat(keys(e)).containsExactly("decide.tie"))
          .hasMessageContaining("1 to approve and 1 against")
          .hasMessageContaining(CHAIR);

      f.vote(meeting, unit, VoteChoice.APPROVE, FATIMA);
      f.vote(meeting, unit, VoteChoice.REJECT, CHAIR);
      PanelDecision decision = f.panel.decide(ACTOR, meeting, unit);
      assertThat(decision.outcome()).isEqualTo(DecisionOutcome.REJECTED);
      assertThat(decision.chairDecided()).isTrue();
      assertThat(decision.tally()).isEqualTo(new Tally(2, 0, 1, 1));
    }
  }

  @Test
  void aCorrectedVoteReplacesTheEarlierOneWhichStaysOnRecord() {
    try (PanelFixture f = PanelFixture.create(Engine.SQLITE, tmp)) {
      UnitRef unit = f.submitted(TestUnits.unit("HS-KUND-01", 1));
      long meeting = f.fullMeeting();
      f.vote(meeting, unit, VoteChoice.REJECT, JOHAN);
      f.vote(meeting, unit, VoteChoice.APPROVE, CHAIR, LARS);
      f.vote(meeting, unit, VoteChoice.APPROVE, JOHAN);

      PanelDecision decision = f.panel.decide(ACTOR, meeting, unit);
      assertThat(decision.tally()).isEqualTo(new Tally(3, 0, 0, 0));
      assertThat(decision.votes())
          .extracting(v -> v.member().name())
          .containsExactly(JOHAN, CHAIR, LARS);
      assertThat(f.events()).filteredOn(e -> e.action().equals("panel.vote")).hasSize(4);
    }
  }

  @Test
  void approveWithConditionsNeedsConditionsDueAfterTheMeeting() {
    try (PanelFixture f = PanelFixture.create(Engine.SQLITE, tmp)) {
      UnitRef unit = f.submitted(TestUnits.unit("HS-KUND-01", 1));
      long meeting = f.fullMeeting();
      assertThatThrownBy(
              () ->
                  Ballot.of(
                      VoteChoice.APPROVE_WITH_CONDITIONS,
                      Optional.empty(),
                      Optional.of("Förtydliga 1.2"),
                      Optional.empty()))
          .isInstanceOf(InvalidInputException.class)
          .satisfies(e -> assertThat(keys(e)).containsExactly("vote.conditionsMissing"));
      assertThatThrownBy(
              () ->
                  Ballot.of(
                      VoteChoice.APPROVE,
                      Optional.empty(),
                      Optional.of("Förtydliga 1.2"),
                      Optional.of(TODAY.plusDays(5))))
          .satisfies(e -> assertThat(keys(e)).containsExactly("vote.conditionsNotAllowed"));
      Ballot late =
          Ballot.of(
              VoteChoice.APPROVE_WITH_CONDITIONS,
              Optional.empty(),
              Optional.of("Förtydliga 1.2"),
              Optional.of(TODAY));
      assertThatThrownBy(() -> f.panel.vote(ACTOR, meeting, unit, List.of(JOHAN), late))
          .isInstanceOf(InvalidInputException.class)
          .satisfies(e -> assertThat(keys(e)).containsExactly("vote.dueNotAfterMeeting"));
    }
  }

  @OnEveryEngine
  void meetingDatesBefore2000AndConditionsDueAbsurdlyFarAheadAreRefusedNamingTheRule(
      Engine engine) {
    try (PanelFixture f = PanelFixture.create(engine, tmp)) {
      UnitRef unit = f.submitted(TestUnits.unit("HS-KUND-01", 1));
      long before = f.eventCount();
      assertThatThrownBy(
              () ->
                  f.panel.openMeeting(
                      ACTOR,
                      Optional.of(LocalDate.of(1999, 12, 31)),
                      List.of(CHAIR),
                      Optional.empty()))
          .isInstanceOf(InvalidInputException.class)
          .satisfies(e -> assertThat(keys(e)).containsExactly("meeting.farPast"))
          .satisfies(
              e ->
                  assertThat(((OcnkitException) e).describe(Locale.ENGLISH))
                      .contains("1999-12-31", "rule: no meeting dates from the far past"))
          .satisfies(
              e ->
                  assertThat(((OcnkitException) e).describe(Message.SWEDISH))
                      .contains(
                          "1999-12-31", "regel: inga m\u00f6tesdatum fr\u00e5n l\u00e4ngesedan"));
      assertThatThrownBy(
              () ->
                  f.panel.openMeeting(
                      ACTOR, Optional.of(TODAY.plusDays(1)), List.of(CHAIR), Optional.empty()))
          .satisfies(e -> assertThat(keys(e)).containsExactly("meeting.future"));
      assertThat(f.eventCount()).as("nothing written").isEqualTo(before);
      assertThat(
              f.panel
                  .openMeeting(
                      ACTOR,
                      Optional.of(LocalDate.of(2000, 1, 1)),
                      List.of(CHAIR),
                      Optional.empty())
                  .date())
          .isEqualTo(LocalDate.of(2000, 1, 1));

      long meeting = f.fullMeeting();
      long votes = f.eventCount();
      Ballot typo =
          Ballot.of(
              VoteChoice.APPROVE_WITH_CONDITIONS,
              Optional.empty(),
              Optional.of("F\u00f6rtydliga 1.2"),
              Optional.of(Ballot.parseDue("P30Y", TODAY)));
      assertThatThrownBy(() -> f.panel.vote(ACTOR, meeting, unit, List.of(JOHAN), typo))
          .isInstanceOf(InvalidInputException.class)
          .satisfies(e -> assertThat(keys(e)).containsExactly("vote.dueFarAhead"))
          .satisfies(
              e ->
                  assertThat(((OcnkitException) e).describe(Locale.ENGLISH))
                      .contains(
                          "2055-03-03",
                          "the latest is 2027-03-03",
                          "rule: conditions are due within 2 years of the meeting"));
      Ballot dayTooLate =
          Ballot.of(
              VoteChoice.APPROVE_WITH_CONDITIONS,
              Optional.empty(),
              Optional.of("F\u00f6rtydliga 1.2"),
              Optional.of(TODAY.plusYears(2).plusDays(1)));
      assertThatThrownBy(() -> f.panel.vote(ACTOR, meeting, unit, List.of(JOHAN), dayTooLate))
          .satisfies(e -> assertThat(keys(e)).containsExactly("vote.dueFarAhead"));
      assertThat(f.eventCount()).as("nothing written").isEqualTo(votes);
      Ballot lastDay =
          Ballot.of(
              VoteChoice.APPROVE_WITH_CONDITIONS,
              Optional.empty(),
              Optional.of("F\u00f6rtydliga 1.2"),
              Optional.of(TODAY.plusYears(2)));
      assertThat(f.panel.vote(ACTOR, meeting, unit, List.of(JOHAN), lastDay)).hasSize(1);
    }
  }

  @Test
  void aDueDateIsADateOrAPeriodAfterTheMeeting() {
    assertThat(Ballot.parseDue("P3M", TODAY)).isEqualTo(LocalDate.of(2025, 6, 3));
    assertThat(Ballot.parseDue(" p6w ", TODAY)).isEqualTo(TODAY.plusWeeks(6));
    assertThat(Ballot.parseDue("2025-06-30", TODAY)).isEqualTo(LocalDate.of(2025, 6, 30));
    assertThatThrownBy(() -> Ballot.parseDue("snart", TODAY))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(keys(e)).containsExactly("vote.dueFormat"));
  }

  @Test
  void withHalfTheApprovingVotesAskingForConditionsTheApprovalHasThem() {
    try (PanelFixture f = PanelFixture.create(Engine.SQLITE, tmp)) {
      UnitRef unit = f.submitted(TestUnits.unit("HS-KUND-01", 1));
      long meeting = f.fullMeeting();
      f.vote(meeting, unit, VoteChoice.APPROVE, JOHAN);
      f.panel.vote(
          ACTOR,
          meeting,
          unit,
          List.of(LARS),
          Ballot.of(
              VoteChoice.APPROVE_WITH_CONDITIONS,
              Optional.empty(),
              Optional.of("Förtydliga 1.2"),
              Optional.of(TODAY.plusMonths(3))));
      f.vote(meeting, unit, VoteChoice.REJECT, CHAIR);

      PanelDecision decision = f.panel.decide(ACTOR, meeting, unit);
      assertThat(decision.outcome()).isEqualTo(DecisionOutcome.APPROVED_WITH_CONDITIONS);
      assertThat(decision.conditions()).containsExactly("Förtydliga 1.2");
      assertThat(decision.conditionsDue()).contains(TODAY.plusMonths(3));
    }
  }

  @Test
  void onlyOneMemberChairsThePanel() {
    try (PanelFixture f = PanelFixture.create(Engine.SQLITE, tmp)) {
      assertThatThrownBy(
              () -> f.panel.addMember(ACTOR, "Eva Ek", "Eks Bageri", Sector.WORKING_LIFE, true))
          .isInstanceOf(RefusedException.class)
          .satisfies(e -> assertThat(keys(e)).containsExactly("member.chairTaken"))
          .hasMessageContaining(CHAIR);
      PanelMember lars = f.panel.handChair("styrelsen", LARS);
      assertThat(lars.chair()).isTrue();
      assertThat(f.panel.members())
          .filteredOn(PanelMember::chair)
          .extracting(PanelMember::name)
          .containsExactly(LARS);
      // A meeting without the chair present needs one named.
      assertThatThrownBy(() -> f.meeting(CHAIR, JOHAN))
          .isInstanceOf(InvalidInputException.class)
          .satisfies(e -> assertThat(keys(e)).containsExactly("meeting.chairNotPresent"));
      Meeting meeting =
          f.panel.openMeeting(
              ACTOR, Optional.empty(), List.of(CHAIR, JOHAN, FATIMA), Optional.of(JOHAN));
      assertThat(meeting.chair().name()).isEqualTo(JOHAN);
    }
  }

  @Test
  void membersAreNamedByNameOrIdAndUnknownNamesAreAllReported() {
    try (PanelFixture f = PanelFixture.create(Engine.SQLITE, tmp)) {
      long johan =
          f.panel.members().stream()
              .filter(m -> m.name().equals(JOHAN))
              .findFirst()
              .orElseThrow()
              .id();
      Meeting meeting =
          f.panel.openMeeting(
              ACTOR,
              Optional.of(TODAY.minusDays(7)),
              List.of("  birgitta   SANDSTRÖM ", String.valueOf(johan)),
              Optional.empty());
      assertThat(meeting.date()).isEqualTo(TODAY.minusDays(7));
      assertThat(meeting.present()).extracting(PanelMember::name).containsExactly(CHAIR, JOHAN);

      assertThatThrownBy(() -> f.meeting(CHAIR, "Okänd Person", "99"))
          .isInstanceOf(InvalidInputException.class)
          .satisfies(e -> assertThat(keys(e)).containsExactly("member.unknown", "member.unknown"));
      assertThatThrownBy(
              () ->
                  f.panel.openMeeting(
                      ACTOR, Optional.of(TODAY.plusDays(1)), List.of(CHAIR), Optional.empty()))
          .satisfies(e -> assertThat(keys(e)).containsExactly("meeting.future"));
      assertThatThrownBy(
              () ->
                  f.panel.addMember(
                      ACTOR,
                      "Johan Lindberg",
                      "lindbergs mekaniska ab",
                      Sector.WORKING_LIFE,
                      false))
          .satisfies(e -> assertThat(keys(e)).containsExactly("member.duplicate"));
      assertThatThrownBy(
              () -> f.panel.addMember(ACTOR, "Lindberg, Johan", "X", Sector.WORKING_LIFE, false))
          .satisfies(e -> assertThat(keys(e)).containsExactly("member.nameComma"));
      f.panel.addMember(ACTOR, JOHAN, "Norrbacka kommun", Sector.COMMUNITY, false);
      assertThatThrownBy(() -> f.meeting(CHAIR, JOHAN))
          .satisfies(e -> assertThat(keys(e)).containsExactly("member.ambiguous"));
    }
  }

  @Test
  void refusalsAreWordedInSwedishToo() {
    try (PanelFixture f = PanelFixture.create(Engine.SQLITE, tmp)) {
      UnitRef unit = f.submitted(TestUnits.unit("HS-KUND-01", 1));
      long meeting = f.meeting(CHAIR, JOHAN, ANNA);
      OcnkitException e =
          (OcnkitException)
              org.assertj.core.api.Assertions.catchThrowable(
                  () -> f.vote(meeting, unit, VoteChoice.APPROVE, ANNA));
      assertThat(e.describe(Message.SWEDISH))
          .contains(
              "Anna Andersson räknas som författare till HS-KUND-01@1",
              "en enhets författare röstar inte");
      assertThat(e.describe(Locale.ENGLISH)).contains("a unit's author does not vote");
    }
  }

  @Test
  void theQuorumComesFromTheWorkspaceSettings() throws Exception {
    try (PanelFixture f = PanelFixture.create(Engine.SQLITE, tmp)) {
      Panel lenient =
          new Panel(
              f.ws.store(),
              new PanelSettings(new QuorumRule(2, java.util.Set.of()), 3),
              "Testkommunen");
      UnitRef unit = f.submitted(TestUnits.unit("HS-KUND-01", 1));
      long meeting = f.meeting(CHAIR, LARS);
      f.vote(meeting, unit, VoteChoice.APPROVE, CHAIR, LARS);
      assertThatThrownBy(() -> f.panel.decide(ACTOR, meeting, unit))
          .isInstanceOf(RefusedException.class);
      assertThat(lenient.decide(ACTOR, meeting, unit).outcome())
          .isEqualTo(DecisionOutcome.APPROVED);
    }
  }

  private static org.ocnkit.unit.CourseUnit withAuthor(String code, String author) {
    return org.ocnkit.unit.CourseUnit.builder()
        .code(code)
        .version(1)
        .titleSv("Stöd vid måltider")
        .arena(org.ocnkit.unit.Arena.VARD_OMSORG)
        .level(3)
        .notionalHours(30)
        .purpose("Måltider.")
        .outcome("Deltagaren ska kunna servera.", "Deltagaren kan duka.")
        .method(org.ocnkit.unit.AssessmentMethod.OBSERVATION)
        .evidenceRequirements("Observation.")
        .author(author)
        .build();
  }
}
