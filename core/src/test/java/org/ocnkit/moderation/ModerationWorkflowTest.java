package org.ocnkit.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.ocnkit.moderation.ModerationFixture.KARIN;
import static org.ocnkit.moderation.ModerationFixture.MARIA;
import static org.ocnkit.moderation.ModerationFixture.PER;
import static org.ocnkit.moderation.ModerationFixture.YUSUF;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.io.TempDir;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Message;
import org.ocnkit.Problem;
import org.ocnkit.RefusedException;
import org.ocnkit.evidence.Achievement;
import org.ocnkit.evidence.Achievements;
import org.ocnkit.evidence.EnrolmentProgress;
import org.ocnkit.evidence.EvidenceRecords;
import org.ocnkit.learner.Enrolment;
import org.ocnkit.moderation.SampleReason.Kind;
import org.ocnkit.store.AuditEvent;
import org.ocnkit.store.AuditQuery;
import org.ocnkit.store.Workspace;
import org.ocnkit.store.testing.Engine;
import org.ocnkit.store.testing.OnEveryEngine;
import org.ocnkit.store.testing.TestClock;
import org.ocnkit.store.testing.TestWorkspaces;
import org.ocnkit.unit.AssessmentMethod;

/**
 * Plans, outcomes and readiness on real SQLite and PostgreSQL: the queries behind the sampling,
 * self-moderation refused, a rejection reopening an enrolment until the assessor signs it off again
 * on new evidence and a moderator confirms it, every step an audit event with its actor.
 */
class ModerationWorkflowTest {
  @TempDir Path dir;

  /** Karin's eight sign-offs of HS-TEST-01 by observation, then Yusuf's one of HS-TEST-02. */
  private static List<Enrolment> eightAndOne(ModerationFixture f) {
    List<Enrolment> all = new java.util.ArrayList<>();
    for (int i = 0; i < 8; i++) {
      all.add(f.achieved(f.unit1, KARIN, AssessmentMethod.OBSERVATION));
    }
    all.add(f.achieved(f.unit2, YUSUF, AssessmentMethod.WITNESS_TESTIMONY));
    return all;
  }

