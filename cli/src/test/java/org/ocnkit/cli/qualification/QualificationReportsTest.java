package org.ocnkit.cli.qualification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocnkit.cli.Coordinator;
import org.ocnkit.pdf.PdfContents;
import org.ocnkit.store.Workspace;
import org.ocnkit.unit.catalog.UnitState;

/** The qualification standing in the progress workbook and the merit portfolio. */
class QualificationReportsTest {
  @TempDir Path dir;

  @Test
  void theWorkbookAndThePortfolioShowWhoMeetsAQualificationAndWhatOthersMiss() throws Exception {
    Coordinator c =
        new Coordinator(dir, "2026-11-02T10:00:00Z", "koordinator")
            .approvedUnitAndPlacement()
            .roster(
                List.of(
                    "Amina;Hassan;1998-06-14;kvinna;ja;Lärling 2026;2026-08-17;2027-06-11",
                    "Johan;Lindqvist;1979-11-03;man;nej;Lärling 2026;2026-08-17;2027-06-11"))
            .enrol("A1")
            .enrol("A2")
            .signOff("E1", "2026-10-20", "Amina tog emot kunder och hanterade kassan.");
    Files.writeString(
        dir.resolve("kval-test.xml"),
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <qualification xmlns="https://ocnkit.org/ns/qualification/1" code="KVAL-TEST-1" version="1">
          <title lang="sv">Provbevis i handel</title>
          <title lang="en">Test award in retail</title>
          <level>2</level>
          <purpose>Ett utbildningsbevis för testerna.</purpose>
          <units><unit code="HS-TEST-01" versions="1-"/></units>
          <rules>
            <totalCredits>1</totalCredits>
            <mandatory><unit code="HS-TEST-01"/></mandatory>
          </rules>
          <author>Provskolan</author>
        </qualification>
        """);
    c.ok("qualification", "import", "kval-test.xml");
    try (Workspace w = c.open()) {
      // As the panel records an approval (the panel workflow has its own tests).
      w.store()
          .write(
              "panel-test",
              tx -> {
                tx.update(
                    "qualification_version",
                    1,
                    Map.of("state", UnitState.APPROVED),
                    "panel.qualification-decide");
                return null;
              });
    }

    c.ok("--lang", "en", "report", "progress", "--out", "progress.xlsx");
    try (InputStream in = Files.newInputStream(dir.resolve("progress.xlsx"));
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      Sheet sheet = wb.getSheet("Qualifications");
      assertThat(sheet).isNotNull();
      DataFormatter f = new DataFormatter();
      int q = 0;
      while (!f.formatCellValue(sheet.getRow(0).getCell(q)).equals("Qualification")) {
        q++;
      }
      Row a1 = sheet.getRow(1);
      Row a2 = sheet.getRow(2);
      assertThat(f.formatCellValue(a1.getCell(0))).isEqualTo("A1");
      assertThat(f.formatCellValue(a1.getCell(q))).isEqualTo("KVAL-TEST-1@1");
      assertThat(f.formatCellValue(a1.getCell(q + 2))).isEqualTo("Met");
      assertThat(f.formatCellValue(a2.getCell(q + 2))).isEqualTo("Not yet");
      assertThat(f.formatCellValue(a2.getCell(q + 4))).contains("the mandatory unit HS-TEST-01");
    }

    c.ok("portfolio", "A1", "--out", "a1.pdf");
    String text =
        PdfContents.read("a1.pdf", Files.readAllBytes(dir.resolve("a1.pdf")))
            .text()
            .replaceAll("\\s+", " ");
    assertThat(text)
        .contains("KVAL-TEST-1@1", "Test award in retail", "Kombinationsreglerna är uppfyllda");
  }
}
