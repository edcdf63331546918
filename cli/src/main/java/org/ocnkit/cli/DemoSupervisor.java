package org.ocnkit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ocnkit.evidence.internal.WorkbookLayout;
import org.ocnkit.learner.internal.Csv;
import org.ocnkit.learner.internal.SheetCells;

/**
 * The demo's supervisors: they fill in the workbook {@code ocn evidence workbook} wrote for their
 * placement, as a supervisor does in Excel, typing into the yellow cells of a criterion's row.
 * What they type is a sample CSV file ({@code samples/evidence/*.csv}: sheet, criterion, date,
 * method, what was observed, met or not yet, who recorded it). A date written {@code 2026-09-07}
 * is entered as a date cell (Excel turns a typed ISO date into one); {@code 14/9/2026} stays text,
 * as typed into a cell formatted as text. Dates move with the demo's year ({@link DemoYear}).
 *
 * <p>This is part of the demo runner, not of {@code ocn}: a real workbook comes back from a
 * person.
 */
final class DemoSupervisor {
  private static final int ID = WorkbookLayout.COL_ID;
  private static final int DATE = WorkbookLayout.COL_DATE;
  private static final int FIRST_ROW = WorkbookLayout.FIRST_CRITERION_ROW;

  private DemoSupervisor() {}

  /** Fills {@code workbook} from {@code csv} and saves the result as {@code filled}. */
  static void fill(Path workbook, Path csv, Path filled, DemoYear year) throws IOException {
    List<Csv.Record> rows = Csv.parse(year.shift(Files.readString(csv, StandardCharsets.UTF_8)));
    try (InputStream in = Files.newInputStream(workbook);
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      for (Csv.Record r : rows.subList(1, rows.size())) {
        List<String> v = r.fields();
        Sheet sheet = wb.getSheet(v.get(0));
        if (sheet == null) {
          throw new IllegalArgumentException(csv + ":" + r.line() + ": no sheet " + v.get(0));
        }
        Row row = rowOf(sheet, v.get(1), csv, r.line());
        if (v.get(2).matches("\\d{4}-\\d{2}-\\d{2}")) {
          Cell cell = cell(row, DATE);
          cell.setCellValue(LocalDate.parse(v.get(2)));
          CellStyle style = wb.createCellStyle();
          style.cloneStyleFrom(cell.getCellStyle());
          style.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
          cell.setCellStyle(style);
        } else {
          type(row, DATE, v.get(2));
        }
        // The CSV's columns after the date are the sheet's: method, observed, met, recorder.
        for (int column = WorkbookLayout.COL_METHOD; column <= WorkbookLayout.COL_RECORDER;
            column++) {
          type(row, column, v.get(column));
        }
      }
      try (OutputStream out = Files.newOutputStream(filled)) {
        wb.write(out);
      }
    }
  }

  private static Row rowOf(Sheet sheet, String id, Path csv, int line) {
    for (Row row : sheet) {
      if (row.getRowNum() >= FIRST_ROW && id.equals(SheetCells.text(row.getCell(ID)))) {
        return row;
      }
    }
    throw new IllegalArgumentException(csv + ":" + line + ": no criterion " + id + " on "
        + sheet.getSheetName());
  }

  private static Cell cell(Row row, int column) {
    Cell cell = row.getCell(column);
    return cell != null ? cell : row.createCell(column);
  }

  private static void type(Row row, int column, String text) {
    Cell cell = cell(row, column);
    if (text == null || text.isEmpty()) {
      cell.setBlank();
    } else {
      cell.setCellValue(text);
    }
  }
}