  @OnEveryEngine
  void aPlanSamplesNewAssessorsAndAShareAndRecordsEverySignOffWithItsReasons(Engine engine) {
    TestClock clock = new TestClock();
    try (Workspace ws = TestWorkspaces.create(engine, dir.resolve("ws"), clock)) {
      ModerationFixture f = new ModerationFixture(ws, clock, dir);
      List<Enrolment> e = eightAndOne(f);
      assertThat(CertificationReadiness.check(ws.store(), e.get(0).id()).status())
          .isEqualTo(Readiness.Status.NOT_PLANNED);

      SamplePlan plan = ModerationPlans.draw(ws, "maria", PlanRequest.defaults());

      LocalDate today = clock.instant().atZone(clock.getZone()).toLocalDate();
      assertThat(plan.period()).isEqualTo(new PlanPeriod(today.minusDays(8), today));
      assertThat(plan.seed()).isEqualTo(SampleDraw.seedOf(plan.period()));
      assertThat(plan.seedGiven()).isFalse();
      assertThat(plan.drawnBy()).isEqualTo("maria");
      assertThat(plan.items())
          .hasSize(9)
          .extracting(i -> i.assessment().enrolment())
          .containsExactlyElementsOf(e.stream().map(Enrolment::id).toList());
      // Karin's first three and Yusuf's first: new assessors; one of Karin's other five: 20 %.
      for (int i = 0; i < 3; i++) {
        assertThat(plan.items().get(i).reasons())
            .containsExactly(new SampleReason(Kind.NEW_ASSESSOR, (i + 1) + "/3"));
      }
      assertThat(plan.items().get(8).reasons())
          .containsExactly(new SampleReason(Kind.NEW_ASSESSOR, "1/3"));
      List<PlanItem> rest = plan.items().subList(3, 8);
      assertThat(rest.stream().filter(PlanItem::sampled))
          .singleElement()
          .satisfies(
              i ->
                  assertThat(i.reasons())
                      .containsExactly(new SampleReason(Kind.RANDOM_SHARE, "20")));
      assertThat(rest.stream().filter(i -> !i.sampled()))
          .hasSize(4)
          .allSatisfy(
              i -> {
                assertThat(i.reasons()).isEmpty();
                assertThat(i.explanation())
                    .containsExactly(Message.of(PlanItem.class, "item.notSampled"));
              });
      assertThat(plan.items().get(0).assessment().methods())
          .containsExactly(AssessmentMethod.OBSERVATION);

      SamplePlan stored = ws.store().read(tx -> ModerationPlans.require(tx, plan.id()));
      assertThat(stored).isEqualTo(plan);
      for (PlanItem i : plan.items()) {
        Readiness r = CertificationReadiness.check(ws.store(), i.assessment().enrolment());
        assertThat(r.status())
            .isEqualTo(
                i.sampled() ? Readiness.Status.AWAITING_MODERATION : Readiness.Status.NOT_SAMPLED);
        assertThat(r.plan()).isEqualTo(OptionalLong.of(plan.id()));
        assertThat(r.ready()).isEqualTo(!i.sampled());
      }
      Readiness awaiting = CertificationReadiness.check(ws.store(), e.get(0).id());
      assertThat(awaiting.reason().format(Locale.ENGLISH))
          .contains("sampled for moderation in" + " plan 1", "ocn moderate record --enrolment E1");
      assertThat(
              catchThrowableOfType(
                      () ->
                          ws.store()
                              .read(tx -> CertificationReadiness.requireReady(tx, e.get(0).id())),
                      RefusedException.class)
                  .problems())
          .extracting(Problem::message)
          .containsExactly(awaiting.reason());

      List<AuditEvent> events =
          ws.store().auditLog(AuditQuery.ALL).stream()
              .filter(ev -> ev.action().equals(ModerationPlans.ACTION_PLAN))
              .toList();
      assertThat(events).extracting(AuditEvent::actor).containsOnly("maria");
      // The plan, its nine items and the reasons of the five sampled.
      assertThat(events)
          .hasSize(15)
          .extracting(AuditEvent::entity)
          .contains("moderation_plan:1", "moderation_plan_item:9", "moderation_sample_reason:5");
      assertThat(ws.verifyAudit().intact()).isTrue();
    }
  }

  @OnEveryEngine
  void nobodyModeratesTheirOwnAssessments(Engine engine) {
    TestClock clock = new TestClock();
    try (Workspace ws = TestWorkspaces.create(engine, dir.resolve("ws"), clock)) {
      ModerationFixture f = new ModerationFixture(ws, clock, dir);
      Enrolment karins = f.achieved(f.unit1, KARIN, AssessmentMethod.OBSERVATION);
      // Yusuf's enrolment, but Karin recorded one item and judged it.
      Enrolment yusufs = f.enrol(f.unit2, YUSUF);
      f.evidence(yusufs, AssessmentMethod.OBSERVATION, KARIN);
      f.signOffEvidence(yusufs, KARIN);
      f.signOffUnit(yusufs);
      Moderators.designate(ws.store(), "coordinator", KARIN);

      RefusedException own =
          catchThrowableOfType(
              () ->
                  ModerationRecords.record(
                      ws.store(),
                      "karin",
                      new NewOutcome(karins.id(), KARIN, Verdict.CONFIRM, "Bra.")),
              RefusedException.class);
      assertThat(own.problems())
          .extracting(p -> p.message().key())
          .containsExactly(
              "record.self", "record.self.assessor", "record.self.signedOff", "record.self.judged");
      assertThat(own.describe(Locale.ENGLISH))
          .contains(
              "nobody moderates their own",
              "they are the assessor of E1",
              "they judged evidence EV1");
      RefusedException recorded =
          catchThrowableOfType(
              () ->
                  ModerationRecords.record(
                      ws.store(),
                      "karin",
                      new NewOutcome(yusufs.id(), KARIN, Verdict.CONFIRM, "Bra.")),
              RefusedException.class);
      assertThat(recorded.problems())
          .extracting(p -> p.message().key())
          .containsExactly("record.self", "record.self.recorded", "record.self.judged");
      assertThat(ModerationRecords.list(ws.store())).isEmpty();

      // Yusuf is no moderator; Per cannot become one; Maria may moderate both.
      assertThat(
              catchThrowableOfType(
                      () ->
                          ModerationRecords.record(
                              ws.store(),
                              "yusuf",
                              new NewOutcome(karins.id(), YUSUF, Verdict.CONFIRM, "Bra.")),
                      InvalidInputException.class)
                  .describe(Locale.ENGLISH))
          .contains("ocn moderate moderator add yusuf-demir");
      assertThat(
              catchThrowableOfType(
                  () -> Moderators.designate(ws.store(), "coordinator", PER),
                  RefusedException.class))
          .isNotNull();
      assertThat(
              catchThrowableOfType(
                  () ->
                      ModerationRecords.record(
                          ws.store(),
                          "maria",
                          new NewOutcome(karins.id(), MARIA, Verdict.CONFIRM, " ")),
                  InvalidInputException.class))
          .isNotNull();
      ModerationOutcome ok =
          ModerationRecords.record(
              ws.store(),
              "maria",
              new NewOutcome(yusufs.id(), MARIA, Verdict.CONFIRM, "Underlaget räcker."));
      assertThat(ok.moderatorName()).isEqualTo("Maria Sjöberg");
      assertThat(
              catchThrowableOfType(
                      () ->
                          ModerationRecords.record(
                              ws.store(),
                              "maria",
                              new NewOutcome(yusufs.id(), MARIA, Verdict.REJECT, "Ändrade mig.")),
                      RefusedException.class)
                  .problems()
                  .get(0)
                  .message()
                  .key())
          .isEqualTo("record.confirmed");
    }
  }

