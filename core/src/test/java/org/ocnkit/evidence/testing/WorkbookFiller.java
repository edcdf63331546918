package org.ocnkit.evidence.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ocnkit.learner.internal.SheetCells;

/**
 * Fills in a supervisor workbook with Apache POI the way a supervisor does in Excel: typing into
 * the yellow cells of a criterion's row; a date either typed as text or entered as a date cell.
 * Edits anything else too, for tests of workbooks that were tampered with. Save with {@link #save}.
 */
public final class WorkbookFiller implements AutoCloseable {
  /** Columns of an enrolment sheet (see {@code WorkbookLayout}). */
  public static final int ID = 0;

  public static final int TEXT = 1;
  public static final int DATE = 2;
  public static final int METHOD = 3;
  public static final int OBSERVED = 4;
  public static final int CLAIM = 5;
  public static final int RECORDER = 6;

  private final XSSFWorkbook workbook;

  private WorkbookFiller(XSSFWorkbook workbook) {
    this.workbook = workbook;
  }

  public static WorkbookFiller open(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return new WorkbookFiller(new XSSFWorkbook(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public XSSFWorkbook workbook() {
    return workbook;
  }

  /** The sheet with this name; fails if there is none. */
  public Sheet sheet(String name) {
    Sheet sheet = workbook.getSheet(name);
    if (sheet == null) {
      throw new IllegalArgumentException("no sheet " + name);
    }
    return sheet;
  }

  /** The 0-based row of criterion {@code id} on {@code sheet} (by its visible id). */
  public int rowOf(String sheet, String id) {
    Sheet s = sheet(sheet);
    for (Row row : s) {
      if (row.getRowNum() >= 4 && id.equals(SheetCells.text(row.getCell(ID)))) {
        return row.getRowNum();
      }
    }
    throw new IllegalArgumentException("no criterion " + id + " on " + sheet);
  }

  /**
   * Fills criterion {@code id}'s row: {@code date} is a {@link LocalDate} (entered as a date cell)
   * or text typed as is.
   */
  public WorkbookFiller fill(
      String sheet,
      String id,
      Object date,
      String method,
      String observed,
      String claim,
      String recorder) {
    int row = rowOf(sheet, id);
    if (date instanceof LocalDate d) {
      setDate(sheet, row, DATE, d);
    } else {
      set(sheet, row, DATE, date == null ? null : date.toString());
    }
    set(sheet, row, METHOD, method);
    set(sheet, row, OBSERVED, observed);
    set(sheet, row, CLAIM, claim);
    set(sheet, row, RECORDER, recorder);
    return this;
  }

  /** Types {@code text} into a cell (null or empty clears it). */
  public WorkbookFiller set(String sheet, int row, int column, String text) {
    Row r = sheet(sheet).getRow(row);
    if (r == null) {
      r = sheet(sheet).createRow(row);
    }
    Cell cell = r.getCell(column);
    if (cell == null) {
      cell = r.createCell(column);
    }
    if (text == null || text.isEmpty()) {
      cell.setBlank();
    } else {
      cell.setCellValue(text);
    }
    return this;
  }

  /** Enters a date cell, formatted as Swedish Excel shows dates. */
  public WorkbookFiller setDate(String sheet, int row, int column, LocalDate date) {
    Cell cell = sheet(sheet).getRow(row).getCell(column);
    cell.setCellValue(date);
    CellStyle style = workbook.createCellStyle();
    style.cloneStyleFrom(cell.getCellStyle());
    style.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
    cell.setCellStyle(style);
    return this;
  }

  /** Copies row {@code from} (every cell, the hidden one included) to row {@code to}. */
  public WorkbookFiller copyRow(String sheet, int from, int to) {
    Sheet s = sheet(sheet);
    Row source = s.getRow(from);
    Row target = s.getRow(to) != null ? s.getRow(to) : s.createRow(to);
    for (Cell c : source) {
      Cell copy = target.createCell(c.getColumnIndex());
      copy.setCellValue(SheetCells.text(c));
    }
    return this;
  }

  public void save(Path file) {
    try (OutputStream out = Files.newOutputStream(file)) {
      workbook.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      workbook.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
