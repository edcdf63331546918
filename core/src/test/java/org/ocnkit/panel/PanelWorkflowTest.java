package org.ocnkit.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.ocnkit.panel.PanelFixture.ACTOR;
import static org.ocnkit.panel.PanelFixture.ANNA;
import static org.ocnkit.panel.PanelFixture.CHAIR;
import static org.ocnkit.panel.PanelFixture.FATIMA;
import static org.ocnkit.panel.PanelFixture.JOHAN;
import static org.ocnkit.panel.PanelFixture.LARS;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Problem;
import org.ocnkit.RefusedException;
import org.ocnkit.panel.UnitApprovals.Purpose;
import org.ocnkit.store.AuditEvent;
import org.ocnkit.store.AuditQuery;
import org.ocnkit.store.testing.Engine;
import org.ocnkit.store.testing.OnEveryEngine;
import org.ocnkit.store.testing.TestClock;
import org.ocnkit.unit.Arena;
import org.ocnkit.unit.AssessmentMethod;
import org.ocnkit.unit.CourseUnit;
import org.ocnkit.unit.UnitRef;
import org.ocnkit.unit.catalog.TestUnits;
import org.ocnkit.unit.catalog.UnitFilter;
import org.ocnkit.unit.catalog.UnitState;
import org.ocnkit.unit.catalog.UnitSummary;

/** Every path through the workflow (issue 4, acceptance 1, 3 and 5). */
class PanelWorkflowTest {
  private static final LocalDate TODAY = LocalDate.of(2025, 3, 3);

  @TempDir Path tmp;

  @OnEveryEngine
  void approvedUnitMayBeUsedUntilItsReviewDateAndEveryStepIsAudited(Engine engine) {
    try (PanelFixture f = PanelFixture.create(engine, tmp)) {
      UnitRef unit = f.importUnit(TestUnits.unit("HS-KUND-01", 1));
      assertThat(usable(f, unit, Purpose.ENROL)).isFalse();
      UnitStateChange submitted = f.panel.submit("anna.koordinator", UnitRef.parse("HS-KUND-01"));
      assertThat(submitted.from()).isEqualTo(UnitState.DRAFT);
      assertThat(submitted.to()).isEqualTo(UnitState.SUBMITTED);
      assertThat(f.state(unit)).isEqualTo(UnitState.SUBMITTED);

      long meeting = f.fullMeeting();
      f.vote(meeting, unit, VoteChoice.APPROVE, CHAIR, JOHAN, LARS);
      f.panel.vote(
          "sekreterare",
          meeting,
          unit,
          List.of(FATIMA),
          new Ballot(
              VoteChoice.REFER, Optional.of("Kriterium 1.2 är otydligt."), Optional.empty()));
      PanelDecision decision = f.panel.decide("ordforande", meeting, unit);

      assertThat(decision.outcome()).isEqualTo(DecisionOutcome.APPROVED);
      assertThat(decision.tally()).isEqualTo(new Tally(3, 0, 1, 0));
      assertThat(decision.chairDecided()).isFalse();
      assertThat(decision.hash()).isEqualTo(f.stored(unit).unit().hash());
      assertThat(decision.votes())
          .extracting(v -> v.member().name())
          .containsExactly(CHAIR, JOHAN, LARS, FATIMA);
      assertThat(decision.approvedUntil()).contains(TODAY.plusYears(3));
      assertThat(decision.identifier()).isEqualTo("PANEL-2025-03-03-" + decision.id());
      assertThat(f.storedState(unit)).isEqualTo(UnitState.APPROVED);
      assertThat(f.stored(unit).approvedUntil()).contains(TODAY.plusYears(3));
      assertThat(usable(f, unit, Purpose.ENROL)).isTrue();
      assertThat(usable(f, unit, Purpose.CERTIFY)).isTrue();
      assertThat(approval(f, unit)).map(PanelDecision::id).contains(decision.id());

      List<AuditEvent> log = f.events();
      assertThat(log)
          .extracting(AuditEvent::action, AuditEvent::actor, AuditEvent::entity)
          .contains(
              tuple("panel.submit", "anna.koordinator", "unit_version:" + f.stored(unit).id()),
              tuple("panel.meeting-open", ACTOR, "panel_meeting:" + meeting),
              tuple(
                  "panel.vote",
                  "sekreterare",
                  "panel_vote:"
                      + (long)
                          f.ws.store().read(tx -> tx.queryLong("SELECT max(id) FROM panel_vote"))),
              tuple("panel.decide", "ordforande", "panel_decision:" + decision.id()),
              tuple("panel.decide", "ordforande", "unit_version:" + f.stored(unit).id()));
      assertThat(log).filteredOn(e -> e.action().equals("panel.vote")).hasSize(4);
      assertThat(log).filteredOn(e -> e.action().equals("panel.attendance")).hasSize(5);
      assertThat(f.ws.verifyAudit().intact()).isTrue();
    }
  }

