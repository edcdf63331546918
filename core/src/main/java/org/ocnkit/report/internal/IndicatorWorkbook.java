package org.ocnkit.report.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ocnkit.Message;
import org.ocnkit.report.Figure;
import org.ocnkit.report.FollowUpPoint;
import org.ocnkit.report.IndicatorReport;
import org.ocnkit.report.IndicatorTable;

/**
 * Writes an {@link IndicatorReport} as an xlsx workbook with Apache POI: one sheet per group of
 * tables (participants, results, outcomes), each opening with the period and the suppression note;
 * a chart sheet with a bar chart of the outcomes at each follow-up point, one series per gender;
 * and a sheet that explains what is counted and how. Numbers are plain values: the workbook holds
 * no formulas, so nothing can recompute a hidden number from the ones shown.
 *
 * <p>Layout of a table, which a program can rely on: a row with the title in column A; for tables
 * with column groups, a row with the group names over their columns (column A empty); a header row;
 * the data rows, label columns first; an empty row.
 */
public final class IndicatorWorkbook {
  private final IndicatorReport report;
  private final Locale locale;
  private final XSSFWorkbook wb = new XSSFWorkbook();
  private final CellStyle title;
  private final CellStyle note;
  private final CellStyle tableTitle;
  private final CellStyle header;
  private final CellStyle label;
  private final CellStyle labelTotal;
  private final CellStyle number;
  private final CellStyle numberTotal;
  private final CellStyle mark;
  private final CellStyle markTotal;

  private IndicatorWorkbook(IndicatorReport report, Locale locale) {
    this.report = report;
    this.locale = locale;
    Font bold = wb.createFont();
    bold.setBold(true);
    Font big = wb.createFont();
    big.setBold(true);
    big.setFontHeightInPoints((short) 14);
    Font medium = wb.createFont();
    medium.setBold(true);
    medium.setFontHeightInPoints((short) 12);
    title = wb.createCellStyle();
    title.setFont(big);
    note = wb.createCellStyle();
    note.setWrapText(false);
    tableTitle = wb.createCellStyle();
    tableTitle.setFont(medium);
    header = wb.createCellStyle();
    header.setFont(bold);
    header.setWrapText(true);
    header.setVerticalAlignment(VerticalAlignment.TOP);
    header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    header.setBorderBottom(BorderStyle.THIN);
    label = wb.createCellStyle();
    labelTotal = wb.createCellStyle();
    labelTotal.setFont(bold);
    number = wb.createCellStyle();
    number.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
    numberTotal = wb.createCellStyle();
    numberTotal.cloneStyleFrom(number);
    numberTotal.setFont(bold);
    mark = wb.createCellStyle();
    mark.setAlignment(HorizontalAlignment.RIGHT);
    markTotal = wb.createCellStyle();
    markTotal.cloneStyleFrom(mark);
    markTotal.setFont(bold);
  }

