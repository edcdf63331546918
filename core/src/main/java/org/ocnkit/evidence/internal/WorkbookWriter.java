package org.ocnkit.evidence.internal;

import static org.ocnkit.evidence.internal.WorkbookLayout.*;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ocnkit.Message;
import org.ocnkit.evidence.EvidenceRecords;
import org.ocnkit.io.AtomicFiles;

/** Writes a supervisor workbook (see {@link WorkbookLayout}) with Apache POI. */
public final class WorkbookWriter {
  private final XSSFWorkbook wb = new XSSFWorkbook();
  private final CellStyle locked;
  private final CellStyle lockedWrap;
  private final CellStyle heading;
  private final CellStyle title;
  private final CellStyle input;
  private final CellStyle inputWrap;
  private final CellStyle inputDate;

  private WorkbookWriter() {
    Font bold = wb.createFont();
    bold.setBold(true);
    Font big = wb.createFont();
    big.setBold(true);
    big.setFontHeightInPoints((short) 14);
    locked = style(false, false);
    lockedWrap = style(false, true);
    heading = style(false, true);
    heading.setFont(bold);
    heading.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    heading.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    title = style(false, false);
    title.setFont(big);
    input = style(true, false);
    inputWrap = style(true, true);
    inputDate = style(true, false);
    inputDate.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
  }

  /**
   * Writes {@code content} to {@code out} through a temporary file in the same folder, so a reader
   * never sees half a workbook.
   */
  public static void write(WorkbookContent content, Path out) throws IOException {
    write(content, out, Optional.empty());
  }

  /** {@link #write(WorkbookContent, Path)}, sealed with {@code seal} when one is given. */
  public static void write(WorkbookContent content, Path out, Optional<WorkbookSeal> seal)
      throws IOException {
    WorkbookWriter writer = new WorkbookWriter();
    try (XSSFWorkbook wb = writer.wb) {
      writer.instructions(content);
      for (WorkbookContent.Sheet sheet : content.sheets()) {
        writer.enrolment(content, sheet);
      }
      writer.manifest(content);
      seal.ifPresent(x -> x.seal(wb));
      wb.setActiveSheet(0);
      wb.setFirstVisibleTab(0);
      wb.getProperties().getCoreProperties().setCreator("ocnkit");
      AtomicFiles.replace(out, wb::write);
    }
  }

  private void instructions(WorkbookContent content) {
    XSSFSheet sheet = wb.createSheet(INSTRUCTIONS);
    sheet.setColumnWidth(0, 110 * 256);
    int r = 0;
    for (String line : content.instructions()) {
      Cell cell = sheet.createRow(r).createCell(0);
      if (r == 0) {
        cell.setCellStyle(title);
        cell.setCellValue(line);
      } else if (line.startsWith("#")) {
        cell.setCellStyle(heading);
        cell.setCellValue(line.substring(1).strip());
      } else {
        cell.setCellStyle(lockedWrap);
        cell.setCellValue(line);
      }
      r++;
    }
    protect(sheet, content);
  }

  private void enrolment(WorkbookContent content, WorkbookContent.Sheet s) {
    XSSFSheet sheet = wb.createSheet(s.name());
    int[] widths = {8, 60, 13, 22, 50, 13, 24, 26, 10};
    for (int c = 0; c < widths.length; c++) {
      sheet.setColumnWidth(c, widths[c] * 256);
    }
    for (int r = 0; r < HEADER_ROW; r++) {
      Row row = sheet.createRow(r);
      Cell cell = row.createCell(0);
      cell.setCellStyle(r == 0 ? title : locked);
      cell.setCellValue(r < s.heading().size() ? s.heading().get(r) : "");
    }
    sheet.getRow(0).createCell(COL_HIDDEN).setCellValue(s.enrolmentId());
    Row header = sheet.createRow(HEADER_ROW);
    for (int c = 0; c < content.headers().size(); c++) {
      Cell cell = header.createCell(c);
      cell.setCellStyle(heading);
      cell.setCellValue(content.headers().get(c));
    }
    int r = FIRST_CRITERION_ROW;
    for (WorkbookContent.Criterion criterion : s.criteria()) {
      Row row = sheet.createRow(r++);
      cell(row, COL_ID, criterion.id(), locked);
      cell(row, COL_TEXT, criterion.text(), lockedWrap);
      row.createCell(COL_DATE).setCellStyle(inputDate);
      row.createCell(COL_METHOD).setCellStyle(input);
      row.createCell(COL_OBSERVED).setCellStyle(inputWrap);
      row.createCell(COL_CLAIM).setCellStyle(input);
      row.createCell(COL_RECORDER).setCellStyle(input);
      cell(row, COL_STATUS, criterion.status(), lockedWrap);
      row.createCell(COL_HIDDEN).setCellValue(criterion.id());
    }
    int last = FIRST_CRITERION_ROW + s.criteria().size() - 1;
    XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
    list(
        sheet,
        helper,
        helper.createExplicitListConstraint(s.methods().toArray(String[]::new)),
        COL_METHOD,
        last,
        true);
    list(
        sheet,
        helper,
        helper.createExplicitListConstraint(content.judgements().toArray(String[]::new)),
        COL_CLAIM,
        last,
        true);
    if (!content.recorders().isEmpty()) {
      String range =
          MANIFEST
              + "!"
              + new CellReference(1, MANIFEST_RECORDERS, true, true).formatAsString()
              + ":"
              + new CellReference(content.recorders().size(), MANIFEST_RECORDERS, true, true)
                  .formatAsString();
      list(sheet, helper, helper.createFormulaListConstraint(range), COL_RECORDER, last, false);
    }
    sheet.setColumnHidden(COL_HIDDEN, true);
    sheet.createFreezePane(0, FIRST_CRITERION_ROW);
    sheet.getPrintSetup().setLandscape(true);
    sheet.setFitToPage(true);
    sheet.getPrintSetup().setFitWidth((short) 1);
    sheet.getPrintSetup().setFitHeight((short) 0);
    protect(sheet, content);
  }