  @OnEveryEngine
  void aRejectionReopensTheEnrolmentUntilItIsSignedOffAgainOnNewEvidenceAndConfirmed(
      Engine engine) {
    TestClock clock = new TestClock();
    try (Workspace ws = TestWorkspaces.create(engine, dir.resolve("ws"), clock)) {
      ModerationFixture f = new ModerationFixture(ws, clock, dir);
      List<Enrolment> e = eightAndOne(f);
      SamplePlan first = ModerationPlans.draw(ws, "maria", PlanRequest.defaults());
      Enrolment rejected = e.get(1);
      long firstSignOff = first.items().get(1).assessment().signOffId();

      ModerationOutcome confirmed =
          ModerationRecords.record(
              ws.store(),
              "maria",
              new NewOutcome(e.get(0).id(), MARIA, Verdict.CONFIRM, "Underlaget räcker."));
      Readiness ready = CertificationReadiness.check(ws.store(), e.get(0).id());
      assertThat(ready.status()).isEqualTo(Readiness.Status.CONFIRMED);
      assertThat(ready.outcome()).contains(confirmed);
      Achievement readyOne =
          ws.store().read(tx -> CertificationReadiness.requireReady(tx, e.get(0).id()));
      assertThat(readyOne.enrolment()).isEqualTo(e.get(0).id());

      clock.advance(Duration.ofDays(1));
      ModerationRecords.record(
          ws.store(),
          "maria",
          new NewOutcome(
              rejected.id(),
              MARIA,
              Verdict.REJECT,
              "Vittnesintyget räcker inte för 2.2: observera själv."));

      Optional<Achievement> current =
          ws.store().read(tx -> EvidenceRecords.achievement(tx, rejected.id()));
      assertThat(current).isEmpty();
      EnrolmentProgress progress = ws.store().read(tx -> EvidenceRecords.progress(tx, rejected));
      assertThat(progress.achievedOn()).isEmpty();
      Readiness reopened = CertificationReadiness.check(ws.store(), rejected.id());
      assertThat(reopened.status()).isEqualTo(Readiness.Status.REOPENED);
      assertThat(reopened.reason().format(Message.SWEDISH))
          .contains("Maria Sjöberg", "Vittnesintyget räcker inte för 2.2");
      assertThat(
              catchThrowableOfType(
                      () ->
                          ModerationRecords.record(
                              ws.store(),
                              "maria",
                              new NewOutcome(rejected.id(), MARIA, Verdict.CONFIRM, "Ok.")),
                      RefusedException.class)
                  .problems()
                  .get(0)
                  .message()
                  .key())
          .isEqualTo("record.reopened");
      // The same evidence does not do: the assessor signs off more first.
      RefusedException again =
          catchThrowableOfType(() -> f.signOffUnit(rejected), RefusedException.class);
      assertThat(again.describe(Locale.ENGLISH))
          .contains("was reopened", "Vittnesintyget räcker inte för 2.2");
      f.evidence(rejected, AssessmentMethod.WITNESS_TESTIMONY, ModerationFixture.SUPERVISOR);
      f.signOffEvidence(rejected, KARIN);
      Achievement resigned = f.signOffUnit(rejected);
      assertThat(resigned.signOffId()).isNotEqualTo(firstSignOff);
      assertThat(CertificationReadiness.check(ws.store(), rejected.id()).status())
          .isEqualTo(Readiness.Status.NOT_PLANNED);

      // The next plan decides only the new sign-off, and samples it again.
      SamplePlan second = ModerationPlans.draw(ws, "maria", PlanRequest.defaults());
      assertThat(second.decidedHere())
          .singleElement()
          .satisfies(
              i -> {
                assertThat(i.assessment().signOffId()).isEqualTo(resigned.signOffId());
                assertThat(i.sampled()).isTrue();
                assertThat(i.reasons())
                    .extracting(SampleReason::kind)
                    .contains(Kind.SIGNED_OFF_AGAIN);
                assertThat(i.assessment().assessorRank()).isEqualTo(9);
                assertThat(i.assessment().methods())
                    .containsExactly(
                        AssessmentMethod.OBSERVATION, AssessmentMethod.WITNESS_TESTIMONY);
              });
      assertThat(CertificationReadiness.check(ws.store(), rejected.id()).status())
          .isEqualTo(Readiness.Status.AWAITING_MODERATION);
      ModerationRecords.record(
          ws.store(),
          "maria",
          new NewOutcome(rejected.id(), MARIA, Verdict.CONFIRM, "Egen observation finns nu."));
      assertThat(CertificationReadiness.check(ws.store(), rejected.id()).ready()).isTrue();

      // The first plan still shows the rejected sign-off, withdrawn, with its outcome.
      PlanItem old = ws.store().read(tx -> ModerationPlans.require(tx, first.id())).items().get(1);
      assertThat(old.withdrawn()).isTrue();
      assertThat(old.outcome()).map(ModerationOutcome::verdict).contains(Verdict.REJECT);
      assertThat(CertificationReadiness.ofApprentice(ws.store(), rejected.apprentice()))
          .singleElement()
          .extracting(Readiness::status)
          .isEqualTo(Readiness.Status.CONFIRMED);

      List<AuditEvent> log = ws.store().auditLog(AuditQuery.ALL);
      assertThat(log)
          .filteredOn(ev -> ev.action().equals(ModerationRecords.ACTION_REJECT))
          .singleElement()
          .satisfies(
              ev -> {
                assertThat(ev.actor()).isEqualTo("maria");
                assertThat(ev.entity()).startsWith("moderation_outcome:");
              });
      assertThat(log)
          .filteredOn(ev -> ev.action().equals(Achievements.ACTION_REOPEN))
          .singleElement()
          .satisfies(ev -> assertThat(ev.entity()).isEqualTo("enrolment_signoff_withdrawal:1"));
      assertThat(log)
          .filteredOn(ev -> ev.action().equals(ModerationRecords.ACTION_CONFIRM))
          .hasSize(2)
          .extracting(AuditEvent::actor)
          .containsOnly("maria");
      assertThat(ws.verifyAudit().intact()).isTrue();
    }
  }