  /** The workbook's bytes, its texts in {@code locale}. */
  public static byte[] write(IndicatorReport report, Locale locale) {
    IndicatorWorkbook writer = new IndicatorWorkbook(report, locale);
    try (XSSFWorkbook wb = writer.wb) {
      for (IndicatorReport.Sheet sheet : report.sheets()) {
        writer.tables(sheet);
      }
      writer.chart();
      writer.about();
      return ReportFiles.bytes(wb, writer.text("workbook.title"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String text(String key, Object... args) {
    return Message.of(IndicatorReport.class, key, args).format(locale);
  }

  private String text(Message message) {
    return message.format(locale);
  }

  /** The title, period and notes every sheet opens with; returns the next free row. */
  private int opening(XSSFSheet sheet, String heading, boolean suppressionNote) {
    cell(sheet, 0, 0, heading, title);
    String organisation = report.organisation().isBlank() ? "" : report.organisation() + " \u00b7 ";
    cell(
        sheet,
        1,
        0,
        organisation
            + text(
                "workbook.period", text(report.period().label()), report.reportDate().toString()),
        note);
    int r = 2;
    if (suppressionNote) {
      int t = report.settings().suppressBelow();
      if (t > 1) {
        cell(sheet, r++, 0, text("note.suppressed", t, t - 1), note);
        cell(sheet, r++, 0, text("note.hidden", Figure.HIDDEN_MARK, t), note);
      } else {
        cell(sheet, r++, 0, text("note.notSuppressed"), note);
      }
    }
    return r + 1;
  }

  private void tables(IndicatorReport.Sheet s) {
    XSSFSheet sheet = wb.createSheet(WorkbookUtil.createSafeSheetName(text(s.name())));
    int r = opening(sheet, text("workbook.title") + " \u2013 " + text(s.name()), true);
    if (s.id().equals(IndicatorReport.PARTICIPANTS)) {
      cell(sheet, r - 1, 0, text("note.age"), note);
      r++;
    }
    int widest = 0;
    for (IndicatorTable table : s.tables()) {
      r = table(sheet, r, table);
      widest = Math.max(widest, table.labelHeaders().size() + table.columns().size());
    }
    sheet.setColumnWidth(0, 30 * 256);
    for (int c = 1; c < widest; c++) {
      sheet.setColumnWidth(c, 16 * 256);
    }
  }

  /** Writes one table from row {@code r}; returns the row after the empty row that ends it. */
  private int table(XSSFSheet sheet, int r, IndicatorTable table) {
    cell(sheet, r++, 0, text(table.title()), tableTitle);
    int labels = table.labelHeaders().size();
    if (table.columns().stream().anyMatch(c -> c.group().isPresent())) {
      Row groups = sheet.createRow(r++);
      List<IndicatorTable.Column> columns = table.columns();
      int c = 0;
      while (c < columns.size()) {
        Optional<Message> group = columns.get(c).group();
        int end = c;
        while (end + 1 < columns.size() && columns.get(end + 1).group().equals(group)) {
          end++;
        }
        if (group.isPresent()) {
          for (int k = c; k <= end; k++) {
            groups.createCell(labels + k).setCellStyle(header);
          }
          groups.getCell(labels + c).setCellValue(text(group.get()));
          if (end > c) {
            sheet.addMergedRegion(
                new CellRangeAddress(
                    groups.getRowNum(), groups.getRowNum(), labels + c, labels + end));
          }
        }
        c = end + 1;
      }
    }
    Row head = sheet.createRow(r++);
    for (int c = 0; c < labels; c++) {
      Cell cell = head.createCell(c);
      cell.setCellValue(text(table.labelHeaders().get(c)));
      cell.setCellStyle(header);
    }
    for (int c = 0; c < table.columns().size(); c++) {
      Cell cell = head.createCell(labels + c);
      cell.setCellValue(text(table.columns().get(c).label()));
      cell.setCellStyle(header);
    }
    for (IndicatorTable.TableRow row : table.rows()) {
      Row out = sheet.createRow(r++);
      for (int c = 0; c < labels; c++) {
        Cell cell = out.createCell(c);
        cell.setCellValue(text(row.labels().get(c)));
        cell.setCellStyle(row.total() ? labelTotal : label);
      }
      for (int c = 0; c < row.figures().size(); c++) {
        figure(out.createCell(labels + c), row.figures().get(c), row.total());
      }
    }
    return r + 1;
  }

  private void figure(Cell cell, Figure figure, boolean total) {
    if (figure.kind() == Figure.Kind.VALUE) {
      cell.setCellValue(figure.value());
      cell.setCellStyle(total ? numberTotal : number);
    } else {
      cell.setCellValue(figure.text(report.settings().suppressBelow()));
      cell.setCellStyle(total ? markTotal : mark);
    }
  }

  /**
   * The chart sheet: for each follow-up point, the shown outcomes by gender and in all as data
   * (hidden figures left blank) and a clustered bar chart of them, one series per gender and one
   * for all.
   */
  private void chart() {
    XSSFSheet sheet = wb.createSheet(WorkbookUtil.createSafeSheetName(text("sheet.chart")));
    int r = opening(sheet, text("workbook.title") + " \u2013 " + text("sheet.chart"), false);
    cell(sheet, r - 1, 0, text("note.chart"), note);
    r++;
    XSSFDrawing drawing = sheet.createDrawingPatriarch();
    sheet.setColumnWidth(0, 24 * 256);
    int widest = 0;
    for (IndicatorTable table : report.outcomeTables()) {
      cell(sheet, r++, 0, text(table.title()), tableTitle);
      int headRow = r++;
      // One series per gender and one for everyone: the total is published when the gender
      // cells are too small to show, so the chart has data also for a small programme.
      int genders = table.columns().size();
      Row head = sheet.createRow(headRow);
      head.createCell(0).setCellValue(text(table.labelHeaders().get(0)));
      head.getCell(0).setCellStyle(header);
      for (int c = 0; c < genders; c++) {
        Cell cell = head.createCell(1 + c);
        cell.setCellValue(text(table.columns().get(c).label()));
        cell.setCellStyle(header);
      }
      List<IndicatorTable.TableRow> statuses =
          new ArrayList<>(table.rows().stream().filter(row -> !row.total()).toList());
      int first = r;
      for (IndicatorTable.TableRow row : statuses) {
        Row out = sheet.createRow(r++);
        out.createCell(0).setCellValue(text(row.labels().get(0)));
        for (int c = 0; c < genders; c++) {
          Figure f = row.figures().get(c);
          Cell cell = out.createCell(1 + c);
          if (f.kind() == Figure.Kind.VALUE) {
            cell.setCellValue(f.value());
          }
        }
      }
      int last = r - 1;
      int chartTop = first - 2;
      int chartBottom = Math.max(last + 2, chartTop + 18);
      XSSFClientAnchor anchor =
          drawing.createAnchor(0, 0, 0, 0, genders + 2, chartTop, genders + 11, chartBottom);
      XSSFChart chart = drawing.createChart(anchor);
      chart.setTitleText(text(table.title()));
      chart.setTitleOverlay(false);
      chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
      XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.BOTTOM);
      XDDFValueAxis values = chart.createValueAxis(AxisPosition.LEFT);
      values.setCrosses(AxisCrosses.AUTO_ZERO);
      XDDFDataSource<String> statusNames =
          XDDFDataSourcesFactory.fromStringCellRange(
              sheet, new CellRangeAddress(first, last, 0, 0));
      XDDFBarChartData data =
          (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
      data.setBarDirection(BarDirection.COL);
      data.setVaryColors(false);
      for (int c = 0; c < genders; c++) {
        XDDFNumericalDataSource<Double> counts =
            XDDFDataSourcesFactory.fromNumericCellRange(
                sheet, new CellRangeAddress(first, last, 1 + c, 1 + c));
        XDDFChartData.Series series = data.addSeries(statusNames, counts);
        series.setTitle(
            text(table.columns().get(c).label()),
            new CellReference(sheet.getSheetName(), headRow, 1 + c, true, true));
      }
      chart.plot(data);
      r = chartBottom + 2;
      widest = Math.max(widest, genders + 11);
      // Each follow-up point's table and chart on a page of its own when printed.
      sheet.setRowBreak(r - 1);
    }
    fitToPageWidth(sheet, widest, r - 1);
  }

  /**
   * Prints (and converts to PDF) {@code sheet} landscape, one page wide, as many pages tall as it
   * needs, over columns 0..{@code lastColumn} and rows 0..{@code lastRow}: charts anchored beside
   * their data do not spill onto a page of their own or get cut.
   */
  private void fitToPageWidth(XSSFSheet sheet, int lastColumn, int lastRow) {
    sheet.setFitToPage(true);
    sheet.setAutobreaks(true);
    sheet.getPrintSetup().setLandscape(true);
    sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
    sheet.getPrintSetup().setFitWidth((short) 1);
    sheet.getPrintSetup().setFitHeight((short) 0);
    wb.setPrintArea(wb.getSheetIndex(sheet), 0, lastColumn, 0, lastRow);
  }

  /** What is counted and how, with the settings in force. */
  private void about() {
    XSSFSheet sheet = wb.createSheet(WorkbookUtil.createSafeSheetName(text("sheet.about")));
    int r = opening(sheet, text("workbook.title") + " \u2013 " + text("sheet.about"), false);
    sheet.setColumnWidth(0, 120 * 256);
    CellStyle wrap = wb.createCellStyle();
    wrap.setWrapText(true);
    wrap.setVerticalAlignment(VerticalAlignment.TOP);
    int t = report.settings().suppressBelow();
    List<String> lines = new ArrayList<>();
    for (String key :
        List.of(
            "about.started",
            "about.erased",
            "about.age",
            "about.abroad",
            "about.disability",
            "about.units",
            "about.certified",
            "about.qualified",
            "about.byQualification",
            "about.outcomes")) {
      lines.add(text(key));
    }
    lines.add(
        t > 1
            ? text("about.suppression", t, t - 1, Figure.HIDDEN_MARK)
            : text("note.notSuppressed"));
    lines.add(
        text(
            "about.settings",
            t,
            String.join(
                ", ",
                report.settings().ageBands().bands().stream()
                    .map(b -> b.displayName(locale))
                    .toList()),
            report
                .settings()
                .secondAgeBands()
                .map(
                    s ->
                        String.join(
                            ", ", s.bands().stream().map(b -> b.displayName(locale)).toList()))
                .orElse("-"),
            String.join(
                ", ",
                report.settings().followUps().stream()
                    .map((FollowUpPoint p) -> p.displayName(locale))
                    .toList())));
    for (String line : lines) {
      cell(sheet, r++, 0, line, wrap);
    }
  }

  private static void cell(XSSFSheet sheet, int r, int c, String value, CellStyle style) {
    Row row = sheet.getRow(r) != null ? sheet.getRow(r) : sheet.createRow(r);
    Cell cell = row.createCell(c);
    cell.setCellValue(value);
    cell.setCellStyle(style);
  }
}
