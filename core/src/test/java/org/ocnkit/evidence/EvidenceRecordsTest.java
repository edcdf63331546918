package org.ocnkit.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocnkit.InvalidInputException;
import org.ocnkit.OcnkitException;
import org.ocnkit.RefusedException;
import org.ocnkit.learner.Apprentice;
import org.ocnkit.learner.AssessorService;
import org.ocnkit.learner.Code;
import org.ocnkit.learner.Enrolment;
import org.ocnkit.learner.testing.LearnerFixtures;
import org.ocnkit.store.AuditEvent;
import org.ocnkit.store.AuditQuery;
import org.ocnkit.store.Workspace;
import org.ocnkit.store.testing.Engine;
import org.ocnkit.store.testing.OnEveryEngine;
import org.ocnkit.store.testing.TestClock;
import org.ocnkit.store.testing.TestWorkspaces;
import org.ocnkit.unit.AssessmentMethod;
import org.ocnkit.unit.CriterionId;

class EvidenceRecordsTest {
  static final CriterionId C11 = CriterionId.parse("1.1");
  static final CriterionId C12 = CriterionId.parse("1.2");
  static final CriterionId C21 = CriterionId.parse("2.1");
  static final CriterionId C22 = CriterionId.parse("2.2");
  static final CriterionId C31 = CriterionId.parse("3.1");

  @TempDir Path dir;

  /** A workspace with Amina enrolled (E1) on the approved fixture unit. */
  static Enrolment setUp(Workspace ws, Path dir) {
    var unit = LearnerFixtures.approvedUnit(ws, dir.resolve("units"));
    LearnerFixtures.placementAndAssessor(ws);
    Apprentice amina = LearnerFixtures.apprentice(ws, "Amina", "Hassan");
    return LearnerFixtures.enrol(ws, amina, unit);
  }

  static NewEvidence.Builder observed(Enrolment e, CriterionId... criteria) {
    return NewEvidence.builder()
        .enrolment(e.id())
        .date(LocalDate.of(2025, 2, 20))
        .method(AssessmentMethod.OBSERVATION)
        .description("Hälsade på tre kunder vid frukthyllan och frågade vad de sökte.")
        .criteria(List.of(criteria))
        .recordedBy(LearnerFixtures.SUPERVISOR);
  }

  static Map<CriterionId, CriterionStatus> statuses(Workspace ws, Enrolment e) {
    return ws.store().read(tx -> Progress.of(tx, e)).criteria().stream()
        .collect(Collectors.toMap(CriterionProgress::id, CriterionProgress::status));
  }

  static EvidenceSignOff signOff(
      EvidenceItemId item, Set<CriterionId> met, Set<CriterionId> notYet, boolean asClaimed) {
    return new EvidenceSignOff(
        List.of(item), Optional.empty(), LearnerFixtures.ASSESSOR, met, notYet, asClaimed);
  }

