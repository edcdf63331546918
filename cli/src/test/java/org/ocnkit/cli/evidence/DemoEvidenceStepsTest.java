package org.ocnkit.cli.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocnkit.cli.CliRun;
import org.ocnkit.pdf.PdfContents;
import org.ocnkit.pdf.internal.testing.ExtractedText;

/**
 * Runs the whole demo ({@code samples/demo.ocn}) on the real clock, as {@code ./ocn demo} does, and
 * checks what every capability's steps leave behind: the story of a programme year that has ended
 * by today, and documents that verify today.
 */
class DemoEvidenceStepsTest {
  @TempDir Path dir;

  @Test
  void theDemoRunsToTheEnd() throws Exception {
    Path home = CliRun.repositoryRoot();
    Path ws = dir.resolve("ws");
    CliRun demo = new CliRun(home).home(home).run("demo", "--dir", ws.toString());
    assertThat(demo.exitCode).as(demo.toString()).isZero();

    // The year: the script's story (written for 2026/27) played in the latest year that has
    // ended by today, every date moved by the same whole number of years.
    List<String> written = new ArrayList<>();
    for (String line : Files.readAllLines(home.resolve("samples/demo.ocn"))) {
      if (line.startsWith("@clock ") && !line.equals("@clock now")) {
        written.add(line.substring(7, 17));
      }
    }
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("\\(the demo's clock: (\\d{4}-\\d{2}-\\d{2})\\)")
            .matcher(demo.out);
    List<String> played = new ArrayList<>();
    while (m.find()) {
      played.add(m.group(1));
    }
    assertThat(played).hasSameSizeAs(written);
    LocalDate today = LocalDate.now();
    int years =
        LocalDate.parse(played.get(0)).getYear() - LocalDate.parse(written.get(0)).getYear();
    for (int i = 0; i < written.size(); i++) {
      assertThat(LocalDate.parse(played.get(i)))
          .isEqualTo(LocalDate.parse(written.get(i)).plusYears(years));
    }
    LocalDate last = LocalDate.parse(played.get(played.size() - 1));
    assertThat(last).isBeforeOrEqualTo(today).isAfter(today.minusYears(1));
    assertThat(demo.out).contains("(the demo's clock: today)");

    // The panel's steps: every sample unit approved, an author's vote refused, the minutes.
    assertThat(demo.out)
        .contains(
            "counts as an author of HS-KUND-01@1",
            "Approved with conditions",
            "conditions signed off by Birgitta Sandström");
    CliRun list = new CliRun(ws).run("unit", "list", "--json");
    assertThat(list.out)
        .doesNotContain(
            "\"state\": \"draft\"",
            "\"state\": \"submitted\"",
            "\"state\": \"approved-with-conditions\"");
    long units;
    try (var files = Files.list(home.resolve("course-units"))) {
      units = files.filter(f -> f.toString().endsWith(".xml")).count();
    }
    assertThat(list.out.split("\"state\": \"approved\"", -1)).hasSize((int) units + 1);
    String minutes =
        PdfContents.read("minutes", Files.readAllBytes(ws.resolve("out/protokoll-panelmote-1.pdf")))
            .text();
    assertThat(minutes)
        .contains(
            "Protokoll från panelmöte",
            "Fatima Haddad",
            "Hennes butik är praktikplats för enheten",
            "Villkoren förklarades uppfyllda");
    assertThat(ws.resolve("out/lasexemplar-VO-MAT-01.pdf")).isRegularFile();

    // The supervisor's web form (issue 19): a link handed out as a QR code, one observation
    // sent through ocn serve, waiting for the assessor.
    assertThat(demo.out)
        .contains("opens the form on ocn serve", "saved as EV51", "lena-ek (Lena Ek)");
    assertThat(ws.resolve("out/lank-lena-ek.png")).isRegularFile();
    CliRun web = new CliRun(ws).run("evidence", "list", "--enrolment", "E2");
    assertThat(web.out).contains("EV51", "claimed Met", "waiting for an assessor");

    // The evidence steps: units achieved, an erased participant, the chain intact.
    assertThat(demo.out).contains("A10");
    CliRun enrolments = new CliRun(ws).run("enrolment", "list", "--json");
    assertThat(enrolments.exitCode).as(enrolments.toString()).isZero();
    assertThat(new CliRun(ws).run("audit", "verify").exitCode).isZero();

    // The moderation steps: self-moderation refused, a rejection the assessor resolved, every
    // signed-off unit confirmed or not sampled, the report for the external moderator.
    assertThat(demo.out)
        .contains(
            "nobody moderates their own assessments",
            "E7: rejected by Maria Sjöberg",
            "signed off again after a moderator rejected",
            "2 plans, 7 sign-offs, 6 outcomes");
    CliRun status = new CliRun(ws).run("moderate", "status", "--json");
    assertThat(status.exitCode).as(status.toString()).isZero();
    // E1, E3, E4, E5, E7 and E9 (A3's unit for the qualification, issue 21) confirmed, E8 not
    // sampled; E2 and E6 not achieved.
    assertThat(status.out.split("\"ready\": true", -1)).hasSize(8);
    assertThat(status.out.split("\"status\": \"confirmed\"", -1)).hasSize(7);
    assertThat(status.out).contains("\"status\": \"not-sampled\"");
    try (XSSFWorkbook wb =
        new XSSFWorkbook(Files.newInputStream(ws.resolve("out/moderering.xlsx")))) {
      List<String> outcomes = new ArrayList<>();
      for (Row row : wb.getSheet("Outcomes")) {
        outcomes.add(
            row.getCell(1).getStringCellValue() + " " + row.getCell(6).getStringCellValue());
      }
      assertThat(outcomes)
          .containsExactly(
              "Enrolment Outcome",
              "E1 confirmed",
              "E3 confirmed",
              "E7 rejected",
              "E7 confirmed",
              "E5 confirmed",
              "E4 confirmed");
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
          .anyMatch(n -> n.endsWith(".jwt"))
          .anyMatch(n -> n.endsWith(".jsonld"));
    }
    assertThat(demo.out)
        .contains(
            "Open Badges 3.0 credential ->",
            "European Learning Model (Europass) credential ->",
            "CREDENTIAL");
    CliRun verify = new CliRun(ws).env("OCNKIT_KEY_PASSWORD", "unused").run("log", "verify");
    assertThat(verify.exitCode).as(verify.toString()).isZero();

    // The report steps: outcomes (none for the erased participant, one corrected), the
    // indicators with small counts suppressed and a chart, the progress workbook, a portfolio.
    assertThat(demo.out)
        .contains(
            "is not followed up",
            "Corrected for A6",
            "Counts from 1 to 4 are shown as <5",
            "Wrote the progress of 50 apprentices on 9 enrolments over 5 unit versions");
    // With the second intake the totals are published, and the charts show data.
    assertThat(demo.out).contains("Participants started 50, ended ");
    // Issue 21: one participant (A3) gained a qualification in the year, KVAL-OMSORG-INTRO; the
    // other qualifications of the catalogue are listed with nobody.
    // A count of 1 shows as <5; the participants with a unit certificate are hidden (x) so that
    // the small counts by group cannot be worked out.
    assertThat(demo.out)
        .contains(
            "units achieved x with x credits; participants with a unit"
                + " certificate x; participants who gained a qualification <5.",
            "  KVAL-OMSORG-INTRO Introduction to work in elderly care: gained by <5",
            "  KVAL-HANDEL-2 Foundation award in retail, level 2: gained by 0",
            "  KVAL-GRON-HANT Foundation award in green industries and crafts: gained by 0");
    try (XSSFWorkbook wb =
        new XSSFWorkbook(Files.newInputStream(ws.resolve("out/" + indicatorsFile(ws))))) {
      assertThat(wb.getSheet("Chart")).isNotNull();
      org.apache.poi.xssf.usermodel.XSSFSheet chart = wb.getSheet("Chart");
      double charted = 0;
      for (Row row : chart) {
        for (Cell cell : row) {
          if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
            charted += cell.getNumericCellValue();
          }
        }
      }
      assertThat(charted).as("the chart sheet's data").isGreaterThan(0);
      assertThat(chart.getDrawingPatriarch().getCharts()).hasSize(4);
      // Printed (or converted to PDF) one page wide, landscape, over the charts' columns.
      assertThat(chart.getFitToPage()).isTrue();
      assertThat(chart.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
      assertThat(chart.getPrintSetup().getLandscape()).isTrue();
      String area = wb.getPrintArea(wb.getSheetIndex(chart));
      assertThat(area).isNotNull();
      int lastColumn =
          new org.apache.poi.ss.util.AreaReference(
                  area, org.apache.poi.ss.SpreadsheetVersion.EXCEL2007)
              .getLastCell()
              .getCol();
      for (var shape : chart.getDrawingPatriarch().getShapes()) {
        var anchor = (org.apache.poi.xssf.usermodel.XSSFClientAnchor) shape.getAnchor();
        assertThat((int) anchor.getCol2())
            .as("a chart ends inside the print area")
            .isLessThanOrEqualTo(lastColumn + 1);
      }
      for (String name : List.of("Participants", "Results", "Outcomes")) {
        for (Row row : wb.getSheet(name)) {
          for (Cell cell : row) {
            if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
              double v = cell.getNumericCellValue();
              assertThat(v >= 1 && v <= 4)
                  .as(name + " " + cell.getAddress() + " shows " + v)
                  .isFalse();
            }
          }
        }
      }
    }
    // What the demo issued verifies today, on the real clock, with its own published files.
    CliRun checkedToday =
        new CliRun(ws)
            .run(
                "verify",
                "--trust",
                ws.resolve("issuer.pem").toString(),
                "--revocations",
                ws.resolve("revocations-today.p7m").toString(),
                "--log",
                ws.resolve("published-log").toString(),
                ws.resolve("out/certificates").toString());
    assertThat(checkedToday.out)
        .as(checkedToday.toString())
        .contains(": VALID", ": REVOKED")
        .doesNotContain("not yet valid", "expired");
    // Issue 21: A3 gains the qualification certificate, resting on two unit certificates; A8 is
    // refused it with what is missing.
    assertThat(demo.out)
        .contains(
            ": qualification KVAL-OMSORG-INTRO@1, resting on OCN-",
            "1 more unit from group B (counting only units with a valid unit certificate)");
    assertThat(checkedToday.out).contains("qualification certificate: KVAL-OMSORG-INTRO@1");

