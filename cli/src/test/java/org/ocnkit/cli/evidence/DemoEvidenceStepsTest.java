package org.ocnkit.cli.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocnkit.cli.CliRun;
import org.ocnkit.evidence.testing.WorkbookFiller;
import org.ocnkit.learner.internal.Csv;
import org.ocnkit.learner.internal.SheetCells;
import org.ocnkit.pdf.PdfContents;

/**
 * Runs the whole demo ({@code samples/demo.ocn}) and checks what every capability's steps leave
 * behind; and keeps the filled-in sample workbooks honest: it fills the workbooks the demo writes
 * from the CSV files in {@code samples/evidence/}, as a supervisor would, and requires the
 * committed {@code *-ifylld.xlsx} files to hold exactly the same cells. With {@code
 * -Docnkit.writeSamples=true} it writes them instead (see {@code samples/evidence/README.md}).
 */
class DemoEvidenceStepsTest {
  @TempDir Path dir;

  @Test
  void theDemoRunsToTheEndAndTheSampleWorkbooksAreUpToDate() throws Exception {
    Path home = CliRun.repositoryRoot();
    Path ws = dir.resolve("ws");
    CliRun demo = new CliRun(home).home(home).run("demo", "--dir", ws.toString());
    assertThat(demo.exitCode).as(demo.toString()).isZero();

    // The panel's steps: every sample unit approved, an author's vote refused, the minutes.
    assertThat(demo.out).contains("counts as an author of HS-KUND-01@1",
        "Approved with conditions", "conditions signed off by Birgitta Sandström");
    CliRun list = new CliRun(ws).run("unit", "list", "--json");
    assertThat(list.out).doesNotContain("\"state\": \"draft\"", "\"state\": \"submitted\"",
        "\"state\": \"approved-with-conditions\"");
    long units;
    try (var files = Files.list(home.resolve("course-units"))) {
      units = files.filter(f -> f.toString().endsWith(".xml")).count();
    }
    assertThat(list.out.split("\"state\": \"approved\"", -1)).hasSize((int) units + 1);
    String minutes = PdfContents.read("minutes",
        Files.readAllBytes(ws.resolve("out/protokoll-panelmote-1.pdf"))).text();
    assertThat(minutes).contains("Protokoll från panelmöte", "Fatima Haddad",
        "Hennes butik är praktikplats för enheten", "Villkoren förklarades uppfyllda");
    assertThat(ws.resolve("out/lasexemplar-VO-MAT-01.pdf")).isRegularFile();

    // The evidence steps: units achieved, an erased participant, the chain intact.
    assertThat(demo.out).contains("A10");
    CliRun enrolments = new CliRun(ws).run("enrolment", "list", "--json");
    assertThat(enrolments.exitCode).as(enrolments.toString()).isZero();
    assertThat(new CliRun(ws).run("audit", "verify").exitCode).isZero();

    // The moderation steps: self-moderation refused, a rejection the assessor resolved, every
    // signed-off unit confirmed or not sampled, the report for the external moderator.
    assertThat(demo.out).contains("nobody moderates their own assessments",
        "E7: rejected by Maria Sjöberg", "signed off again after a moderator rejected",
        "2 plans, 7 sign-offs, 6 outcomes");
    CliRun status = new CliRun(ws).run("moderate", "status", "--json");
    assertThat(status.exitCode).as(status.toString()).isZero();
    // E1, E3, E4, E5 and E7 confirmed, E8 not sampled; E2 and E6 not achieved.
    assertThat(status.out.split("\"ready\": true", -1)).hasSize(7);
    assertThat(status.out.split("\"status\": \"confirmed\"", -1)).hasSize(6);
    assertThat(status.out).contains("\"status\": \"not-sampled\"");
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(
        ws.resolve("out/moderering.xlsx")))) {
      List<String> outcomes = new ArrayList<>();
      for (Row row : wb.getSheet("Outcomes")) {
        outcomes.add(row.getCell(1).getStringCellValue() + " "
            + row.getCell(6).getStringCellValue());
      }
      assertThat(outcomes).containsExactly("Enrolment Outcome", "E1 confirmed", "E3 confirmed",
          "E7 rejected", "E7 confirmed", "E5 confirmed", "E4 confirmed");
    }

    // The certificate steps: signed certificates in out/certificates, each verified, one revoked.
    long certificates;
    try (var files = Files.list(ws.resolve("out/certificates"))) {
      certificates = files.filter(f -> f.toString().endsWith(".pdf")).count();
    }
    assertThat(certificates).isPositive();
    assertThat(demo.out).contains(": VALID", ": REVOKED", "PAdES B-B");
    // One credential of each kind exported for a wallet and Europass; the badge verifies.
    try (var files = Files.list(ws.resolve("out/credentials"))) {
      assertThat(files.map(f -> f.getFileName().toString()).toList())
          .anyMatch(n -> n.endsWith(".jwt")).anyMatch(n -> n.endsWith(".jsonld"));
    }
    assertThat(demo.out).contains("Open Badges 3.0 credential ->",
        "European Learning Model (Europass) credential ->", "CREDENTIAL");
    CliRun verify = new CliRun(ws).env("OCNKIT_KEY_PASSWORD", "unused")
        .run("log", "verify");
    assertThat(verify.exitCode).as(verify.toString()).isZero();

    // The report steps: outcomes (none for the erased participant, one corrected), the
    // indicators with small counts suppressed and a chart, the progress workbook, a portfolio.
    assertThat(demo.out).contains("is not followed up", "Corrected for A6",
        "Counts from 1 to 4 are shown as <5",
        "Wrote the progress of 10 apprentices on 8 enrolments over 4 unit versions");
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(
        ws.resolve("out/indikatorer-2026-2027.xlsx")))) {
      assertThat(wb.getSheet("Chart")).isNotNull();
      for (String name : List.of("Participants", "Results", "Outcomes")) {
        for (Row row : wb.getSheet(name)) {
          for (Cell cell : row) {
            if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
              double v = cell.getNumericCellValue();
              assertThat(v >= 1 && v <= 4).as(name + " " + cell.getAddress() + " shows " + v)
                  .isFalse();
            }
          }
        }
      }
    }
    String portfolio = PdfContents.read("portfolio",
        Files.readAllBytes(ws.resolve("out/meritportfolj-A5.pdf"))).text();
    assertThat(portfolio).contains("Meritportfölj", "Elin Berg", "GN-PLANT-01", "OCN-");

    fillAndCompare(home, ws);
  }

  /**
   * Fills each workbook the demo wrote ({@code out/arbetsbok-PLACEMENT.xlsx}) from {@code
   * samples/evidence/PLACEMENT.csv}, and compares with (or writes) the committed filled-in copy.
   */
  private void fillAndCompare(Path home, Path ws) throws Exception {
    boolean write = Boolean.getBoolean("ocnkit.writeSamples");
    Path samples = home.resolve("samples/evidence");
    List<Path> csvFiles;
    try (var files = Files.list(samples)) {
      csvFiles = files.filter(f -> f.toString().endsWith(".csv")).sorted().toList();
    }
    assertThat(csvFiles).hasSize(4);
    for (Path csv : csvFiles) {
      String placement = csv.getFileName().toString().replace(".csv", "");
      Path written = ws.resolve("out/arbetsbok-" + placement + ".xlsx");
      Path result = dir.resolve(placement + "-ifylld.xlsx");
      try (WorkbookFiller f = WorkbookFiller.open(written)) {
        List<Csv.Record> rows = Csv.parse(Files.readString(csv, StandardCharsets.UTF_8));
        for (Csv.Record r : rows.subList(1, rows.size())) {
          List<String> v = r.fields();
          Object date = v.get(2).matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(v.get(2))
              : v.get(2);
          f.fill(v.get(0), v.get(1), date, v.get(3), v.get(4), v.get(5), v.get(6));
        }
        f.save(result);
      }
      Path committed = samples.resolve(placement + "-ifylld.xlsx");
      if (write) {
        Files.copy(result, committed, StandardCopyOption.REPLACE_EXISTING);
      }
      assertThat(committed).as("regenerate with -Docnkit.writeSamples=true (see"
          + " samples/evidence/README.md)").exists();
      assertThat(cells(committed)).as(committed + " is out of date: regenerate it with"
          + " -Docnkit.writeSamples=true (see samples/evidence/README.md)")
          .isEqualTo(cells(result));
    }
  }

  /** Every non-empty cell of every sheet, with the sheets' names, order and visibility. */
  private static List<String> cells(Path file) throws Exception {
    List<String> all = new ArrayList<>();
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
      for (int i = 0; i < wb.getNumberOfSheets(); i++) {
        Sheet sheet = wb.getSheetAt(i);
        all.add(sheet.getSheetName() + " " + wb.getSheetVisibility(i));
        for (Row row : sheet) {
          for (Cell cell : row) {
            String text = SheetCells.text(cell);
            if (!text.isEmpty()) {
              all.add(SheetCells.location(cell) + "=" + text);
            }
          }
        }
      }
    }
    return all;
  }


}