  @OnEveryEngine
  void conditionsAreMetWhenTheChairSignsThemOff(Engine engine) {
    try (PanelFixture f = PanelFixture.create(engine, tmp)) {
      UnitRef unit = f.submitted(TestUnits.unit("VO-HYG-01", 1));
      long meeting = f.fullMeeting();
      f.panel.vote(
          ACTOR,
          meeting,
          unit,
          List.of(JOHAN, LARS),
          Ballot.of(
              VoteChoice.APPROVE_WITH_CONDITIONS,
              Optional.of("Bra enhet."),
              Optional.of("Lägg till ett kriterium om handskar."),
              Optional.of(TODAY.plusMonths(2))));
      f.panel.vote(
          ACTOR,
          meeting,
          unit,
          List.of(FATIMA),
          Ballot.of(
              VoteChoice.APPROVE_WITH_CONDITIONS,
              Optional.empty(),
              Optional.of("Förtydliga krav på belägg."),
              Optional.of(TODAY.plusMonths(1))));
      f.vote(meeting, unit, VoteChoice.APPROVE, CHAIR);
      PanelDecision decision = f.panel.decide(ACTOR, meeting, unit);

      assertThat(decision.outcome()).isEqualTo(DecisionOutcome.APPROVED_WITH_CONDITIONS);
      assertThat(decision.conditions())
          .containsExactly("Lägg till ett kriterium om handskar.", "Förtydliga krav på belägg.");
      assertThat(decision.conditionsDue()).contains(TODAY.plusMonths(1));
      assertThat(decision.approvedUntil()).contains(TODAY.plusYears(3));
      assertThat(f.state(unit)).isEqualTo(UnitState.APPROVED_WITH_CONDITIONS);
      assertThat(usable(f, unit, Purpose.ENROL)).isFalse();
      assertThat(usable(f, unit, Purpose.CERTIFY)).isFalse();

      assertThatThrownBy(() -> f.panel.conditionsMet(ACTOR, unit, JOHAN))
          .isInstanceOf(RefusedException.class)
          .satisfies(e -> assertThat(keys(e)).containsExactly("conditions.notChair"))
          .hasMessageContaining(CHAIR);
      f.clock.advance(Period.ofWeeks(3));
      ConditionsSignOff signOff = f.panel.conditionsMet("ordforande", unit, CHAIR);

      assertThat(signOff.by().name()).isEqualTo(CHAIR);
      assertThat(signOff.on()).isEqualTo(TODAY.plusWeeks(3));
      assertThat(signOff.decision().id()).isEqualTo(decision.id());
      assertThat(f.state(unit)).isEqualTo(UnitState.APPROVED);
      assertThat(f.stored(unit).approvedUntil()).contains(TODAY.plusYears(3));
      assertThat(usable(f, unit, Purpose.ENROL)).isTrue();
      assertThat(f.events())
          .extracting(AuditEvent::action, AuditEvent::actor)
          .contains(tuple("panel.conditions-met", "ordforande"));
      assertThatThrownBy(() -> f.panel.conditionsMet(ACTOR, unit, CHAIR))
          .satisfies(e -> assertThat(keys(e)).containsExactly("conditions.notPending"));
      assertThat(f.ws.verifyAudit().intact()).isTrue();
    }
  }

