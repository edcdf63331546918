package org.ocnkit.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocnkit.cli.CliRun;
import org.ocnkit.cli.Coordinator;
import org.ocnkit.pdf.PdfContents;

/**
 * {@code ocn apprentice outcome}, {@code ocn report indicators|progress} and {@code ocn portfolio}
 * in-process, as a coordinator types them: six apprentices who ended in June, three of them with
 * the unit achieved; outcomes recorded and corrected; the workbooks read back with POI and the
 * portfolio parsed back with PDFBox.
 */
class ReportCommandsTest {
  static final String NOW = "2026-09-15T09:00:00Z";

  /** first;last;birth;gender;born abroad: the roster, and the truth the tests count from. */
  static final List<String> ROSTER =
      List.of(
          "Amina;Hassan;1998-06-14;kvinna;ja",
          "Johan;Lindqvist;1979-11-03;man;nej",
          "Sara;Nilsson;2004-01-30;kvinna;nej",
          "Ahmad;Karimi;1990-09-02;man;ja",
          "Elin;Berg;2001-05-22;kvinna;nej",
          // 29 at the start on 2026-01-12, 30 before the end: stays in 18-29.
          "Tiina;Korhonen;1996-03-01;kvinna;ja");

  static final LocalDate START = LocalDate.of(2026, 1, 12);

  @TempDir Path dir;
  Coordinator coordinator;
  Path ws;

  CliRun ok(String... args) {
    return coordinator.ok(args);
  }

  CliRun fails(int code, String... args) {
    return coordinator.fails(code, args);
  }

  @BeforeEach
  void sixApprenticesWhoEndedInJune() {
    coordinator = new Coordinator(dir, NOW, "Lena Holm").approvedUnitAndPlacement();
    ws = coordinator.ws;
    coordinator.roster(
        ROSTER.stream().map(p -> p + ";Lärling 2026;" + START + ";2026-06-30").toList());
    for (int i = 1; i <= 3; i++) {
      coordinator
          .enrol("A" + i)
          .signOff("E" + i, "2026-05-20", "Tog emot kunder och visade varor.");
    }
  }

  @Test
  void outcomesAreRecordedCorrectedWithAReasonAndShownWithTheirHistory() {
    assertThat(ok("apprentice", "outcome", "A1").out).contains("No outcomes recorded for A1");
    assertThat(
            ok(
                    "apprentice",
                    "outcome",
                    "A1",
                    "--at",
                    "exit",
                    "--status",
                    "job-seeking",
                    "--date",
                    "2026-06-30")
                .out)
        .contains("Recorded for A1: at exit, Job-seeking, observed 2026-06-30.");
    // Swedish words are accepted as well as the codes.
    ok("apprentice", "outcome", "A2", "--at", "exit", "--status", "arbete");

    CliRun again = fails(1, "apprentice", "outcome", "A1", "--at", "exit", "--status", "work");
    assertThat(again.err).contains("A1 already has an outcome at exit", "--reason");
    assertThat(
            ok(
                    "apprentice",
                    "outcome",
                    "A1",
                    "--at",
                    "exit",
                    "--status",
                    "work",
                    "--date",
                    "2026-06-30",
                    "--reason",
                    "Arbetsgivaren bekräftade anställning")
                .out)
        .contains("Corrected for A1");
    CliRun history = ok("apprentice", "outcome", "A1", "--json");
    assertThat(history.out)
        .contains(
            "\"status\": \"job-seeking\"",
            "\"current\": false",
            "\"status\": \"work\"",
            "\"reason\": \"Arbetsgivaren bekräftade anställning\"",
            "\"current\": true");
    assertThat(ok("--lang", "sv", "apprentice", "outcome", "A1").out)
        .contains("rättat senare", "rättelse: Arbetsgivaren bekräftade anställning");
  }

