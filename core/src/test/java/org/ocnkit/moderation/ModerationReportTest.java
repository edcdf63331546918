package org.ocnkit.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.ocnkit.moderation.ModerationFixture.KARIN;
import static org.ocnkit.moderation.ModerationFixture.MARIA;
import static org.ocnkit.moderation.ModerationFixture.YUSUF;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Message;
import org.ocnkit.learner.Enrolment;
import org.ocnkit.store.Workspace;
import org.ocnkit.store.testing.Engine;
import org.ocnkit.store.testing.OnEveryEngine;
import org.ocnkit.store.testing.TestClock;
import org.ocnkit.store.testing.TestWorkspaces;
import org.ocnkit.unit.AssessmentMethod;

/** The moderation report, written and read back with Apache POI, in English and Swedish. */
class ModerationReportTest {
  @TempDir Path dir;

  @OnEveryEngine
  void theReportHoldsEveryPlanItemOutcomeAndTheCountsPerAssessorMethodAndUnit(Engine engine)
      throws Exception {
    TestClock clock = new TestClock();
    try (Workspace ws = TestWorkspaces.create(engine, dir.resolve("ws"), clock)) {
      ModerationFixture f = new ModerationFixture(ws, clock, dir);
      List<Enrolment> karins = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        karins.add(f.achieved(f.unit1, KARIN, AssessmentMethod.OBSERVATION));
      }
      Enrolment yusufs = f.achieved(f.unit2, YUSUF, AssessmentMethod.WITNESS_TESTIMONY);
      SamplePlan plan = ModerationPlans.draw(ws, "maria", PlanRequest.defaults());
      ModerationRecords.record(
          ws.store(),
          "maria",
          new NewOutcome(karins.get(0).id(), MARIA, Verdict.CONFIRM, "Underlaget räcker."));
      ModerationRecords.record(
          ws.store(),
          "maria",
          new NewOutcome(yusufs.id(), MARIA, Verdict.REJECT, "Vittnesintyget saknar datum."));
      String moderatedOn = clock.instant().toString().substring(0, 10);
      // Signed off after the plan: not yet in one.
      Enrolment late = f.achieved(f.unit1, YUSUF, AssessmentMethod.OBSERVATION);

      Path en = dir.resolve("moderation.xlsx");
      ModerationReport.Written written = ModerationReport.write(ws, en, Locale.ENGLISH);
      assertThat(written.plans()).isEqualTo(1);
      assertThat(written.signOffs()).isEqualTo(8);
      assertThat(written.outcomes()).isEqualTo(2);
      try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(en))) {
        assertThat(sheetNames(wb))
            .containsExactly("Plans", "Sample", "Outcomes", "By assessor", "By method", "By unit");
        List<List<String>> plans = rows(wb.getSheet("Plans"));
        assertThat(plans.get(0)).startsWith("Plan", "Period", "Seed");
        assertThat(plans.get(1))
            .startsWith("1", plan.period().toString(), Long.toString(plan.seed()), "no");
        assertThat(plans.get(1).get(6))
            .isEqualTo(
                "first 3 of a new assessor, 20 % of the rest,"
                    + " at least one per assessor, unit, method, site");

        List<List<String>> sample = rows(wb.getSheet("Sample"));
        assertThat(sample.get(0))
            .containsExactly(
                "Plan",
                "Enrolment",
                "Apprentice",
                "Unit",
                "Unit title",
                "Assessor",
                "Site",
                "Methods",
                "Signed off on",
                "Sampled",
                "Why",
                "Outcome",
                "Moderator",
                "Moderated on",
                "Comment");
        assertThat(sample).hasSize(1 + 7 + 1);
        assertThat(sample.get(1)).startsWith("1", karins.get(0).id().toString());
        assertThat(sample.get(1).subList(7, 15))
            .containsExactly(
                "Observation",
                plan.items().get(0).assessment().achievedOn().toString(),
                "yes",
                "new assessor: sign-off 1 of their first 3",
                "confirmed",
                "maria-sjoberg",
                moderatedOn,
                "Underlaget räcker.");
        assertThat(sample.get(7))
            .contains(yusufs.id().toString(), "rejected", "Vittnesintyget saknar datum.");
        assertThat(sample.get(8))
            .startsWith("", late.id().toString())
            .contains("not yet in a plan");
        long notSampled = sample.stream().filter(r -> r.get(9).equals("no")).count();
        assertThat(notSampled)
            .isEqualTo(plan.items().stream().filter(i -> !i.sampled()).count())
            .isPositive();
        Cell date = wb.getSheet("Sample").getRow(1).getCell(8);
        assertThat(date.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(DateUtil.isCellDateFormatted(date)).isTrue();

        assertThat(rows(wb.getSheet("Outcomes"))).hasSize(3);

        List<List<String>> assessors = rows(wb.getSheet("By assessor"));
        assertThat(assessors.get(0))
            .containsExactly(
                "Assessor",
                "Assessor's name",
                "New assessor",
                "Sign-offs",
                "In a plan",
                "Sampled",
                "Confirmed",
                "Rejected",
                "Awaiting moderation");
        // Karin: 6 sign-offs, all in the plan, her first three and one more sampled, one
        // confirmed, three awaiting; still new (only one of her first three confirmed).
        assertThat(assessors.get(1))
            .containsExactly("karin-lund", "Karin Lund", "yes", "6", "6", "4", "1", "0", "3");
        // Yusuf: the rejected sign-off and the late one.
        assertThat(assessors.get(2))
            .containsExactly("yusuf-demir", "Yusuf Demir", "yes", "2", "1", "1", "0", "1", "0");
        assertThat(rows(wb.getSheet("By method")))
            .extracting(r -> r.get(0))
            .containsExactly("Method", "Observation", "Witness testimony");
        assertThat(rows(wb.getSheet("By unit")))
            .extracting(r -> r.get(0) + " " + r.get(2))
            .containsExactly("Unit Sign-offs", "HS-TEST-01@1 7", "HS-TEST-02@1 1");
      }

      Path sv = dir.resolve("moderering.xlsx");
      ModerationReport.write(ws, sv, Message.SWEDISH);
      try (InputStream in = Files.newInputStream(sv);
          XSSFWorkbook wb = new XSSFWorkbook(in)) {
        assertThat(sheetNames(wb))
            .containsExactly(
                "Planer", "Urval", "Utfall", "Per bedömare", "Per metod", "Per kursenhet");
        List<List<String>> sample = rows(wb.getSheet("Urval"));
        assertThat(sample.get(0)).startsWith("Plan", "Inskrivning", "Deltagare", "Kursenhet");
        assertThat(sample.get(1))
            .contains("ja", "ny bedömare: bedömning 1 av de 3 första", "bekräftad");
        assertThat(sample.get(8)).contains("inte i någon plan än");
      }

      assertThat(
              catchThrowableOfType(
                      () -> ModerationReport.write(ws, sv, Locale.ENGLISH),
                      InvalidInputException.class)
                  .describe(Locale.ENGLISH))
          .contains("the file exists");
    }
  }

  private static List<String> sheetNames(XSSFWorkbook wb) {
    List<String> names = new ArrayList<>();
    wb.forEach(s -> names.add(s.getSheetName()));
    return names;
  }

  /** Every row as text: numbers without decimals, dates as ISO dates. */
  private static List<List<String>> rows(Sheet sheet) {
    List<List<String>> rows = new ArrayList<>();
    int width = sheet.getRow(0).getLastCellNum();
    for (Row row : sheet) {
      List<String> cells = new ArrayList<>();
      for (int c = 0; c < width; c++) {
        Cell cell = row.getCell(c);
        if (cell == null) {
          cells.add("");
        } else if (cell.getCellType() == CellType.NUMERIC) {
          cells.add(
              DateUtil.isCellDateFormatted(cell)
                  ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                  : String.valueOf((long) cell.getNumericCellValue()));
        } else {
          cells.add(cell.getStringCellValue());
        }
      }
      rows.add(cells);
    }
    return rows;
  }
}