  @OnEveryEngine
  void aReferredUnitComesBackAsANewVersionAndIsApproved(Engine engine) {
    try (PanelFixture f = PanelFixture.create(engine, tmp)) {
      UnitRef v1 = f.submitted(TestUnits.unit("IH-TRA-01", 1));
      long first = f.fullMeeting();
      f.vote(first, v1, VoteChoice.REFER, CHAIR, JOHAN, LARS);
      f.vote(first, v1, VoteChoice.APPROVE, FATIMA);
      assertThat(f.panel.decide(ACTOR, first, v1).outcome())
          .isEqualTo(DecisionOutcome.REFERRED_BACK);
      assertThat(f.state(v1)).isEqualTo(UnitState.REFERRED_BACK);
      assertThat(f.stored(v1).approvedUntil()).isEmpty();
      assertThat(usable(f, v1, Purpose.ENROL)).isFalse();

      // The same version cannot come back: the author writes version 2.
      assertThatThrownBy(() -> f.panel.submit(ACTOR, UnitRef.parse("IH-TRA-01@1")))
          .isInstanceOf(RefusedException.class)
          .satisfies(e -> assertThat(keys(e)).containsExactly("submit.REFERRED_BACK"))
          .hasMessageContaining("to 2");
      CourseUnit changedSameVersion = TestUnits.unit("IH-TRA-01", 1, "Truckkörning, omarbetad");
      assertThatThrownBy(() -> f.importUnit(changedSameVersion))
          .isInstanceOf(InvalidInputException.class);
      UnitRef v2 = f.submitted(TestUnits.unit("IH-TRA-01", 2, "Truckkörning, omarbetad"));
      long second = f.fullMeeting();
      f.vote(second, v2, VoteChoice.APPROVE, CHAIR, JOHAN, FATIMA, LARS);
      PanelDecision decision = f.panel.decide(ACTOR, second, v2);

      assertThat(decision.outcome()).isEqualTo(DecisionOutcome.APPROVED);
      assertThat(f.state(v2)).isEqualTo(UnitState.APPROVED);
      assertThat(f.state(v1)).isEqualTo(UnitState.REFERRED_BACK);
      assertThat(usable(f, v2, Purpose.ENROL)).isTrue();
      assertThat(f.panel.decisions(v1))
          .extracting(PanelDecision::outcome)
          .containsExactly(DecisionOutcome.REFERRED_BACK);
    }
  }

  @OnEveryEngine
  void aRejectedUnitCannotBeUsed(Engine engine) {
    try (PanelFixture f = PanelFixture.create(engine, tmp)) {
      UnitRef unit = f.submitted(TestUnits.unit("GN-MASK-01", 1));
      long meeting = f.fullMeeting();
      f.vote(meeting, unit, VoteChoice.REJECT, JOHAN, FATIMA, LARS);
      f.vote(meeting, unit, VoteChoice.REFER, CHAIR);
      PanelDecision decision = f.panel.decide(ACTOR, meeting, unit);

      assertThat(decision.outcome()).isEqualTo(DecisionOutcome.REJECTED);
      assertThat(decision.approvedUntil()).isEmpty();
      assertThat(f.state(unit)).isEqualTo(UnitState.REJECTED);
      assertThat(usable(f, unit, Purpose.ENROL)).isFalse();
      assertThat(usable(f, unit, Purpose.CERTIFY)).isFalse();
      assertThat(approval(f, unit)).isEmpty();
      assertThatThrownBy(() -> f.panel.withdraw(ACTOR, unit, "används inte"))
          .satisfies(e -> assertThat(keys(e)).containsExactly("withdraw.REJECTED"));
    }
  }