  @Test
  void badOutcomesAreRefusedWithTheRuleAndNothingIsRecorded() {
    assertThat(fails(2, "apprentice", "outcome", "A1", "--at", "exit").err)
        .contains("Give both --at and --status");
    assertThat(fails(2, "apprentice", "outcome", "A1", "--at", "exit", "--status", "vacation").err)
        .contains("'vacation' is not one of work, studies, job-seeking, other");
    assertThat(fails(3, "apprentice", "outcome", "A1", "--at", "2w", "--status", "work").err)
        .contains("2w", "exit, 28d, 90d, 6m");
    assertThat(
            fails(
                    3,
                    "apprentice",
                    "outcome",
                    "A1",
                    "--at",
                    "exit",
                    "--status",
                    "work",
                    "--date",
                    "2026-12-01")
                .err)
        .contains("2026-12-01");
    assertThat(
            fails(3, "apprentice", "outcome", "A99", "--at", "exit", "--status", "work").exitCode)
        .isEqualTo(3);
    assertThat(ok("apprentice", "outcome", "A1", "--json").out.strip()).isEqualTo("[]");
  }

  @Test
  void theIndicatorsAsJsonCountEveryoneWhenNothingIsSuppressed() throws IOException {
    Path properties = ws.resolve("ocnkit.properties");
    Files.writeString(
        properties,
        Files.readString(properties).replace("report.suppressBelow=5", "report.suppressBelow=1"));
    ok("apprentice", "outcome", "A1", "--at", "exit", "--status", "work");
    ok("apprentice", "outcome", "A4", "--at", "exit", "--status", "work");
    ok("apprentice", "outcome", "A5", "--at", "exit", "--status", "studies");

    String json =
        ok("report", "indicators", "--from", "2026-01-01", "--to", "2026-12-31", "--json").out;
    long women = ROSTER.stream().filter(p -> p.split(";")[3].equals("kvinna")).count();
    long band1829 =
        ROSTER.stream()
            .filter(
                p -> {
                  int age = Period.between(LocalDate.parse(p.split(";")[2]), START).getYears();
                  return age >= 18 && age <= 29;
                })
            .count();
    assertThat(figure(json, "participants", "total/total", "started/total")).isEqualTo("6");
    assertThat(figure(json, "participants", "total/total", "ended/total")).isEqualTo("6");
    assertThat(figure(json, "participants", "woman/total", "started/total"))
        .isEqualTo(Long.toString(women));
    assertThat(figure(json, "participants", "total/18-29", "started/total"))
        .isEqualTo(Long.toString(band1829));
    assertThat(figure(json, "results", "total", "units")).isEqualTo("3");
    // Nobody here holds a certificate of any kind, and the catalogue holds no qualification.
    assertThat(figure(json, "results", "total", "certified")).isEqualTo("0");
    assertThat(figure(json, "results", "total", "qualified")).isEqualTo("0");
    assertThat(json).contains("\"qualifications\": []");
    assertThat(figure(json, "outcomes-exit", "work", "total")).isEqualTo("2");
    assertThat(figure(json, "outcomes-exit", "studies", "woman")).isEqualTo("1");
    assertThat(figure(json, "outcomes-exit", "not-recorded", "total")).isEqualTo("3");
    assertThat(json).doesNotContain("\"<");
  }

