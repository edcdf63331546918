package org.ocnkit.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocnkit.InvalidInputException;
import org.ocnkit.evidence.testing.WorkbookFiller;
import org.ocnkit.learner.Apprentice;
import org.ocnkit.learner.Enrolment;
import org.ocnkit.learner.testing.LearnerFixtures;
import org.ocnkit.store.Workspace;
import org.ocnkit.store.testing.Engine;
import org.ocnkit.store.testing.OnEveryEngine;
import org.ocnkit.store.testing.TestWorkspaces;
import org.ocnkit.unit.CriterionId;
import org.ocnkit.unit.UnitRef;

class SupervisorWorkbookTest {
  @TempDir Path dir;

  private static final String SHEET = "Amina HS-TEST-01";

  private Enrolment amina(Workspace ws) {
    UnitRef unit = LearnerFixtures.approvedUnit(ws, dir.resolve("units"));
    LearnerFixtures.placementAndAssessor(ws);
    Apprentice a = LearnerFixtures.apprentice(ws, "Amina", "Hassan");
    Enrolment e = LearnerFixtures.enrol(ws, a, unit);
    LearnerFixtures.enrol(ws, LearnerFixtures.apprentice(ws, "Amina", "Åberg"), unit);
    return e;
  }

  @Test
  void theWorkbookIsSwedishWithLockedCriteriaListsAndHiddenIdentifiers() throws Exception {
    try (Workspace ws = TestWorkspaces.create(Engine.SQLITE, dir.resolve("ws"))) {
      amina(ws);
      Path out = dir.resolve("arbetsbok.xlsx");
      WrittenWorkbook written = SupervisorWorkbook.write(ws, LearnerFixtures.PLACEMENT, out);
      assertThat(written.sheets())
          .extracting(WrittenWorkbook.Sheet::name)
          .containsExactly(SHEET, "Amina HS-TEST-01 2");
      try (WorkbookFiller f = WorkbookFiller.open(out)) {
        XSSFWorkbook wb = f.workbook();
        assertThat(wb.getSheetName(0)).isEqualTo("Instruktioner");
        assertThat(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
            .isEqualTo("Arbetsbok för handledare: ICA Nära Testby");
        assertThat(wb.getSheetVisibility(wb.getSheetIndex("ocnkit")))
            .isEqualTo(SheetVisibility.VERY_HIDDEN);
        XSSFSheet sheet = wb.getSheet(SHEET);
        assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
            .isEqualTo("Amina Hassan: HS-TEST-01@1 Kundbemötande i butik");
        assertThat(sheet.getRow(3).getCell(3).getStringCellValue()).isEqualTo("Metod");
        assertThat(sheet.getRow(4).getCell(0).getStringCellValue()).isEqualTo("1.1");
        assertThat(sheet.getRow(4).getCell(1).getStringCellValue())
            .isEqualTo("Deltagaren kan hälsa på kunden.");
        assertThat(sheet.getRow(4).getCell(7).getStringCellValue()).isEqualTo("inget underlag");
        assertThat(sheet.getLastRowNum()).isEqualTo(8);
        assertThat(sheet.isColumnHidden(8)).isTrue();
        assertThat(sheet.getProtect()).isTrue();
        assertThat(sheet.getRow(4).getCell(1).getCellStyle().getLocked()).isTrue();
        assertThat(sheet.getRow(4).getCell(2).getCellStyle().getLocked()).isFalse();
        assertThat(sheet.getRow(4).getCell(6).getCellStyle().getLocked()).isFalse();
        List<? extends DataValidation> lists = sheet.getDataValidations();
        assertThat(lists)
            .extracting(
                v ->
                    String.join(
                        ",",
                        v.getValidationConstraint().getExplicitListValues() == null
                            ? List.of(v.getValidationConstraint().getFormula1())
                            : List.of(v.getValidationConstraint().getExplicitListValues())))
            .containsExactlyInAnyOrder(
                "Observation,Vittnesintyg", "Uppnått,Inte än", "ocnkit!$G$2:$G$3");
        assertThat(wb.getSheet("ocnkit").getRow(1).getCell(6).getStringCellValue())
            .isEqualTo("Åsa Öberg");
      }
      InvalidInputException exists =
          catchThrowableOfType(
              () -> SupervisorWorkbook.write(ws, LearnerFixtures.PLACEMENT, out),
              InvalidInputException.class);
      assertThat(exists.problems().get(0).message().key()).isEqualTo("workbook.exists");
    }
  }

  @OnEveryEngine
  void filledRowsComeBackAsClaimsOnceEvenWhenImportedTwice(Engine engine) throws Exception {
    try (Workspace ws = TestWorkspaces.create(engine, dir.resolve("ws"))) {
      Enrolment e = amina(ws);
      Path out = dir.resolve("arbetsbok.xlsx");
      SupervisorWorkbook.write(ws, LearnerFixtures.PLACEMENT, out);
      Path filled = dir.resolve("ifylld.xlsx");
      try (WorkbookFiller f = WorkbookFiller.open(out)) {
        f.fill(
                SHEET,
                "1.1",
                LocalDate.of(2025, 2, 20),
                "Observation",
                "Hälsade på kunderna vid frukthyllan, även när det var kö.",
                "Uppnått",
                "Åsa Öberg")
            .fill(
                SHEET,
                "1.2",
                "2025-02-24",
                "vittnesintyg",
                "Frågade en äldre kund vad hon sökte.",
                "inte än",
                "asa-oberg")
            .fill(
                SHEET,
                "2.1",
                "3/3/2025",
                "Observation",
                "Visade till mjölkhyllan.",
                "Uppnått",
                "Karin Lund")
            .save(filled);
      }
      WorkbookImport first =
          SupervisorWorkbook.importWorkbook(ws, "coordinator", filled, "ifylld.xlsx");
      assertThat(first.added())
          .extracting(r -> r.location() + " " + r.criterion() + " " + r.claim())
          .containsExactly(
              "'" + SHEET + "'!C5 1.1 MET",
              "'" + SHEET + "'!C6 1.2 NOT_YET",
              "'" + SHEET + "'!C7 2.1 MET");
      Map<CriterionId, CriterionStatus> status = EvidenceRecordsTest.statuses(ws, e);
      assertThat(status)
          .containsEntry(CriterionId.parse("1.1"), CriterionStatus.CLAIMED)
          .containsEntry(CriterionId.parse("1.2"), CriterionStatus.NOT_YET)
          .containsEntry(CriterionId.parse("2.1"), CriterionStatus.CLAIMED)
          .containsEntry(CriterionId.parse("2.2"), CriterionStatus.NO_EVIDENCE);
      List<EvidenceItem> items = EvidenceRecords.list(ws.store(), EvidenceFilter.of(e.id()));
      assertThat(items)
          .extracting(EvidenceItem::date)
          .containsExactly(
              LocalDate.of(2025, 2, 20), LocalDate.of(2025, 2, 24), LocalDate.of(2025, 3, 3));
      assertThat(items.get(2).recordedBy().role()).isEqualTo(Recorder.Role.ASSESSOR);
      assertThat(items).allMatch(i -> i.source() == EvidenceItem.Source.WORKBOOK);

      WorkbookImport second =
          SupervisorWorkbook.importWorkbook(ws, "coordinator", filled, "ifylld.xlsx");
      assertThat(second.added()).isEmpty();
      assertThat(second.unchanged())
          .extracting(WorkbookImport.Row::item)
          .containsExactlyElementsOf(first.added().stream().map(WorkbookImport.Row::item).toList());
      assertThat(EvidenceRecords.list(ws.store(), EvidenceFilter.all())).hasSize(3);
      assertThat(ws.verifyAudit().findings()).isEmpty();
    }
  }

  @OnEveryEngine
  void aRowDatedBeforeTheStartOrIn1999IsRefusedAtItsCellAndNothingIsImported(Engine engine)
      throws Exception {
    try (Workspace ws = TestWorkspaces.create(engine, dir.resolve("ws"))) {
      amina(ws);
      Path out = dir.resolve("arbetsbok.xlsx");
      SupervisorWorkbook.write(ws, LearnerFixtures.PLACEMENT, out);
      Path filled = dir.resolve("ifylld.xlsx");
      try (WorkbookFiller f = WorkbookFiller.open(out)) {
        // Amina starts 2025-01-13.
        f.fill(
                SHEET,
                "1.1",
                LocalDate.of(2025, 1, 13),
                "Observation",
                "H\u00e4lsade p\u00e5 kunderna vid frukthyllan.",
                "Uppn\u00e5tt",
                "\u00c5sa \u00d6berg")
            .fill(
                SHEET,
                "1.2",
                "2025-01-12",
                "Observation",
                "Fr\u00e5gade en kund vad hon s\u00f6kte.",
                "Uppn\u00e5tt",
                "asa-oberg")
            .fill(
                SHEET,
                "2.1",
                "1999-12-31",
                "Observation",
                "Visade till mj\u00f6lkhyllan.",
                "Uppn\u00e5tt",
                "asa-oberg")
            .save(filled);
      }
      InvalidInputException refused =
          catchThrowableOfType(
              () -> SupervisorWorkbook.importWorkbook(ws, "coordinator", filled, "ifylld.xlsx"),
              InvalidInputException.class);
      assertThat(refused.problems())
          .extracting(p -> p.location() + " " + p.message().key())
          .containsExactly(
              "'" + SHEET + "'!C6 evidence.beforeStart", "'" + SHEET + "'!C7 evidence.farPast");
      assertThat(refused.describe(Locale.ENGLISH))
          .contains(
              "2025-01-12",
              "rule: evidence is from the programme, not before its start",
              "1999-12-31",
              "rule: no evidence from the far past");
      assertThat(EvidenceRecords.list(ws.store(), EvidenceFilter.all())).isEmpty();
    }
  }
}
