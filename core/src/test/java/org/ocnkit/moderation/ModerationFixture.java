package org.ocnkit.moderation;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ocnkit.evidence.Achievement;
import org.ocnkit.evidence.EvidenceItem;
import org.ocnkit.evidence.EvidenceService;
import org.ocnkit.evidence.EvidenceSignOff;
import org.ocnkit.evidence.Judgement;
import org.ocnkit.evidence.NewEvidence;
import org.ocnkit.learner.Apprentice;
import org.ocnkit.learner.AssessorService;
import org.ocnkit.learner.Code;
import org.ocnkit.learner.Enrolment;
import org.ocnkit.learner.EnrolmentService;
import org.ocnkit.learner.NewEnrolment;
import org.ocnkit.learner.testing.LearnerFixtures;
import org.ocnkit.learner.testing.TestApprovals;
import org.ocnkit.store.Workspace;
import org.ocnkit.store.testing.TestClock;
import org.ocnkit.unit.AssessmentMethod;
import org.ocnkit.unit.CriterionId;
import org.ocnkit.unit.UnitRef;

/**
 * A programme to moderate: two approved units (HS-TEST-01, HS-TEST-02; methods observation and
 * witness testimony), the fixture placement with its supervisor Åsa Öberg, the qualified assessors
 * Karin Lund and Yusuf Demir, the unqualified Per Ekdahl, and Maria Sjöberg, a qualified assessor
 * designated as moderator. The clock moves a day with every sign-off.
 */
final class ModerationFixture {
  static final Code KARIN = LearnerFixtures.ASSESSOR;
  static final Code YUSUF = new Code("yusuf-demir");
  static final Code PER = new Code("per-ekdahl");
  static final Code MARIA = new Code("maria-sjoberg");
  static final Code SUPERVISOR = LearnerFixtures.SUPERVISOR;
  static final List<CriterionId> CRITERIA =
      List.of(
          CriterionId.parse("1.1"),
          CriterionId.parse("1.2"),
          CriterionId.parse("2.1"),
          CriterionId.parse("2.2"),
          CriterionId.parse("3.1"));

  final Workspace ws;
  final TestClock clock;
  final UnitRef unit1;
  final UnitRef unit2;
  private int apprentices;

  ModerationFixture(Workspace ws, TestClock clock, Path dir) {
    this.ws = ws;
    this.clock = clock;
    unit1 = LearnerFixtures.approvedUnit(ws, dir.resolve("units"));
    unit2 =
        LearnerFixtures.importUnit(ws, dir.resolve("units"), LearnerFixtures.unit("HS-TEST-02", 1));
    TestApprovals.approve(ws.store(), unit2);
    LearnerFixtures.placementAndAssessor(ws);
    new AssessorService(ws).add("coordinator", YUSUF, "Yusuf Demir", true);
    new AssessorService(ws).add("coordinator", PER, "Per Ekdahl", false);
    new AssessorService(ws).add("coordinator", MARIA, "Maria Sjöberg", true);
    Moderators.designate(ws.store(), "coordinator", MARIA);
  }

  /** A new apprentice enrolled on {@code unit} with {@code assessor}. */
  Enrolment enrol(UnitRef unit, Code assessor) {
    apprentices++;
    Apprentice a = LearnerFixtures.apprentice(ws, "Deltagare", "Ek" + letters(apprentices));
    return new EnrolmentService(ws)
        .enrol(
            "coordinator",
            new NewEnrolment(
                a.id(),
                new UnitRef.Query(unit.code(), Optional.of(unit.version())),
                LearnerFixtures.PLACEMENT,
                assessor));
  }

  /** 1 = "a", 2 = "b" ... 27 = "aa": distinct names. */
  private static String letters(int n) {
    StringBuilder s = new StringBuilder();
    for (int i = n; i > 0; i = (i - 1) / 26) {
      s.insert(0, (char) ('a' + (i - 1) % 26));
    }
    return s.toString();
  }

  /** Evidence for every criterion, recorded by {@code recorder}, claimed met. */
  EvidenceItem evidence(Enrolment e, AssessmentMethod method, Code recorder) {
    return new EvidenceService(ws)
        .add(
            "coordinator",
            NewEvidence.builder()
                .enrolment(e.id())
                .date(LocalDate.of(2025, 2, 20))
                .method(method)
                .description("Tog emot kunder vid kassan och visade varor.")
                .criteria(CRITERIA)
                .recordedBy(recorder)
                .claim(Judgement.MET)
                .build());
  }

  /** {@code assessor} signs off every item of {@code e} waiting, as claimed. */
  void signOffEvidence(Enrolment e, Code assessor) {
    new EvidenceService(ws)
        .signOff(
            "coordinator",
            new EvidenceSignOff(
                List.of(), Optional.of(e.id()), assessor, Set.of(), Set.of(), true));
  }

  /** The unit signed off by the enrolment's assessor, a day later than the last. */
  Achievement signOffUnit(Enrolment e) {
    clock.advance(Duration.ofDays(1));
    return new EvidenceService(ws).signOffUnit("coordinator", e.id(), e.assessor());
  }

  /** An enrolment taken all the way to a signed-off unit by its assessor. */
  Enrolment achieved(UnitRef unit, Code assessor, AssessmentMethod method) {
    Enrolment e = enrol(unit, assessor);
    evidence(e, method, SUPERVISOR);
    signOffEvidence(e, assessor);
    signOffUnit(e);
    return e;
  }
}