  @Test
  void theIndicatorWorkbookShowsSmallCountsAsBelowFive() throws Exception {
    ok("apprentice", "outcome", "A1", "--at", "exit", "--status", "work");
    Path out = dir.resolve("indikatorer.xlsx");
    CliRun run =
        ok(
            "report",
            "indicators",
            "--from",
            "2026-01-01",
            "--to",
            "2026-12-31",
            "--out",
            out.toString());
    assertThat(run.out)
        .contains("Wrote the indicators to " + out, "Counts from 1 to 4 are shown as <5");
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
      assertThat(sheetNames(wb))
          .containsExactly("Participants", "Results", "Outcomes", "Chart", "About");
      List<String> shown = new ArrayList<>();
      for (String name : List.of("Participants", "Results", "Outcomes")) {
        for (Row row : wb.getSheet(name)) {
          for (Cell cell : row) {
            assertThat(cell.getCellType()).isNotEqualTo(CellType.ERROR);
            if (cell.getCellType() == CellType.NUMERIC) {
              double v = cell.getNumericCellValue();
              assertThat(v >= 1 && v <= 4)
                  .as(name + " " + cell.getAddress() + " shows " + v)
                  .isFalse();
            } else if (cell.getCellType() == CellType.STRING) {
              shown.add(cell.getStringCellValue());
            }
          }
        }
      }
      assertThat(shown).contains("<5");
    }
    assertThat(ok("--lang", "sv", "report", "indicators", "--json").out)
        .contains("\"suppressBelow\": 5", "\"<5\"");
  }

  @Test
  void indicatorsNeedAPlaceToGoAndAPeriodThatRunsForward() {
    assertThat(fails(2, "report", "indicators").err).contains("--out F.xlsx", "--json");
    Path out = dir.resolve("bakvänd.xlsx");
    assertThat(
            fails(
                    3,
                    "report",
                    "indicators",
                    "--from",
                    "2026-12-31",
                    "--to",
                    "2026-01-01",
                    "--out",
                    out.toString())
                .err)
        .contains("2026-12-31", "2026-01-01");
    assertThat(out).doesNotExist();
  }

  @Test
  void theProgressWorkbookUsesIdsUnlessNamesAreAskedFor() throws Exception {
    Path plain = dir.resolve("framsteg.xlsx");
    CliRun run = ok("report", "progress", "--out", plain.toString());
    assertThat(run.out)
        .contains(
            "Wrote the progress of 6 apprentices on 3 enrolments over 1" + " unit versions",
            "by their id only");
    assertThat(cells(plain)).contains("A1", "A6").noneMatch(c -> c.contains("Amina"));
    Path named = dir.resolve("framsteg-namn.xlsx");
    ok("report", "progress", "--out", named.toString(), "--names");
    assertThat(String.join("\n", cells(named))).contains("Amina Hassan", "Tiina Korhonen");
  }

  @Test
  void thePortfolioListsTheAchievedUnitAndIsRefusedForSomeoneWithNone() throws Exception {
    Path pdf = dir.resolve("meritportfolj-A2.pdf");
    CliRun run = ok("portfolio", "A2", "--out", pdf.toString(), "--json");
    assertThat(run.out).contains("\"units\": [", "\"HS-TEST-01@1\"", "\"certificates\": []");
    String text = PdfContents.read("portfolio", Files.readAllBytes(pdf)).text();
    assertThat(text).contains("Meritportfölj", "Johan Lindqvist", "HS-TEST-01");

    Path none = dir.resolve("meritportfolj-A6.pdf");
    CliRun refused = fails(1, "portfolio", "A6", "--out", none.toString());
    assertThat(refused.err).contains("A6");
    assertThat(none).doesNotExist();
    assertThat(fails(3, "portfolio", "A99", "--out", none.toString()).err).contains("A99");
  }

  private static List<String> sheetNames(XSSFWorkbook wb) {
    List<String> names = new ArrayList<>();
    wb.forEach(s -> names.add(s.getSheetName()));
    return names;
  }

  private static List<String> cells(Path file) throws IOException {
    List<String> out = new ArrayList<>();
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
      for (Sheet sheet : wb) {
        for (Row row : sheet) {
          for (Cell cell : row) {
            if (cell.getCellType() == CellType.STRING) {
              out.add(cell.getStringCellValue());
            }
          }
        }
      }
    }
    return out;
  }

  /**
   * One figure of {@code ocn report indicators --json}: the table's block, the row's block in it,
   * the column's value in the row's figures.
   */
  private static String figure(String json, String table, String row, String column) {
    int t = json.indexOf("\"id\": \"" + table + "\"");
    assertThat(t).as("table " + table).isNotNegative();
    int r = json.indexOf("\"key\": \"" + row + "\"", t);
    assertThat(r).as("row " + row + " of " + table).isNotNegative();
    int f = json.indexOf("\"figures\": {", r);
    String figures = json.substring(f, json.indexOf('}', f));
    Matcher m =
        Pattern.compile("\"" + Pattern.quote(column) + "\": (\"[^\"]*\"|\\d+)").matcher(figures);
    assertThat(m.find()).as(column + " in " + figures).isTrue();
    return m.group(1).replace("\"", "");
  }
}
