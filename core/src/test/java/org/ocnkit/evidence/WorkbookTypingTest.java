package org.ocnkit.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocnkit.learner.testing.LearnerFixtures;
import org.ocnkit.store.Workspace;
import org.ocnkit.store.testing.Engine;
import org.ocnkit.store.testing.TestWorkspaces;
import org.ocnkit.unit.UnitRef;

class WorkbookTypingTest {
  @TempDir Path dir;

  private static final String HEADER =
      "flik;kriterium;datum;metod;vad du såg;uppnått;dokumenterat av\n";

  private Path workbook(Workspace ws) {
    UnitRef unit = LearnerFixtures.approvedUnit(ws, dir.resolve("units"));
    LearnerFixtures.placementAndAssessor(ws);
    LearnerFixtures.enrol(ws, LearnerFixtures.apprentice(ws, "Amina", "Hassan"), unit);
    Path out = dir.resolve("arbetsbok.xlsx");
    SupervisorWorkbook.write(ws, LearnerFixtures.PLACEMENT, out);
    return out;
  }

  @Test
  void anIsoDateBecomesADateCellAndOtherTextStaysAsTyped() throws Exception {
    try (Workspace ws = TestWorkspaces.create(Engine.SQLITE, dir.resolve("ws"))) {
      Path empty = workbook(ws);
      Path filled = dir.resolve("ifylld.xlsx");
      WorkbookTyping.fill(
          empty,
          HEADER
              + "Amina HS-TEST-01;1.1;2026-09-07;Observation;Hälsade på kunden.;Uppnått;Åsa Öberg\n",
          "lena.csv",
          filled);

      try (InputStream in = Files.newInputStream(filled);
          XSSFWorkbook wb = new XSSFWorkbook(in)) {
        Row row = wb.getSheet("Amina HS-TEST-01").getRow(4);
        assertThat(row.getCell(0).getStringCellValue()).isEqualTo("1.1");
        assertThat(row.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(DateUtil.isCellDateFormatted(row.getCell(2))).isTrue();
        assertThat(row.getCell(2).getLocalDateTimeCellValue().toLocalDate())
            .isEqualTo(LocalDate.of(2026, 9, 7));
        assertThat(row.getCell(3).getStringCellValue()).isEqualTo("Observation");
        assertThat(row.getCell(4).getStringCellValue()).isEqualTo("Hälsade på kunden.");
        assertThat(row.getCell(5).getStringCellValue()).isEqualTo("Uppnått");
        assertThat(row.getCell(6).getStringCellValue()).isEqualTo("Åsa Öberg");
      }

      WorkbookTyping.fill(
          empty,
          HEADER + "Amina HS-TEST-01;1.1;14/9/2026;Observation;Hälsade.;Inte än;Åsa Öberg\n",
          "lena.csv",
          filled);
      try (InputStream in = Files.newInputStream(filled);
          XSSFWorkbook wb = new XSSFWorkbook(in)) {
        Row row = wb.getSheet("Amina HS-TEST-01").getRow(4);
        assertThat(row.getCell(2).getStringCellValue()).isEqualTo("14/9/2026");
      }
    }
  }

  @Test
  void anUnknownSheetOrCriterionIsNamedWithItsLine() throws Exception {
    try (Workspace ws = TestWorkspaces.create(Engine.SQLITE, dir.resolve("ws"))) {
      Path empty = workbook(ws);
      Path filled = dir.resolve("ifylld.xlsx");
      assertThatThrownBy(
              () ->
                  WorkbookTyping.fill(
                      empty,
                      HEADER + "Elin GN-PLANT-01;1.1;2026-09-07;Observation;x;Uppnått;Åsa Öberg\n",
                      "lena.csv",
                      filled))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("lena.csv:2: no sheet Elin GN-PLANT-01");
      assertThatThrownBy(
              () ->
                  WorkbookTyping.fill(
                      empty,
                      HEADER + "Amina HS-TEST-01;9.9;2026-09-07;Observation;x;Uppnått;Åsa Öberg\n",
                      "lena.csv",
                      filled))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("lena.csv:2: no criterion 9.9 on Amina HS-TEST-01");
    }
  }
}