  @OnEveryEngine
  void aSignOffJustAfterMidnightInStockholmCountsOnTheEvidenceDayInTheWorkspaceZone(Engine engine) {
    LocalDate day = LocalDate.of(2025, 3, 4);
    // 00:30 on 4 March in Stockholm, still 3 March in UTC.
    java.time.Instant halfPastMidnight = java.time.Instant.parse("2025-03-03T23:30:00Z");
    TestClock clock = new TestClock();
    Path wsDir = dir.resolve("ws");
    EvidenceItem second;
    try (Workspace ws = TestWorkspaces.create(engine, wsDir, clock)) {
      Enrolment e = setUp(ws, dir);
      clock.set(halfPastMidnight);
      EvidenceItem first =
          EvidenceRecords.add(ws, "coordinator", observed(e, C11).date(day).build());
      second = EvidenceRecords.add(ws, "coordinator", observed(e, C12).date(day).build());
      List<EvidenceItem> signed =
          EvidenceRecords.signOff(
              ws.store(), "karin", signOff(first.id(), Set.of(C11), Set.of(), false));
      assertThat(signed.get(0).signOff().orElseThrow().at()).isEqualTo(halfPastMidnight);
    }
    // The same workspace under a clock in UTC ten minutes later: it is still 3 March there, the
    // day before the item's date, so the sign-off would be dated before the evidence.
    TestClock utc = new TestClock(halfPastMidnight.plusSeconds(600), java.time.ZoneOffset.UTC);
    try (Workspace ws = TestWorkspaces.open(wsDir, utc)) {
      EvidenceItemId id = second.id();
      InvalidInputException early =
          catchThrowableOfType(
              () ->
                  EvidenceRecords.signOff(
                      ws.store(), "karin", signOff(id, Set.of(C12), Set.of(), false)),
              InvalidInputException.class);
      assertThat(early.problems())
          .extracting(p -> p.message().key())
          .containsExactly("signOff.beforeEvidence");
      assertThat(early.describe(Locale.ENGLISH))
          .contains(
              id.toString(),
              "2025-03-04",
              "2025-03-03",
              "rule: evidence is signed off on its date or later");
      assertThat(early.describe(org.ocnkit.Message.SWEDISH))
          .contains("regel: ett underlag signeras tidigast samma dag");
      assertThat(ws.store().read(tx -> EvidenceRecords.find(tx, id)).orElseThrow().signedOff())
          .as("nothing written")
          .isFalse();
    }
  }

  @OnEveryEngine
  void aClaimWaitsForTheAssessorAndASignedOffItemIsLocked(Engine engine) throws Exception {
    try (Workspace ws = TestWorkspaces.create(engine, dir.resolve("ws"))) {
      Enrolment e = setUp(ws, dir);
      EvidenceItem item =
          EvidenceRecords.add(
              ws, "coordinator", observed(e, C11, C12).claim(Judgement.MET).build());
      assertThat(item.id()).isEqualTo(new EvidenceItemId(1));
      assertThat(item.recordedBy())
          .isEqualTo(
              new Recorder(Recorder.Role.SUPERVISOR, LearnerFixtures.SUPERVISOR, "Åsa Öberg"));
      assertThat(item.criteria())
          .extracting(CoveredCriterion::claim)
          .containsOnly(Optional.of(Judgement.MET));
      assertThat(statuses(ws, e))
          .containsEntry(C11, CriterionStatus.CLAIMED)
          .containsEntry(C12, CriterionStatus.CLAIMED)
          .containsEntry(C21, CriterionStatus.NO_EVIDENCE);

      List<EvidenceItem> signed =
          EvidenceRecords.signOff(
              ws.store(), "karin", signOff(item.id(), Set.of(), Set.of(C12), true));
      assertThat(signed)
          .singleElement()
          .satisfies(
              s -> {
                assertThat(s.signOff()).map(SignOff::assessor).contains(LearnerFixtures.ASSESSOR);
                assertThat(s.criteria())
                    .extracting(CoveredCriterion::judgement)
                    .containsExactly(Optional.of(Judgement.MET), Optional.of(Judgement.NOT_YET));
              });
      assertThat(statuses(ws, e))
          .containsEntry(C11, CriterionStatus.MET)
          .containsEntry(C12, CriterionStatus.NOT_YET);

      String digest = lastDigest(ws, "evidence_item:1");
      RefusedException again =
          catchThrowableOfType(
              () ->
                  EvidenceRecords.signOff(
                      ws.store(), "karin", signOff(item.id(), Set.of(C11, C12), Set.of(), false)),
              RefusedException.class);
      assertThat(again.problems().get(0).message().key()).isEqualTo("signOff.locked");
      assertThat(again.describe(Locale.ENGLISH)).contains("--supersedes EV1");
      assertThat(lastDigest(ws, "evidence_item:1")).isEqualTo(digest);
      EvidenceItem stored = ws.store().read(tx -> EvidenceRecords.require(tx, item.id()));
      assertThat(stored).isEqualTo(signed.get(0));
    }
  }

