package org.ocnkit.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.ocnkit.RefusedException;
import org.ocnkit.learner.Apprentice;
import org.ocnkit.learner.ApprenticeService;
import org.ocnkit.learner.BornAbroad;
import org.ocnkit.learner.Enrolment;
import org.ocnkit.learner.Gender;
import org.ocnkit.learner.NewApprentice;
import org.ocnkit.learner.PersonalIdentityNumber;
import org.ocnkit.learner.testing.LearnerFixtures;
import org.ocnkit.learner.testing.Tables;
import org.ocnkit.learner.testing.TestApprovals;
import org.ocnkit.store.Workspace;
import org.ocnkit.store.testing.Engine;
import org.ocnkit.store.testing.OnEveryEngine;
import org.ocnkit.store.testing.TestWorkspaces;
import org.ocnkit.unit.AssessmentMethod;
import org.ocnkit.unit.CriterionId;
import org.ocnkit.unit.UnitRef;

class ApprenticeErasureTest {
  private static final LocalDate BORN = LocalDate.of(1999, 4, 17);

  @TempDir Path dir;

  /** A valid personal identity number for {@link #BORN}, generated, never a literal. */
  private static String pin() {
    String nine = "990417" + "813";
    return "19"
        + nine.substring(0, 6)
        + "-"
        + nine.substring(6)
        + PersonalIdentityNumber.luhnCheckDigit(nine);
  }

  @OnEveryEngine
  void afterErasureNoPersonalDataRemainsAnywhereAndEverythingStillWorksById(Engine engine)
      throws Exception {
    try (Workspace ws = TestWorkspaces.create(engine, dir.resolve("ws"))) {
      UnitRef unit = LearnerFixtures.approvedUnit(ws, dir.resolve("units"));
      LearnerFixtures.placementAndAssessor(ws);
      Apprentice other = LearnerFixtures.apprentice(ws, "Amina", "Hassan");
      Apprentice zelmira =
          new ApprenticeService(ws)
              .add(
                  "coordinator",
                  new NewApprentice(
                      "Zelmira",
                      "Quistberg-Ödlund",
                      BORN,
                      Gender.NON_BINARY,
                      BornAbroad.YES,
                      "Lärling 2025",
                      LocalDate.of(2025, 1, 13),
                      Optional.empty(),
                      Optional.of(pin()),
                      Optional.of(true)));
      Enrolment e = LearnerFixtures.enrol(ws, zelmira, unit);
      LearnerFixtures.enrol(ws, other, unit);
      Path photo = Files.write(dir.resolve("zelmira_kassan.jpg"), new byte[] {1, 2, 3});
      EvidenceItem item =
          EvidenceRecords.add(
              ws,
              "coordinator",
              NewEvidence.builder()
                  .enrolment(e.id())
                  .date(LocalDate.of(2025, 2, 20))
                  .method(AssessmentMethod.OBSERVATION)
                  .description(
                      "ZELMIRA hälsade på kunderna; Quistberg-Ödlund frågade vad de sökte.")
                  .criteria(List.of(CriterionId.parse("1.1"), CriterionId.parse("1.2")))
                  .recordedBy(LearnerFixtures.SUPERVISOR)
                  .attachment(photo)
                  .build());
      EvidenceRecords.signOff(
          ws.store(),
          "karin",
          new EvidenceSignOff(
              List.of(item.id()),
              Optional.empty(),
              LearnerFixtures.ASSESSOR,
              Set.of(CriterionId.parse("1.1"), CriterionId.parse("1.2")),
              Set.of(),
              false));
      EvidenceRecords.add(
          ws,
          "coordinator",
          NewEvidence.builder()
              .date(LocalDate.of(2025, 2, 21))
              .method(AssessmentMethod.OBSERVATION)
              .description("Hälsade på kunderna vid kassan.")
              .criterion(CriterionId.parse("1.1"))
              .recordedBy(LearnerFixtures.SUPERVISOR)
              .supersedes(item.id(), "Zelmira var vid kassan, inte vid frukten.")
              .build());
      String pinHash =
          ws.store()
              .read(
                  tx ->
                      tx.queryOne(
                          "SELECT pin_hash FROM apprentice_identity WHERE apprentice_id = ?",
                          row -> row.getString(1),
                          zelmira.id().value()))
              .orElseThrow();
      String[] personal = {
        "Zelmira", "Quistberg", "Ödlund", "1999-04-17", "19990417", "990417", pinHash
      };
      assertThat(Tables.find(ws, personal)).as("before erasure").isNotEmpty();
      EnrolmentProgress before = ws.store().read(tx -> Progress.of(tx, e));

      ErasureReport report = ApprenticeErasure.erase(ws.store(), "coordinator", zelmira.id());

      assertThat(report.evidenceItemsRedacted()).isEqualTo(2);
      assertThat(report.attachmentsRenamed()).isEqualTo(1);
      assertThat(Tables.find(ws, personal)).as("after erasure").isEmpty();
      assertThat(Tables.find(ws, "Amina", "Hassan"))
          .as("another apprentice's data stays")
          .isNotEmpty();
      Apprentice erased = new ApprenticeService(ws).get(zelmira.id());
      assertThat(erased.erased()).isTrue();
      assertThat(erased.fullName()).isEmpty();
      assertThat(erased.birthDate()).isEmpty();
      assertThat(erased.personalNumberRecorded()).isFalse();
      assertThat(erased.gender()).isEqualTo(Gender.NON_BINARY);
      assertThat(erased.ageAtEntry()).isEqualTo(25);
      long disability =
          ws.store()
              .read(
                  tx ->
                      tx.queryLong(
                          "SELECT count(*) FROM apprentice_disability WHERE apprentice_id = ?"
                              + " AND disability IS NULL",
                          zelmira.id().value()));
      assertThat(disability).isEqualTo(1);

      List<EnrolmentProgress> after = Progress.of(ws.store(), Optional.of(zelmira.id()));
      assertThat(after)
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.apprenticeName()).isEmpty();
                assertThat(p.criteria()).isEqualTo(before.criteria());
              });
      List<EvidenceItem> items = EvidenceRecords.list(ws.store(), EvidenceFilter.of(e.id()));
      assertThat(items.get(0).description())
          .isEqualTo(
              "[namn raderat] hälsade på kunderna;" + " [namn raderat] frågade vad de sökte.");
      assertThat(items.get(0).signedOff()).isTrue();
      assertThat(items.get(1).supersedeReason())
          .contains("[namn raderat] var vid kassan, inte vid frukten.");
      assertThat(items.get(0).attachments().get(0).name()).matches("bilaga-\\d+\\.jpg");
      assertThat(ws.verifyAudit().findings()).isEmpty();

      assertThat(
              catchThrowableOfType(
                      () -> ApprenticeErasure.erase(ws.store(), "coordinator", zelmira.id()),
                      RefusedException.class)
                  .problems()
                  .get(0)
                  .message()
                  .key())
          .isEqualTo("apprentice.alreadyErased");
      UnitRef another =
          LearnerFixtures.importUnit(
              ws, dir.resolve("more"), LearnerFixtures.unit("HS-TEST-02", 1));
      TestApprovals.approve(ws.store(), another);
      assertThat(
              catchThrowableOfType(
                      () -> LearnerFixtures.enrol(ws, erased, another), RefusedException.class)
                  .problems()
                  .get(0)
                  .message()
                  .key())
          .isEqualTo("enrol.erased");
    }
  }
}