  @OnEveryEngine
  void anApprovalExpiresIntoReviewDueAndIsRenewedAtALaterMeeting(Engine engine) {
    try (PanelFixture f = PanelFixture.create(engine, tmp)) {
      UnitRef unit = f.submitted(TestUnits.unit("HS-KASSA-01", 1));
      long meeting = f.fullMeeting();
      f.vote(meeting, unit, VoteChoice.APPROVE, CHAIR, JOHAN, LARS);
      f.panel.decide(ACTOR, meeting, unit);
      LocalDate until = TODAY.plusYears(3);

      f.clock.set(
          TestClock.START.plus(
              java.time.Duration.ofDays(until.toEpochDay() - TODAY.toEpochDay() - 20)));
      assertThat(f.state(unit)).isEqualTo(UnitState.APPROVED);
      assertThat(due(f, 0)).isEmpty();
      assertThat(due(f, 30)).extracting(UnitSummary::ref).containsExactly(unit);
      assertThat(due(f, 30).get(0).state()).isEqualTo(UnitState.APPROVED);

      f.clock.set(TestClock.START);
      f.clock.advance(Period.ofYears(3));
      assertThat(f.storedState(unit)).isEqualTo(UnitState.APPROVED);
      assertThat(f.state(unit)).isEqualTo(UnitState.REVIEW_DUE);
      UnitApprovals.Usability enrol =
          f.ws.store().read(tx -> ApprovalRecords.usability(tx, unit, Purpose.ENROL));
      assertThat(enrol.usable()).isFalse();
      assertThat(enrol.state()).contains(UnitState.REVIEW_DUE);
      assertThat(enrol.reason().key()).isEqualTo("usability.enrol.REVIEW_DUE");
      assertThatThrownBy(
              () -> f.ws.store().read(tx -> ApprovalRecords.requireUsable(tx, unit, Purpose.ENROL)))
          .isInstanceOf(RefusedException.class)
          .hasMessageContaining(until.toString());
      assertThat(usable(f, unit, Purpose.CERTIFY)).isTrue();
      assertThat(due(f, 0))
          .extracting(UnitSummary::ref, UnitSummary::state)
          .containsExactly(tuple(unit, UnitState.REVIEW_DUE));
      assertThat(UnitApprovals.list(f.ws.store(), UnitFilter.inState(UnitState.REVIEW_DUE), 0))
          .extracting(UnitSummary::ref)
          .containsExactly(unit);
      assertThatThrownBy(() -> f.panel.submit(ACTOR, UnitRef.parse("HS-KASSA-01")))
          .satisfies(e -> assertThat(keys(e)).containsExactly("submit.REVIEW_DUE"));

      long review = f.fullMeeting();
      f.vote(review, unit, VoteChoice.APPROVE, CHAIR, JOHAN, LARS);
      PanelDecision renewed = f.panel.decide(ACTOR, review, unit);

      assertThat(renewed.approvedUntil()).contains(TODAY.plusYears(6));
      assertThat(f.state(unit)).isEqualTo(UnitState.APPROVED);
      assertThat(usable(f, unit, Purpose.ENROL)).isTrue();
      assertThat(f.panel.decisions(unit)).hasSize(2);
      assertThat(approval(f, unit)).map(PanelDecision::id).contains(renewed.id());
    }
  }

  @Test
  void theUnitsOwnReviewPeriodSetsTheApprovalPeriod() {
    try (PanelFixture f = PanelFixture.create(Engine.SQLITE, tmp)) {
      CourseUnit twoYears =
          CourseUnit.builder()
              .code("VO-MAT-01")
              .version(1)
              .titleSv("Stöd vid måltider")
              .arena(Arena.VARD_OMSORG)
              .level(3)
              .notionalHours(30)
              .purpose("Måltider.")
              .outcome("Deltagaren ska kunna servera.", "Deltagaren kan duka.")
              .method(AssessmentMethod.OBSERVATION)
              .evidenceRequirements("Observation.")
              .author("Vård- och omsorgscollege Testby")
              .reviewPeriodYears(2)
              .build();
      UnitRef unit = f.submitted(twoYears);
      long meeting = f.fullMeeting();
      f.vote(meeting, unit, VoteChoice.APPROVE, CHAIR, JOHAN, LARS, ANNA);
      assertThat(f.panel.decide(ACTOR, meeting, unit).approvedUntil()).contains(TODAY.plusYears(2));
    }
  }