    String portfolio =
        PdfContents.read("portfolio", Files.readAllBytes(ws.resolve("out/meritportfolj-A5.pdf")))
            .text();
    assertThat(portfolio)
        .contains(
            "Meritportfölj",
            "Elin Berg",
            "GN-PLANT-01",
            "OCN-",
            "deltagar-id A5 · participant id A5",
            "1 kursenhet uppnådd, ",
            "Parkavdelningen (Norrbacka kommun, samhällsbyggnadsförvaltningen)")
        .doesNotContain("Norrbacka kommun, Norrbacka kommun");
    // Swedish first, as on every other document, whatever language the command speaks.
    assertThat(portfolio.indexOf("Meritportfölj")).isLessThan(portfolio.indexOf("Merit portfolio"));

    // Every document's extracted text is what is printed: no ligature characters, so a search
    // for "certificate" finds the certificate (PDFBox always; poppler's pdftotext if installed).
    Path firstCertificate;
    try (var files = Files.list(ws.resolve("out/certificates"))) {
      firstCertificate =
          files.filter(f -> f.toString().endsWith(".pdf")).sorted().findFirst().orElseThrow();
    }
    java.util.Map<Path, List<String>> documents =
        java.util.Map.of(
            firstCertificate,
            List.of("certificate", "Qualifications", "certifikat"),
            ws.resolve("out/protokoll-panelmote-1.pdf"),
            List.of("Protokoll", "Fatima Haddad"),
            ws.resolve("out/lasexemplar-VO-MAT-01.pdf"),
            List.of("avidentifierad"),
            ws.resolve("out/meritportfolj-A5.pdf"),
            List.of("Certificates", "kvalificerad"));
    boolean poppler = ExtractedText.pdftotextInstalled();
    for (var document : documents.entrySet()) {
      byte[] pdf = Files.readAllBytes(document.getKey());
      List<String> texts = new ArrayList<>(List.of(ExtractedText.pdfbox(pdf)));
      ExtractedText.pdftotext(pdf).ifPresent(texts::add);
      for (String text : texts) {
        assertThat(ExtractedText.firstLigature(text)).as(document.getKey().toString()).isEmpty();
        assertThat(text).as(document.getKey().toString()).contains(document.getValue());
      }
    }
    if (!poppler) {
      System.err.println(
          "DemoEvidenceStepsTest: poppler's pdftotext is not installed, so the"
              + " documents' text was extracted with PDFBox only (apt install poppler-utils)");
    }
  }

  /** The indicators workbook, named after the programme year the demo played. */
  private static String indicatorsFile(Path ws) throws Exception {
    try (var files = Files.list(ws.resolve("out"))) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(f -> f.matches("indikatorer-\\d{4}-\\d{4}\\.xlsx"))
          .findFirst()
          .orElseThrow();
    }
  }
}
