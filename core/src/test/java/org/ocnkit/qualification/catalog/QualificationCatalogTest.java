package org.ocnkit.qualification.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Problem;
import org.ocnkit.learner.testing.TestApprovals;
import org.ocnkit.qualification.QualificationRef;
import org.ocnkit.store.AuditQuery;
import org.ocnkit.store.Workspace;
import org.ocnkit.store.testing.Engine;
import org.ocnkit.store.testing.OnEveryEngine;
import org.ocnkit.store.testing.TestWorkspaces;
import org.ocnkit.unit.UnitRef;
import org.ocnkit.unit.catalog.UnitCatalog;
import org.ocnkit.unit.catalog.UnitState;

class QualificationCatalogTest {
  @TempDir Path tmp;

  static Path courseUnits() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("course-units/qualifications"))) {
        return dir.resolve("course-units");
      }
    }
    throw new IllegalStateException("no course-units/ above the working folder");
  }

  /** The sample units imported, and all but AL-RATT-01 approved until far ahead. */
  static void sampleUnits(Workspace ws) {
    UnitCatalog.importUnits(ws.store(), "anna", List.of(courseUnits()));
    for (String code :
        List.of(
            "HS-KUND-01",
            "HS-KASSA-01",
            "HS-VARU-01",
            "AL-KOMM-01",
            "VO-HYG-01",
            "VO-MAT-01",
            "GN-PLANT-01",
            "GN-MASK-01",
            "IH-VERKT-01",
            "IH-TRA-01")) {
      TestApprovals.approve(ws.store(), UnitRef.of(code, 1), LocalDate.of(2030, 1, 1));
    }
  }

  @OnEveryEngine
  void importStoresDraftsOnceAndReportsWhatThePanelWouldBeTold(Engine engine) {
    try (Workspace ws = TestWorkspaces.create(engine, tmp.resolve("ws"))) {
      sampleUnits(ws);
      Path samples = courseUnits().resolve("qualifications");

      List<QualificationImport> first =
          QualificationCatalog.importQualifications(ws.store(), "anna", samples, List.of(samples));
      List<QualificationImport> again =
          QualificationCatalog.importQualifications(ws.store(), "anna", samples, List.of(samples));

      assertThat(first)
          .extracting(QualificationImport::outcome)
          .containsOnly(QualificationImport.Outcome.IMPORTED);
      assertThat(again)
          .extracting(QualificationImport::outcome)
          .containsOnly(QualificationImport.Outcome.UNCHANGED);
      // AL-RATT-01 is still a draft: the two qualifications that list it say so, the third not.
      assertThat(first)
          .filteredOn(i -> i.ref().code().value().equals("KVAL-GRON-HANT"))
          .singleElement()
          .satisfies(i -> assertThat(i.consistency()).isEmpty());
      assertThat(first)
          .filteredOn(i -> i.ref().code().value().equals("KVAL-HANDEL-2"))
          .singleElement()
          .satisfies(
              i ->
                  assertThat(i.consistency())
                      .extracting(p -> p.message().key())
                      .containsExactly("consistency.unitNotApproved"));
      List<QualificationSummary> list = ws.store().read(QualificationRecords::list);
      assertThat(list)
          .extracting(s -> s.ref().toString())
          .containsExactly("KVAL-GRON-HANT@1", "KVAL-HANDEL-2@1", "KVAL-OMSORG-INTRO@1");
      assertThat(list).extracting(QualificationSummary::state).containsOnly(UnitState.DRAFT);
      StoredQualification stored =
          ws.store()
              .read(tx -> QualificationRecords.find(tx, QualificationRef.parse("KVAL-HANDEL-2")))
              .orElseThrow();
      assertThat(stored.qualification().hash()).isEqualTo(list.get(1).hash());
      assertThat(ws.store().auditLog(AuditQuery.entity("qualification_version"))).hasSize(3);
      assertThat(ws.verifyAudit().intact()).isTrue();
    }
  }

  @OnEveryEngine
  void otherContentUnderAStoredVersionIsRefusedAndNothingIsWritten(Engine engine) throws Exception {
    try (Workspace ws = TestWorkspaces.create(engine, tmp.resolve("ws"))) {
      sampleUnits(ws);
      Path file = courseUnits().resolve("qualifications/kval-omsorg-intro.xml");
      QualificationCatalog.importQualifications(ws.store(), "anna", tmp, List.of(file));
      Path changed = tmp.resolve("changed.xml");
      Files.writeString(
          changed, Files.readString(file).replace("<totalCredits>7<", "<totalCredits>8<"));

      assertThatThrownBy(
              () ->
                  QualificationCatalog.importQualifications(
                      ws.store(), "anna", tmp, List.of(changed)))
          .isInstanceOf(InvalidInputException.class)
          .satisfies(
              e ->
                  assertThat(((InvalidInputException) e).problems())
                      .extracting(p -> p.message().key())
                      .containsExactly("import.versionTaken"));
      assertThat(ws.store().read(QualificationRecords::list)).hasSize(1);
    }
  }

  @OnEveryEngine
  void consistencyFindsRulesThatCanNeverBeMetAndLevelsAboveTheUnits(Engine engine)
      throws Exception {
    try (Workspace ws = TestWorkspaces.create(engine, tmp.resolve("ws"))) {
      sampleUnits(ws);
      String text =
          Files.readString(courseUnits().resolve("qualifications/kval-gron-hantverk.xml"))
              .replace("<totalCredits>9<", "<totalCredits>30<")
              .replace("<level>2</level>", "<level>5</level>")
              .replace("<levelCredits level=\"3\"", "<levelCredits level=\"6\"")
              .replace(
                  "<unit code=\"AL-KOMM-01\" versions=\"1-\"/>",
                  "<unit code=\"AL-KOMM-01\" versions=\"2-\"/>");
      Path file = tmp.resolve("q.xml");
      Files.writeString(file, text);
      var q = org.ocnkit.qualification.QualificationFiles.read(file);

      List<Problem> notStored =
          ws.store().read(tx -> QualificationRecords.consistency(tx, q, "q.xml"));
      assertThat(notStored)
          .extracting(p -> p.message().key())
          .containsExactly("consistency.unitNotStored");

      Files.writeString(file, text.replace("versions=\"2-\"", "versions=\"1\""));
      var q2 = org.ocnkit.qualification.QualificationFiles.read(file);
      List<Problem> problems =
          ws.store().read(tx -> QualificationRecords.consistency(tx, q2, "q.xml"));
      assertThat(problems)
          .extracting(p -> p.message().key())
          .containsExactly(
              "consistency.levelAboveUnits",
              "consistency.awardAboveUnits",
              "consistency.neverMet",
              "consistency.neverMet");
      assertThat(problems.get(2).describe(java.util.Locale.ENGLISH))
          .contains("At least 30 credits in total can never be met")
          .contains("still 18 more credits in total");
      assertThat(problems.get(2).describe(org.ocnkit.Message.SWEDISH))
          .contains("Minst 30 poäng totalt kan aldrig uppfyllas");
      assertThat(Optional.of(problems.get(0).location())).hasValue("q.xml");
    }
  }
}