  @OnEveryEngine
  void aChangedFileAfterApprovalIsANewDraftVersionWithoutTheApproval(Engine engine) {
    try (PanelFixture f = PanelFixture.create(engine, tmp)) {
      CourseUnit approved = TestUnits.unit("HS-VARU-01", 1, "Varuhantering");
      UnitRef v1 = f.submitted(approved);
      long meeting = f.fullMeeting();
      f.vote(meeting, v1, VoteChoice.APPROVE, CHAIR, JOHAN, LARS);
      f.panel.decide(ACTOR, meeting, v1);

      CourseUnit edited = TestUnits.unit("HS-VARU-01", 1, "Varuhantering i butik");
      assertThat(edited.hash()).isNotEqualTo(approved.hash());
      assertThatThrownBy(() -> f.importUnit(edited))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("HS-VARU-01@1");
      assertThat(f.stored(v1).unit().hash()).isEqualTo(approved.hash());

      CourseUnit v2Unit = TestUnits.unit("HS-VARU-01", 2, "Varuhantering i butik");
      UnitRef v2 = f.importUnit(v2Unit);
      assertThat(f.state(v2)).isEqualTo(UnitState.DRAFT);
      assertThat(f.stored(v2).unit().hash()).isEqualTo(v2Unit.hash()).isNotEqualTo(approved.hash());
      assertThat(f.stored(v2).approvedUntil()).isEmpty();
      assertThat(usable(f, v2, Purpose.ENROL)).isFalse();
      assertThat(usable(f, v2, Purpose.CERTIFY)).isFalse();
      assertThat(f.panel.decisions(v2)).isEmpty();
      assertThat(approval(f, v2)).isEmpty();
      assertThat(usable(f, v1, Purpose.ENROL)).isTrue();
      // The approved version's decision names the hash it saw.
      assertThat(f.panel.decisions(v1).get(0).hash()).isEqualTo(approved.hash());
    }
  }

  @OnEveryEngine
  void aWithdrawnUnitTakesNoEnrolmentsAndKeepsItsReason(Engine engine) throws Exception {
    try (PanelFixture f = PanelFixture.create(engine, tmp)) {
      UnitRef unit = f.submitted(TestUnits.unit("AL-KOMM-01", 1));
      long meeting = f.fullMeeting();
      f.vote(meeting, unit, VoteChoice.APPROVE, CHAIR, JOHAN, LARS);
      f.panel.decide(ACTOR, meeting, unit);
      assertThatThrownBy(() -> f.panel.withdraw(ACTOR, unit, "  "))
          .isInstanceOf(InvalidInputException.class);

      UnitStateChange change = f.panel.withdraw("anna", unit, "Ersätts av AL-KOMM-02.");

      assertThat(change.from()).isEqualTo(UnitState.APPROVED);
      assertThat(change.to()).isEqualTo(UnitState.WITHDRAWN);
      assertThat(f.state(unit)).isEqualTo(UnitState.WITHDRAWN);
      assertThat(usable(f, unit, Purpose.ENROL)).isFalse();
      assertThat(usable(f, unit, Purpose.CERTIFY)).isFalse();
      long id = f.stored(unit).id();
      Optional<String> recorded =
          f.ws
              .store()
              .read(
                  tx ->
                      tx.queryOne(
                          "SELECT reason, previous_state FROM panel_withdrawal WHERE unit_version_id = ?",
                          r -> r.getString("reason") + "/" + r.getString("previous_state"),
                          id));
      assertThat(recorded).contains("Ersätts av AL-KOMM-02./APPROVED");
      assertThat(f.ws.store().auditLog(AuditQuery.entity("panel_withdrawal")))
          .extracting(AuditEvent::actor)
          .containsExactly("anna");
      assertThatThrownBy(() -> f.panel.withdraw(ACTOR, unit, "igen"))
          .satisfies(e -> assertThat(keys(e)).containsExactly("withdraw.WITHDRAWN"));
    }
  }