  @OnEveryEngine
  void aCorrectionSupersedesALockedItemAndShowsInTheAuditLog(Engine engine) {
    try (Workspace ws = TestWorkspaces.create(engine, dir.resolve("ws"))) {
      Enrolment e = setUp(ws, dir);
      EvidenceItem first =
          EvidenceRecords.add(ws, "coordinator", observed(e, C11).claim(Judgement.MET).build());
      EvidenceRecords.signOff(
          ws.store(), "karin", signOff(first.id(), Set.of(C11), Set.of(), false));
      EvidenceItem correction =
          EvidenceRecords.add(
              ws,
              "coordinator",
              NewEvidence.builder()
                  .date(LocalDate.of(2025, 2, 21))
                  .method(AssessmentMethod.WITNESS_TESTIMONY)
                  .description(
                      "Kollegan Per intygar att hälsningen var på kassan, inte vid frukten.")
                  .criterion(C11)
                  .recordedBy(LearnerFixtures.SUPERVISOR)
                  .supersedes(first.id(), "Fel plats angiven i första underlaget.")
                  .build());
      assertThat(correction.enrolment()).isEqualTo(e.id());
      assertThat(correction.supersedes()).contains(first.id());
      List<EvidenceItem> all = EvidenceRecords.list(ws.store(), EvidenceFilter.of(e.id()));
      assertThat(all).extracting(EvidenceItem::id).containsExactly(first.id(), correction.id());
      assertThat(all.get(0).supersededBy()).contains(correction.id());
      assertThat(all.get(0).signedOff()).isTrue();
      assertThat(statuses(ws, e)).containsEntry(C11, CriterionStatus.CLAIMED);
      assertThat(ws.store().auditLog(AuditQuery.entity("evidence_item:2")))
          .extracting(AuditEvent::action)
          .containsExactly(EvidenceRecords.ACTION_SUPERSEDE);

      RefusedException twice =
          catchThrowableOfType(
              () ->
                  EvidenceRecords.add(
                      ws, "coordinator", observed(e, C11).supersedes(first.id(), "igen").build()),
              RefusedException.class);
      assertThat(twice.describe(Locale.ENGLISH))
          .isEqualTo("EV1 was already corrected by EV2: correct EV2 instead.");
      RefusedException superseded =
          catchThrowableOfType(
              () ->
                  EvidenceRecords.signOff(
                      ws.store(), "karin", signOff(first.id(), Set.of(C11), Set.of(), false)),
              RefusedException.class);
      assertThat(superseded.problems().get(0).message().key())
          .isIn("signOff.locked", "signOff.superseded");
      assertThat(ws.verifyAudit().findings()).isEmpty();
    }
  }

  @Test
  void everyProblemOfAnItemIsReported() {
    try (Workspace ws = TestWorkspaces.create(Engine.SQLITE, dir.resolve("ws"))) {
      Enrolment e = setUp(ws, dir);
      NewEvidence bad =
          NewEvidence.builder()
              .enrolment(e.id())
              .date(LocalDate.of(2025, 3, 4))
              .method(AssessmentMethod.PHOTO)
              .description("  ")
              .criteria(List.of(C11, CriterionId.parse("9.9")))
              .recordedBy(new Code("nobody"))
              .build();
      InvalidInputException ex =
          catchThrowableOfType(
              () -> EvidenceRecords.add(ws, "coordinator", bad), InvalidInputException.class);
      assertThat(ex.problems())
          .extracting(p -> p.message().key())
          .containsExactly(
              "evidence.future",
              "evidence.method",
              "evidence.unknownCriterion",
              "evidence.noDescription",
              "recorder.unknown");
      assertThat(ex.describe(Locale.ENGLISH))
          .contains(
              "use one of observation, " + "witness-testimony",
              "criteria are 1.1, 1.2, 2.1, 2.2, 3.1");
      InvalidInputException noReason =
          catchThrowableOfType(
              () ->
                  EvidenceRecords.add(
                      ws,
                      "coordinator",
                      observed(e, C11).supersedes(new EvidenceItemId(99), " ").build()),
              InvalidInputException.class);
      assertThat(noReason.describe(Locale.ENGLISH)).contains("no evidence item EV99");
      assertThat(EvidenceRecords.list(ws.store(), EvidenceFilter.all())).isEmpty();
    }
  }

