package org.ocnkit.moderation.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ocnkit.io.AtomicFiles;

/**
 * Writes tables as an xlsx workbook with Apache POI: one sheet per table, a bold header row that
 * stays in view and filters, numbers as numbers and dates as dates.
 */
public final class ReportWriter {
  /**
   * One sheet: its header and rows. A cell is {@code null} (empty), a {@link Number}, a {@link
   * LocalDate} or text ({@code toString()}).
   */
  public record Table(String name, List<String> header, List<List<Object>> rows) {
    public Table {
      Objects.requireNonNull(name, "name");
      header = List.copyOf(header);
      rows = List.copyOf(rows);
    }
  }

  private ReportWriter() {}

  /**
   * Writes {@code tables} to {@code out} through a temporary file in the same folder, so a reader
   * never sees half a report.
   */
  public static void write(List<Table> tables, Path out) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Font bold = wb.createFont();
      bold.setBold(true);
      CellStyle heading = wb.createCellStyle();
      heading.setFont(bold);
      heading.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
      heading.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      heading.setWrapText(true);
      heading.setVerticalAlignment(VerticalAlignment.TOP);
      CellStyle text = wb.createCellStyle();
      text.setWrapText(true);
      text.setVerticalAlignment(VerticalAlignment.TOP);
      CellStyle date = wb.createCellStyle();
      date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
      date.setVerticalAlignment(VerticalAlignment.TOP);
      for (Table t : tables) {
        XSSFSheet sheet = wb.createSheet(t.name());
        Row head = sheet.createRow(0);
        int[] widths = new int[t.header().size()];
        for (int c = 0; c < t.header().size(); c++) {
          Cell cell = head.createCell(c);
          cell.setCellStyle(heading);
          cell.setCellValue(t.header().get(c));
          widths[c] = Math.max(8, t.header().get(c).length() + 2);
        }
        int r = 1;
        for (List<Object> values : t.rows()) {
          Row row = sheet.createRow(r++);
          for (int c = 0; c < values.size(); c++) {
            Object v = values.get(c);
            if (v == null) {
              continue;
            }
            Cell cell = row.createCell(c);
            if (v instanceof Number n) {
              cell.setCellValue(n.doubleValue());
            } else if (v instanceof LocalDate d) {
              cell.setCellValue(d);
              cell.setCellStyle(date);
              widths[c] = Math.max(widths[c], 12);
            } else {
              cell.setCellValue(v.toString());
              cell.setCellStyle(text);
              widths[c] = Math.max(widths[c], Math.min(60, v.toString().length() + 2));
            }
          }
        }
        for (int c = 0; c < widths.length; c++) {
          sheet.setColumnWidth(c, widths[c] * 256);
        }
        sheet.createFreezePane(0, 1);
        if (!t.header().isEmpty()) {
          sheet.setAutoFilter(
              new CellRangeAddress(0, Math.max(0, r - 1), 0, t.header().size() - 1));
        }
      }
      wb.getProperties().getCoreProperties().setCreator("ocnkit");
      AtomicFiles.replace(out, wb::write);
    }
  }
}