  @OnEveryEngine
  void aLaterPlanNeverChangesAnEarlierDecision(Engine engine) {
    TestClock clock = new TestClock();
    try (Workspace ws = TestWorkspaces.create(engine, dir.resolve("ws"), clock)) {
      ModerationFixture f = new ModerationFixture(ws, clock, dir);
      eightAndOne(f);
      SamplePlan first = ModerationPlans.draw(ws, "maria", PlanRequest.defaults());
      assertThat(
              catchThrowableOfType(
                      () -> ModerationPlans.draw(ws, "maria", PlanRequest.defaults()),
                      RefusedException.class)
                  .problems()
                  .get(0)
                  .message()
                  .key())
          .isEqualTo("plan.nothingWaiting");
      RefusedException decided =
          catchThrowableOfType(
              () ->
                  ModerationPlans.draw(
                      ws,
                      "maria",
                      new PlanRequest(Optional.of(first.period()), OptionalLong.of(99))),
              RefusedException.class);
      assertThat(decided.describe(Locale.ENGLISH)).contains("already decided by plan 1");

      // Two more of Karin's sign-offs; a plan over the whole time with another seed.
      f.achieved(f.unit1, KARIN, AssessmentMethod.OBSERVATION);
      f.achieved(f.unit1, KARIN, AssessmentMethod.OBSERVATION);
      LocalDate today = clock.instant().atZone(clock.getZone()).toLocalDate();
      SamplePlan second =
          ModerationPlans.draw(
              ws,
              "maria",
              new PlanRequest(
                  Optional.of(new PlanPeriod(first.period().from(), today)), OptionalLong.of(99)));
      assertThat(second.seed()).isEqualTo(99);
      assertThat(second.seedGiven()).isTrue();
      assertThat(second.items()).hasSize(11);
      assertThat(second.decidedHere()).hasSize(2);
      for (int i = 0; i < 9; i++) {
        PlanItem then = first.items().get(i);
        PlanItem now = second.items().get(i);
        assertThat(now.decidedIn()).isEqualTo(OptionalLong.of(first.id()));
        assertThat(now.sampled()).isEqualTo(then.sampled());
        assertThat(now.reasons()).isEmpty();
        assertThat(now.explanation().get(0).key())
            .isEqualTo(then.sampled() ? "item.sampledIn" : "item.notSampledIn");
      }
      // Karin's 9th and 10th: ceil(0.2 × 2) = 1 sampled at random, 1 not.
      assertThat(second.decidedHere().stream().filter(PlanItem::sampled)).hasSize(1);

      assertThat(
              catchThrowableOfType(
                  () ->
                      ModerationPlans.draw(
                          ws,
                          "maria",
                          new PlanRequest(
                              Optional.of(new PlanPeriod(today, today.plusDays(1))),
                              OptionalLong.empty())),
                  InvalidInputException.class))
          .isNotNull();
      assertThat(
              catchThrowableOfType(
                      () ->
                          ModerationPlans.draw(
                              ws,
                              "maria",
                              new PlanRequest(
                                  Optional.of(PlanPeriod.parse("2020-01-01..2020-12-31")),
                                  OptionalLong.empty())),
                      RefusedException.class)
                  .problems()
                  .get(0)
                  .message()
                  .key())
          .isEqualTo("plan.empty");
    }
  }

  @OnEveryEngine
  void theSameRecordsAndSeedGiveTheSamePlan(Engine engine) {
    List<List<Object>> plans = new java.util.ArrayList<>();
    for (String name : List.of("one", "two")) {
      TestClock clock = new TestClock();
      try (Workspace ws = TestWorkspaces.create(engine, dir.resolve(name), clock)) {
        ModerationFixture f = new ModerationFixture(ws, clock, dir.resolve(name + "-units"));
        for (int i = 0; i < 12; i++) {
          f.achieved(
              i % 3 == 0 ? f.unit2 : f.unit1,
              i % 2 == 0 ? KARIN : YUSUF,
              i % 4 == 0 ? AssessmentMethod.WITNESS_TESTIMONY : AssessmentMethod.OBSERVATION);
        }
        SamplePlan plan = ModerationPlans.draw(ws, "maria", PlanRequest.defaults());
        plans.add(
            plan.items().stream()
                .map(i -> (Object) List.of(i.assessment().signOffId(), i.sampled(), i.reasons()))
                .toList());
      }
    }
    assertThat(plans.get(1)).isEqualTo(plans.get(0));
  }
}