  @Test
  void onlyAQualifiedAssessorJudgesAndEveryCriterionNeedsAJudgement() {
    try (Workspace ws = TestWorkspaces.create(Engine.SQLITE, dir.resolve("ws"))) {
      Enrolment e = setUp(ws, dir);
      new AssessorService(ws).add("coordinator", new Code("per-trainee"), "Per Lärling", false);
      EvidenceItem item = EvidenceRecords.add(ws, "coordinator", observed(e, C11, C12).build());
      assertThat(
              catchThrowableOfType(
                      () ->
                          EvidenceRecords.signOff(
                              ws.store(),
                              "per",
                              new EvidenceSignOff(
                                  List.of(item.id()),
                                  Optional.empty(),
                                  new Code("per-trainee"),
                                  Set.of(C11, C12),
                                  Set.of(),
                                  false)),
                      RefusedException.class)
                  .problems()
                  .get(0)
                  .message()
                  .key())
          .isEqualTo("assessor.notQualified");
      InvalidInputException unjudged =
          catchThrowableOfType(
              () ->
                  EvidenceRecords.signOff(
                      ws.store(), "karin", signOff(item.id(), Set.of(C11, C31), Set.of(), true)),
              InvalidInputException.class);
      assertThat(unjudged.problems())
          .extracting(p -> p.message().key())
          .containsExactly("signOff.unjudged", "signOff.notCovered");
      assertThat(EvidenceRecords.list(ws.store(), EvidenceFilter.all()).get(0).signedOff())
          .isFalse();
    }
  }

