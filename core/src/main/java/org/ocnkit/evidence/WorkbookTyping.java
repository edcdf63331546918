package org.ocnkit.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
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
 * Types entries into a supervisor workbook ({@link EvidenceService#writeWorkbook}) as a supervisor
 * does in Excel: into the yellow cells of a criterion's row. The entries are the lines of a CSV
 * text after its header: sheet, criterion, date, method, what was observed, met or not yet, who
 * recorded it. A date written {@code 2026-09-07} is entered as a date cell (Excel turns a typed ISO
 * date into one); any other date, such as {@code 14/9/2026}, stays text, as typed into a cell
 * formatted as text.
 *
 * <p>For demonstrations and tests ({@code ocn demo}): a real workbook comes back from a person.
 * Checks nothing but that each sheet and criterion exists; importing the filled workbook checks the
 * rest.
 */
public final class WorkbookTyping {
  private static final int ID = WorkbookLayout.COL_ID;
  private static final int DATE = WorkbookLayout.COL_DATE;
  private static final int FIRST_ROW = WorkbookLayout.FIRST_CRITERION_ROW;

  private WorkbookTyping() {}

  /**
   * Fills {@code workbook} with the entries of {@code entries} and saves the result as {@code
   * filled}.
   *
   * @param source where the entries come from, to name in errors ({@code file.csv:4: ...})
   * @throws IllegalArgumentException when an entry names a sheet or criterion the workbook lacks
   * @throws IOException when the workbook cannot be read or the result not written
   */
  public static void fill(Path workbook, String entries, String source, Path filled)
      throws IOException {
    List<Csv.Record> rows = Csv.parse(entries);
    try (InputStream in = Files.newInputStream(workbook);
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      for (Csv.Record r : rows.subList(1, rows.size())) {
        List<String> v = r.fields();
        Sheet sheet = wb.getSheet(v.get(0));
        if (sheet == null) {
          throw new IllegalArgumentException(source + ":" + r.line() + ": no sheet " + v.get(0));
        }
        Row row = rowOf(sheet, v.get(1), source, r.line());
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
        for (int column = WorkbookLayout.COL_METHOD;
            column <= WorkbookLayout.COL_RECORDER;
            column++) {
          type(row, column, v.get(column));
        }
      }
      try (OutputStream out = Files.newOutputStream(filled)) {
        wb.write(out);
      }
    }
  }

  private static Row rowOf(Sheet sheet, String id, String source, int line) {
    for (Row row : sheet) {
      if (row.getRowNum() >= FIRST_ROW && id.equals(SheetCells.text(row.getCell(ID)))) {
        return row;
      }
    }
    throw new IllegalArgumentException(
        source + ":" + line + ": no criterion " + id + " on " + sheet.getSheetName());
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
