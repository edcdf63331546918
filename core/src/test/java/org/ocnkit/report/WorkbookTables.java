package org.ocnkit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the tables of an indicator workbook back as a reader finds them: a title in column A, an
 * optional row of column groups (column A empty), a header row, data rows until an empty row. Cells
 * are kept as shown text with their type, so tests can tell the number 0 from a mark.
 */
final class WorkbookTables {
  /** A cell as shown: its text and whether it is a number. */
  record Shown(String text, boolean numeric) {
    boolean hidden() {
      return !numeric;
    }

    long value() {
      return Long.parseLong(text);
    }
  }

  /** One table: column headers ("Group / Label" when grouped), rows of labels and cells. */
  record Table(
      String title, List<String> columns, List<List<String>> labels, List<List<Shown>> cells) {
    int row(String... rowLabels) {
      for (int r = 0; r < labels.size(); r++) {
        if (labels.get(r).equals(List.of(rowLabels))) {
          return r;
        }
      }
      throw new AssertionError("no row " + List.of(rowLabels) + " in " + title + ": " + labels);
    }

    int column(String header) {
      int c = columns.indexOf(header);
      if (c < 0) {
        throw new AssertionError("no column " + header + " in " + title + ": " + columns);
      }
      return c;
    }

    Shown at(int row, int column) {
      return cells.get(row).get(column);
    }
  }

  private WorkbookTables() {}

  /**
   * Every table of every sheet, by title. Also evaluates every formula and requires that none gives
   * an error.
   */
  static Map<String, Table> read(Path file) throws Exception {
    Map<String, Table> tables = new LinkedHashMap<>();
    try (InputStream in = Files.newInputStream(file);
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      FormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
      evaluator.evaluateAll();
      for (Sheet sheet : wb) {
        for (Row row : sheet) {
          for (Cell cell : row) {
            if (cell.getCellType() == CellType.FORMULA) {
              assertThat(evaluator.evaluate(cell).getCellType())
                  .as(sheet.getSheetName() + "!" + cell.getAddress())
                  .isNotEqualTo(CellType.ERROR);
            }
            assertThat(cell.getCellType()).isNotEqualTo(CellType.ERROR);
          }
        }
      }
      for (int s = 0; s < wb.getNumberOfSheets(); s++) {
        Sheet sheet = wb.getSheetAt(s);
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
          Row row = sheet.getRow(r);
          if (row == null
              || row.getCell(0) == null
              || row.getCell(0).getCellType() != CellType.STRING
              || row.getPhysicalNumberOfCells() != 1) {
            continue;
          }
          Row next = sheet.getRow(r + 1);
          if (next == null || next.getPhysicalNumberOfCells() < 2) {
            continue;
          }
          Table t = table(sheet, r);
          if (t != null) {
            tables.put(sheet.getSheetName() + ": " + t.title(), t);
            r += t.cells().size() + 2;
          }
        }
      }
    }
    return tables;
  }

  private static Table table(Sheet sheet, int titleRow) {
    String title = text(sheet.getRow(titleRow).getCell(0));
    int r = titleRow + 1;
    Row groups = null;
    if (text(sheet.getRow(r).getCell(0)).isEmpty()) {
      groups = sheet.getRow(r++);
    }
    Row head = sheet.getRow(r++);
    if (sheet.getRow(r) == null) {
      return null;
    }
    int labelColumns = Integer.MAX_VALUE;
    for (int k = r; sheet.getRow(k) != null && !text(sheet.getRow(k).getCell(0)).isEmpty(); k++) {
      Row data = sheet.getRow(k);
      for (int c = 0; c < data.getLastCellNum(); c++) {
        Cell cell = data.getCell(c);
        if (cell != null && (cell.getCellType() == CellType.NUMERIC || isMark(text(cell)))) {
          labelColumns = Math.min(labelColumns, c);
          break;
        }
      }
    }
    if (labelColumns == Integer.MAX_VALUE) {
      labelColumns = 1;
    }
    List<String> columns = new ArrayList<>();
    String group = "";
    for (int c = labelColumns; c < head.getLastCellNum(); c++) {
      if (groups != null) {
        String g = text(groups.getCell(c));
        group = g.isEmpty() ? group : g;
      }
      columns.add(groups == null ? text(head.getCell(c)) : group + " / " + text(head.getCell(c)));
    }
    List<List<String>> labels = new ArrayList<>();
    List<List<Shown>> cells = new ArrayList<>();
    for (; sheet.getRow(r) != null && !text(sheet.getRow(r).getCell(0)).isEmpty(); r++) {
      Row row = sheet.getRow(r);
      List<String> l = new ArrayList<>();
      for (int c = 0; c < labelColumns; c++) {
        l.add(text(row.getCell(c)));
      }
      List<Shown> shown = new ArrayList<>();
      for (int c = labelColumns; c < head.getLastCellNum(); c++) {
        Cell cell = row.getCell(c);
        boolean numeric = cell != null && cell.getCellType() == CellType.NUMERIC;
        shown.add(new Shown(text(cell), numeric));
      }
      labels.add(l);
      cells.add(shown);
    }
    return new Table(title, columns, labels, cells);
  }

  private static boolean isMark(String text) {
    return text.startsWith("<") || text.equals("x");
  }

  static String text(Cell cell) {
    if (cell == null) {
      return "";
    }
    return switch (cell.getCellType()) {
      case NUMERIC -> {
        double d = cell.getNumericCellValue();
        yield d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
      }
      case STRING -> cell.getStringCellValue();
      case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
      default -> "";
    };
  }
}