  @OnEveryEngine
  void aUnitIsAchievedOnlyWhenEveryCriterionIsMetBySignedOffEvidence(Engine engine) {
    TestClock clock = new TestClock();
    try (Workspace ws = TestWorkspaces.create(engine, dir.resolve("ws"), clock)) {
      Enrolment e = setUp(ws, dir);
      EvidenceItem a =
          EvidenceRecords.add(
              ws, "coordinator", observed(e, C11, C12, C21).claim(Judgement.MET).build());
      EvidenceRecords.signOff(ws.store(), "karin", signOff(a.id(), Set.of(), Set.of(), true));
      EvidenceRecords.add(ws, "coordinator", observed(e, C22).claim(Judgement.MET).build());
      RefusedException refused =
          catchThrowableOfType(
              () -> Achievements.signOff(ws.store(), "karin", e.id(), LearnerFixtures.ASSESSOR),
              RefusedException.class);
      assertThat(refused.describe(Locale.ENGLISH))
          .isEqualTo(
              String.join(
                  "\n",
                  "E1 (HS-TEST-01@1) cannot be signed off as achieved: 2 of its 5 criteria are not met"
                      + " by signed-off evidence:",
                  "2.2 recorded, awaiting the assessor's sign-off: Deltagaren kan berätta om två varor.",
                  "3.1 no evidence: Deltagaren kan tacka kunden."));
      assertThat(refused.describe(org.ocnkit.Message.SWEDISH)).contains("3.1 inget underlag");

      EvidenceItem b =
          EvidenceRecords.add(
              ws,
              "coordinator",
              NewEvidence.builder()
                  .enrolment(e.id())
                  .date(LocalDate.of(2025, 2, 25))
                  .method(AssessmentMethod.WITNESS_TESTIMONY)
                  .description("Tackade varje kund.")
                  .criterion(C31)
                  .recordedBy(LearnerFixtures.ASSESSOR)
                  .build());
      EvidenceRecords.signOff(
          ws.store(),
          "karin",
          new EvidenceSignOff(
              List.of(),
              Optional.of(e.id()),
              LearnerFixtures.ASSESSOR,
              Set.of(C31),
              Set.of(),
              true));
      assertThat(EvidenceRecords.list(ws.store(), EvidenceFilter.of(e.id())))
          .allMatch(EvidenceItem::signedOff);
      assertThat(b.recordedBy().role()).isEqualTo(Recorder.Role.ASSESSOR);

      clock.advance(java.time.Period.ofDays(2));
      Achievement achievement =
          Achievements.signOff(ws.store(), "karin", e.id(), LearnerFixtures.ASSESSOR);
      assertThat(achievement.achievedOn()).isEqualTo(LocalDate.of(2025, 3, 5));
      assertThat(achievement.assessor()).isEqualTo(LearnerFixtures.ASSESSOR);
      assertThat(achievement.assessorName()).isEqualTo("Karin Lund");
      assertThat(achievement.unitHash()).isEqualTo(e.unitHash());
      assertThat(Achievements.ofApprentice(ws.store(), e.apprentice()))
          .containsExactly(achievement);
      EnrolmentProgress done = ws.store().read(tx -> Progress.of(tx, e));
      assertThat(done.share()).isEqualByComparingTo("1.00");

      OcnkitException closed =
          catchThrowableOfType(
              () -> EvidenceRecords.add(ws, "coordinator", observed(e, C11).build()),
              RefusedException.class);
      assertThat(closed.problems().get(0).message().key()).isEqualTo("enrolment.achieved");
      assertThat(
              catchThrowableOfType(
                  () -> Achievements.signOff(ws.store(), "karin", e.id(), LearnerFixtures.ASSESSOR),
                  RefusedException.class))
          .isNotNull();
    }
  }

  @Test
  void attachmentsAreStoredByContentUnderTheSizeLimit() throws Exception {
    Path wsDir = dir.resolve("ws");
    TestWorkspaces.create(Engine.SQLITE, wsDir).close();
    Path properties = wsDir.resolve(Workspace.PROPERTIES);
    Files.writeString(
        properties,
        Files.readString(properties)
            .replace("evidence.maxAttachmentMb=50", "evidence.maxAttachmentMb=1"));
    try (Workspace ws = TestWorkspaces.open(wsDir, new TestClock())) {
      Enrolment e = setUp(ws, dir);
      Path photo =
          Files.write(
              dir.resolve("hylla.jpg"),
              new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 1, 2, 3});
      Path big = Files.write(dir.resolve("film.mp4"), new byte[1024 * 1024 + 1]);
      InvalidInputException tooLarge =
          catchThrowableOfType(
              () ->
                  EvidenceRecords.add(
                      ws,
                      "coordinator",
                      observed(e, C21).attachment(photo).attachment(big).build()),
              InvalidInputException.class);
      assertThat(tooLarge.problems())
          .singleElement()
          .satisfies(p -> assertThat(p.location()).endsWith("film.mp4"));
      EvidenceItem item =
          EvidenceRecords.add(ws, "coordinator", observed(e, C21).attachment(photo).build());
      assertThat(item.attachments())
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.name()).isEqualTo("hylla.jpg");
                assertThat(f.sizeBytes()).isEqualTo(6);
                assertThat(ws.attachments().contains(f.sha256())).isTrue();
              });
      assertThat(ws.verifyAudit().findings()).isEmpty();
    }
  }

  private static String lastDigest(Workspace ws, String entity) {
    List<AuditEvent> events = ws.store().auditLog(AuditQuery.entity(entity));
    return events.get(events.size() - 1).digest();
  }
}