  @Test
  void aDraftCanBeWithdrawnButNotSubmittedTwice() {
    try (PanelFixture f = PanelFixture.create(Engine.SQLITE, tmp)) {
      UnitRef unit = f.submitted(TestUnits.unit("HS-KUND-01", 1));
      assertThatThrownBy(() -> f.panel.submit(ACTOR, UnitRef.parse("HS-KUND-01@1")))
          .satisfies(e -> assertThat(keys(e)).containsExactly("submit.SUBMITTED"));
      UnitRef draft = f.importUnit(TestUnits.unit("HS-KUND-01", 2, "Kundmöten"));
      assertThat(f.panel.withdraw(ACTOR, draft, "skrevs om").from()).isEqualTo(UnitState.DRAFT);
      assertThatThrownBy(() -> f.panel.submit(ACTOR, UnitRef.parse("HS-KUND-01")))
          .satisfies(e -> assertThat(keys(e)).containsExactly("submit.WITHDRAWN"));
      assertThat(f.state(unit)).isEqualTo(UnitState.SUBMITTED);
    }
  }

  @OnEveryEngine
  void everyPanelRecordAndEveryStateChangeIsAnAuditEventWithItsActor(Engine engine) {
    try (PanelFixture f = PanelFixture.create(engine, tmp)) {
      UnitRef unit = f.importUnit(TestUnits.unit("HS-KUND-01", 1));
      f.panel.submit("submitter", UnitRef.parse("HS-KUND-01@1"));
      long meeting =
          f.panel
              .openMeeting(
                  "opener", Optional.empty(), List.of(CHAIR, JOHAN, FATIMA, LARS), Optional.empty())
              .id();
      f.panel.declareConflict("declarer", meeting, FATIMA, unit, Optional.empty());
      f.panel.vote(
          "voter",
          meeting,
          unit,
          List.of(CHAIR, JOHAN),
          Ballot.of(
              VoteChoice.APPROVE_WITH_CONDITIONS,
              Optional.empty(),
              Optional.of("Förtydliga 2.1"),
              Optional.of(TODAY.plusMonths(1))));
      f.panel.vote("voter", meeting, unit, List.of(LARS), Ballot.of(VoteChoice.APPROVE));
      f.panel.decide("decider", meeting, unit);
      f.panel.conditionsMet("signer", unit, CHAIR);
      f.panel.withdraw("withdrawer", unit, "ersatt");

      java.util.Map<String, String> actorOf =
          java.util.Map.of(
              "panel_member",
              ACTOR,
              "panel_meeting",
              "opener",
              "panel_attendance",
              "opener",
              "panel_conflict",
              "declarer",
              "panel_vote",
              "voter",
              "panel_decision",
              "decider",
              "panel_conditions_met",
              "signer",
              "panel_withdrawal",
              "withdrawer");
      for (var entry : actorOf.entrySet()) {
        String table = entry.getKey();
        long rows = f.ws.store().read(tx -> tx.queryLong("SELECT count(*) FROM " + table));
        List<AuditEvent> events = f.ws.store().auditLog(AuditQuery.entity(table));
        assertThat(rows).as(table).isPositive();
        assertThat(events)
            .as(table)
            .hasSize((int) rows)
            .allSatisfy(e -> assertThat(e.actor()).isEqualTo(entry.getValue()));
      }
      assertThat(f.ws.store().auditLog(AuditQuery.entity("unit_version:" + f.stored(unit).id())))
          .extracting(AuditEvent::action, AuditEvent::actor)
          .containsExactly(
              tuple("unit.import", ACTOR),
              tuple("panel.submit", "submitter"),
              tuple("panel.decide", "decider"),
              tuple("panel.conditions-met", "signer"),
              tuple("panel.withdraw", "withdrawer"));
      assertThat(f.ws.verifyAudit().intact()).isTrue();
    }
  }

  private static boolean usable(PanelFixture f, UnitRef unit, Purpose purpose) {
    return f.ws.store().read(tx -> ApprovalRecords.usability(tx, unit, purpose)).usable();
  }

  private static Optional<PanelDecision> approval(PanelFixture f, UnitRef unit) {
    return f.ws.store().read(tx -> ApprovalRecords.approval(tx, unit));
  }

  private static List<UnitSummary> due(PanelFixture f, int days) {
    return UnitApprovals.list(f.ws.store(), UnitFilter.due(), days);
  }

  static List<String> keys(Throwable e) {
    return ((org.ocnkit.OcnkitException) e)
        .problems().stream().map(Problem::message).map(org.ocnkit.Message::key).toList();
  }
}