  private static void list(
      XSSFSheet sheet,
      XSSFDataValidationHelper helper,
      DataValidationConstraint constraint,
      int column,
      int lastRow,
      boolean strict) {
    DataValidation dv =
        helper.createValidation(
            constraint, new CellRangeAddressList(FIRST_CRITERION_ROW, lastRow, column, column));
    dv.setSuppressDropDownArrow(true);
    dv.setShowErrorBox(true);
    dv.setErrorStyle(strict ? DataValidation.ErrorStyle.STOP : DataValidation.ErrorStyle.INFO);
    dv.createErrorBox(
        sv("workbook.list.title"),
        sv(strict ? "workbook.list.choose" : "workbook.list.unknownName"));
    sheet.addValidationData(dv);
  }

  private void manifest(WorkbookContent content) {
    XSSFSheet sheet = wb.createSheet(MANIFEST);
    Row first = sheet.createRow(0);
    first.createCell(0).setCellValue(FORMAT);
    first.createCell(1).setCellValue(Integer.toString(VERSION));
    first.createCell(2).setCellValue(content.placementCode());
    Row head = sheet.getRow(0);
    head.createCell(MANIFEST_RECORDERS).setCellValue("recorders");
    Row columns = sheet.createRow(MANIFEST_FIRST_ENTRY - 1);
    String[] names = {"sheet", "enrolment", "unit", "unit hash"};
    for (int c = 0; c < names.length; c++) {
      columns.createCell(c).setCellValue(names[c]);
    }
    int r = MANIFEST_FIRST_ENTRY;
    for (WorkbookContent.Sheet s : content.sheets()) {
      Row row = row(sheet, r++);
      row.createCell(0).setCellValue(s.name());
      row.createCell(1).setCellValue(s.enrolmentId());
      row.createCell(2).setCellValue(s.unitRef());
      row.createCell(3).setCellValue(s.unitHash());
    }
    for (int i = 0; i < content.recorders().size(); i++) {
      row(sheet, i + 1).createCell(MANIFEST_RECORDERS).setCellValue(content.recorders().get(i));
    }
    protect(sheet, content);
    wb.setSheetVisibility(wb.getSheetIndex(sheet), SheetVisibility.VERY_HIDDEN);
  }

  private static Row row(XSSFSheet sheet, int index) {
    Row row = sheet.getRow(index);
    return row != null ? row : sheet.createRow(index);
  }

  private static void cell(Row row, int column, String value, CellStyle style) {
    Cell cell = row.createCell(column);
    cell.setCellStyle(style);
    cell.setCellValue(value);
  }

  private void protect(XSSFSheet sheet, WorkbookContent content) {
    if (content.password().isPresent()) {
      sheet.protectSheet(content.password().get());
    } else {
      sheet.enableLocking();
    }
    sheet.lockFormatColumns(false);
    sheet.lockFormatRows(false);
    sheet.lockSelectLockedCells(false);
    sheet.lockSelectUnlockedCells(false);
  }

  private CellStyle style(boolean unlocked, boolean wrap) {
    CellStyle s = wb.createCellStyle();
    s.setLocked(!unlocked);
    s.setWrapText(wrap);
    s.setVerticalAlignment(VerticalAlignment.TOP);
    if (unlocked) {
      s.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
      s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      s.setBorderBottom(BorderStyle.THIN);
      s.setBorderTop(BorderStyle.THIN);
      s.setBorderLeft(BorderStyle.THIN);
      s.setBorderRight(BorderStyle.THIN);
      s.setBottomBorderColor(IndexedColors.GREY_40_PERCENT.getIndex());
      s.setTopBorderColor(IndexedColors.GREY_40_PERCENT.getIndex());
      s.setLeftBorderColor(IndexedColors.GREY_40_PERCENT.getIndex());
      s.setRightBorderColor(IndexedColors.GREY_40_PERCENT.getIndex());
    }
    return s;
  }

  private static String sv(String key) {
    return Message.of(EvidenceRecords.class, key).format(Message.SWEDISH);
  }
}
