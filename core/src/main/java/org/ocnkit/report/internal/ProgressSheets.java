package org.ocnkit.report.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ocnkit.Message;
import org.ocnkit.evidence.CriterionProgress;
import org.ocnkit.evidence.CriterionStatus;
import org.ocnkit.evidence.EnrolmentProgress;
import org.ocnkit.learner.Apprentice;
import org.ocnkit.learner.ApprenticeId;
import org.ocnkit.report.ProgressWorkbook;
import org.ocnkit.unit.UnitRef;

/**
 * Lays out the progress workbook with Apache POI (see {@link ProgressWorkbook}). Every data sheet
 * has its header in row 1, frozen, with an auto-filter over the table; the colours are conditional
 * formats, so they follow the values if someone edits a copy.
 */
public final class ProgressSheets {
  /** Fill of a met criterion, or a unit with every criterion met. */
  public static final String GREEN = "C6EFCE";

  /** Fill of a criterion not yet met or awaiting the assessor, or a unit partly met. */
  public static final String AMBER = "FFEB9C";

  /** Fill of a criterion without evidence, or a unit with nothing met. */
  public static final String RED = "FFC7CE";

  private final List<Apprentice> apprentices;
  private final Map<UnitRef, List<EnrolmentProgress>> byUnit = new TreeMap<>();
  private final Map<ApprenticeId, Map<UnitRef, EnrolmentProgress>> byApprentice =
      new LinkedHashMap<>();
  private final int enrolments;
  private final boolean names;
  private final String organisation;
  private final LocalDate today;
  private final Locale locale;

  private final List<org.ocnkit.report.QualificationProgress.Standing> qualifications;

  public ProgressSheets(
      List<Apprentice> apprentices,
      List<EnrolmentProgress> progress,
      boolean names,
      String organisation,
      LocalDate today,
      Locale locale) {
    this(apprentices, progress, List.of(), names, organisation, today, locale);
  }

  /**
   * With {@code qualifications}, each apprentice's standing against each approved qualification,
   * the workbook has a sheet of them after the units.
   */
  public ProgressSheets(
      List<Apprentice> apprentices,
      List<EnrolmentProgress> progress,
      List<org.ocnkit.report.QualificationProgress.Standing> qualifications,
      boolean names,
      String organisation,
      LocalDate today,
      Locale locale) {
    this.qualifications = List.copyOf(qualifications);
    this.apprentices = List.copyOf(apprentices);
    for (EnrolmentProgress p : progress) {
      byUnit.computeIfAbsent(p.unit(), u -> new ArrayList<>()).add(p);
      byApprentice.computeIfAbsent(p.apprentice(), a -> new TreeMap<>()).put(p.unit(), p);
    }
    this.enrolments = progress.size();
    this.names = names;
    this.organisation = organisation;
    this.today = today;
    this.locale = locale;
  }

  public int apprentices() {
    return apprentices.size();
  }

  public int enrolments() {
    return enrolments;
  }

  public List<UnitRef> units() {
    return List.copyOf(byUnit.keySet());
  }

  /** The workbook's bytes. */
  public byte[] write() {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Styles styles = new Styles(wb);
      overview(wb, styles);
      Set<String> taken = new HashSet<>();
      taken.add(text("progress.sheet.overview").toLowerCase(Locale.ROOT));
      taken.add(text("progress.sheet.about").toLowerCase(Locale.ROOT));
      for (Map.Entry<UnitRef, List<EnrolmentProgress>> unit : byUnit.entrySet()) {
        unitSheet(wb, styles, sheetName(unit.getKey(), taken), unit.getValue());
      }
      if (!qualifications.isEmpty()) {
        qualificationSheet(wb, styles);
      }
      about(wb, styles);
      return ReportFiles.bytes(wb, text("progress.title"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String text(String key, Object... args) {
    return Message.of(ProgressWorkbook.class, key, args).format(locale);
  }

  /** The label columns every data sheet starts with: the id, and the name when shown. */
  private int labelColumns(Row header, Styles styles) {
    cell(header, 0, text("progress.header.apprentice"), styles.header);
    if (names) {
      cell(header, 1, text("progress.header.name"), styles.header);
      return 2;
    }
    return 1;
  }

  private void labels(Row row, Apprentice a) {
    row.createCell(0).setCellValue(a.id().toString());
    if (names) {
      row.createCell(1).setCellValue(a.fullName().orElse(text("progress.erased")));
    }
  }

  private void overview(XSSFWorkbook wb, Styles styles) {
    XSSFSheet sheet =
        wb.createSheet(WorkbookUtil.createSafeSheetName(text("progress.sheet.overview")));
    Row header = sheet.createRow(0);
    int first = labelColumns(header, styles);
    List<UnitRef> units = units();
    for (int u = 0; u < units.size(); u++) {
      cell(header, first + u, units.get(u).toString(), styles.header);
    }
    int achievedColumn = first + units.size();
    cell(header, achievedColumn, text("progress.header.unitsAchieved"), styles.header);
    int r = 1;
    for (Apprentice a : apprentices) {
      Row row = sheet.createRow(r++);
      labels(row, a);
      Map<UnitRef, EnrolmentProgress> mine = byApprentice.getOrDefault(a.id(), Map.of());
      for (int u = 0; u < units.size(); u++) {
        EnrolmentProgress p = mine.get(units.get(u));
        if (p != null) {
          Cell cell = row.createCell(first + u);
          cell.setCellValue(p.total() == 0 ? 0 : (double) p.met() / p.total());
          cell.setCellStyle(styles.share);
        }
      }
      row.createCell(achievedColumn)
          .setCellValue(mine.values().stream().filter(p -> p.achievedOn().isPresent()).count());
    }
    int last = Math.max(r - 1, 1);
    if (!units.isEmpty()) {
      SheetConditionalFormatting cf = sheet.getSheetConditionalFormatting();
      CellRangeAddress[] range = {new CellRangeAddress(1, last, first, first + units.size() - 1)};
      String ref = new CellReference(1, first, false, false).formatAsString();
      rule(
          cf,
          range,
          cf.createConditionalFormattingRule("AND(ISNUMBER(" + ref + ")," + ref + ">=1)"),
          GREEN);
      rule(
          cf,
          range,
          cf.createConditionalFormattingRule(
              "AND(ISNUMBER(" + ref + ")," + ref + ">0," + ref + "<1)"),
          AMBER);
      rule(
          cf,
          range,
          cf.createConditionalFormattingRule("AND(ISNUMBER(" + ref + ")," + ref + "=0)"),
          RED);
    }
    finish(sheet, achievedColumn, r - 1);
    sheet.setColumnWidth(0, 12 * 256);
    if (names) {
      sheet.setColumnWidth(1, 28 * 256);
    }
    for (int c = first; c <= achievedColumn; c++) {
      sheet.setColumnWidth(c, 15 * 256);
    }
  }

  private void unitSheet(
      XSSFWorkbook wb, Styles styles, String name, List<EnrolmentProgress> enrolled) {
    XSSFSheet sheet = wb.createSheet(name);
    Row header = sheet.createRow(0);
    header.setHeightInPoints(75);
    int c = labelColumns(header, styles);
    int placement = c++;
    int assessor = c++;
    int met = c++;
    int total = c++;
    int achieved = c++;
    cell(header, placement, text("progress.header.placement"), styles.header);
    cell(header, assessor, text("progress.header.assessor"), styles.header);
    cell(header, met, text("progress.header.met"), styles.header);
    cell(header, total, text("progress.header.criteria"), styles.header);
    cell(header, achieved, text("progress.header.achieved"), styles.header);
    int firstCriterion = c;
    List<CriterionProgress> criteria = enrolled.get(0).criteria();
    for (int k = 0; k < criteria.size(); k++) {
      cell(
          header,
          firstCriterion + k,
          criteria.get(k).id() + " " + criteria.get(k).text(),
          styles.header);
    }
    Map<ApprenticeId, Apprentice> people = new LinkedHashMap<>();
    apprentices.forEach(a -> people.put(a.id(), a));
    int r = 1;
    for (EnrolmentProgress p : enrolled) {
      Row row = sheet.createRow(r++);
      labels(row, people.get(p.apprentice()));
      row.createCell(placement).setCellValue(p.placement().value());
      row.createCell(assessor).setCellValue(p.assessor().value());
      row.createCell(met).setCellValue(p.met());
      row.createCell(total).setCellValue(p.total());
      p.achievedOn().ifPresent(d -> row.createCell(achieved).setCellValue(d.toString()));
      for (int k = 0; k < p.criteria().size(); k++) {
        row.createCell(firstCriterion + k)
            .setCellValue(p.criteria().get(k).status().displayName(locale));
      }
    }
    int lastColumn = firstCriterion + criteria.size() - 1;
    SheetConditionalFormatting cf = sheet.getSheetConditionalFormatting();
    CellRangeAddress[] range = {
      new CellRangeAddress(1, Math.max(r - 1, 1), firstCriterion, lastColumn)
    };
    rule(cf, range, statusRule(cf, CriterionStatus.MET), GREEN);
    rule(cf, range, statusRule(cf, CriterionStatus.CLAIMED), AMBER);
    rule(cf, range, statusRule(cf, CriterionStatus.NOT_YET), AMBER);
    rule(cf, range, statusRule(cf, CriterionStatus.NO_EVIDENCE), RED);
    finish(sheet, lastColumn, r - 1);
    sheet.setColumnWidth(0, 12 * 256);
    if (names) {
      sheet.setColumnWidth(1, 26 * 256);
    }
    sheet.setColumnWidth(placement, 18 * 256);
    sheet.setColumnWidth(assessor, 16 * 256);
    for (int k = firstCriterion; k <= lastColumn; k++) {
      sheet.setColumnWidth(k, 24 * 256);
    }
  }

  /** One row per apprentice and approved qualification: met or not, and what is missing. */
  private void qualificationSheet(XSSFWorkbook wb, Styles styles) {
    XSSFSheet sheet =
        wb.createSheet(WorkbookUtil.createSafeSheetName(text("progress.sheet.qualifications")));
    Row header = sheet.createRow(0);
    int c = labelColumns(header, styles);
    int qualification = c++;
    int title = c++;
    int status = c++;
    int credits = c++;
    int missing = c;
    cell(header, qualification, text("progress.header.qualification"), styles.header);
    cell(header, title, text("progress.header.qualificationTitle"), styles.header);
    cell(header, status, text("progress.header.qualificationStatus"), styles.header);
    cell(header, credits, text("progress.header.countedCredits"), styles.header);
    cell(header, missing, text("progress.header.missing"), styles.header);
    Map<ApprenticeId, Apprentice> people = new LinkedHashMap<>();
    apprentices.forEach(a -> people.put(a.id(), a));
    int r = 1;
    for (org.ocnkit.report.QualificationProgress.Standing q : qualifications) {
      Apprentice a = people.get(q.apprentice());
      if (a == null) {
        continue;
      }
      Row row = sheet.createRow(r++);
      labels(row, a);
      row.createCell(qualification).setCellValue(q.qualification().toString());
      row.createCell(title).setCellValue(q.title(locale));
      row.createCell(status)
          .setCellValue(
              text(
                  q.certified()
                      ? "progress.qualification.certified"
                      : q.evaluation().met()
                          ? "progress.qualification.met"
                          : "progress.qualification.notMet"));
      row.createCell(credits).setCellValue(q.evaluation().countedCredits());
      row.createCell(missing)
          .setCellValue(
              String.join(
                  "; ",
                  q.evaluation().unmet().stream()
                      .flatMap(u -> u.missing().stream())
                      .map(m -> m.format(locale))
                      .toList()));
    }
    SheetConditionalFormatting cf = sheet.getSheetConditionalFormatting();
    CellRangeAddress[] range = {new CellRangeAddress(1, Math.max(r - 1, 1), status, status)};
    rule(cf, range, textRule(cf, text("progress.qualification.certified")), GREEN);
    rule(cf, range, textRule(cf, text("progress.qualification.met")), GREEN);
    rule(cf, range, textRule(cf, text("progress.qualification.notMet")), AMBER);
    finish(sheet, missing, r - 1);
    sheet.setColumnWidth(qualification, 22 * 256);
    sheet.setColumnWidth(title, 40 * 256);
    sheet.setColumnWidth(status, 30 * 256);
    sheet.setColumnWidth(missing, 70 * 256);
  }

  private static ConditionalFormattingRule textRule(SheetConditionalFormatting cf, String value) {
    return cf.createConditionalFormattingRule(
        ComparisonOperator.EQUAL, "\"" + value.replace("\"", "\"\"") + "\"");
  }

  private ConditionalFormattingRule statusRule(
      SheetConditionalFormatting cf, CriterionStatus status) {
    return cf.createConditionalFormattingRule(
        ComparisonOperator.EQUAL, "\"" + status.displayName(locale).replace("\"", "\"\"") + "\"");
  }

  private static void rule(
      SheetConditionalFormatting cf,
      CellRangeAddress[] range,
      ConditionalFormattingRule rule,
      String rgb) {
    PatternFormatting fill = rule.createPatternFormatting();
    // ARGB, opaque: the schema's colour is four bytes, and readers may drop a three-byte one
    fill.setFillBackgroundColor(new XSSFColor(java.util.HexFormat.of().parseHex("FF" + rgb), null));
    fill.setFillPattern(PatternFormatting.SOLID_FOREGROUND);
    cf.addConditionalFormatting(range, rule);
  }

  /** Freezes the header row and the label columns; filters over the whole table. */
  private void finish(XSSFSheet sheet, int lastColumn, int lastRow) {
    sheet.createFreezePane(names ? 2 : 1, 1);
    sheet.setAutoFilter(new CellRangeAddress(0, Math.max(lastRow, 0), 0, lastColumn));
  }

  private void about(XSSFWorkbook wb, Styles styles) {
    XSSFSheet sheet =
        wb.createSheet(WorkbookUtil.createSafeSheetName(text("progress.sheet.about")));
    sheet.setColumnWidth(0, 110 * 256);
    List<String> lines = new ArrayList<>();
    lines.add(text("progress.title"));
    lines.add(
        (organisation.isBlank() ? "" : organisation + " \u00b7 ")
            + text("progress.made", today.toString()));
    lines.add("");
    lines.add(text("progress.about.overview"));
    lines.add(text("progress.about.units"));
    lines.add(text("progress.about.green", CriterionStatus.MET.displayName(locale)));
    lines.add(
        text(
            "progress.about.amber",
            CriterionStatus.NOT_YET.displayName(locale),
            CriterionStatus.CLAIMED.displayName(locale)));
    lines.add(text("progress.about.red", CriterionStatus.NO_EVIDENCE.displayName(locale)));
    lines.add(text(names ? "progress.about.names" : "progress.about.pseudonymous"));
    for (int i = 0; i < lines.size(); i++) {
      Cell cell = sheet.createRow(i).createCell(0);
      cell.setCellValue(lines.get(i));
      cell.setCellStyle(i == 0 ? styles.title : styles.wrap);
    }
  }

  /**
   * The unit version's sheet name, {@code CODE@2}: a code too long for Excel's 31 characters is
   * shortened, never the version, which tells two versions' sheets apart; a name already taken gets
   * a number.
   */
  private static String sheetName(UnitRef unit, Set<String> taken) {
    String code = WorkbookUtil.createSafeSheetName(unit.code().value());
    String version = "@" + unit.version();
    String suffix = "";
    for (int n = 2; ; n++) {
      String name =
          code.substring(0, Math.min(code.length(), 31 - version.length() - suffix.length()))
              + version
              + suffix;
      if (taken.add(name.toLowerCase(Locale.ROOT))) {
        return name;
      }
      suffix = " (" + n + ")";
    }
  }

  private static void cell(Row row, int column, String value, CellStyle style) {
    Cell cell = row.createCell(column);
    cell.setCellValue(value);
    cell.setCellStyle(style);
  }

  /** The workbook's cell styles. */
  private static final class Styles {
    final CellStyle header;
    final CellStyle share;
    final CellStyle title;
    final CellStyle wrap;

    Styles(XSSFWorkbook wb) {
      Font bold = wb.createFont();
      bold.setBold(true);
      header = wb.createCellStyle();
      header.setFont(bold);
      header.setWrapText(true);
      header.setVerticalAlignment(VerticalAlignment.TOP);
      header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
      header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      share = wb.createCellStyle();
      share.setDataFormat(wb.createDataFormat().getFormat("0%"));
      Font big = wb.createFont();
      big.setBold(true);
      big.setFontHeightInPoints((short) 14);
      title = wb.createCellStyle();
      title.setFont(big);
      wrap = wb.createCellStyle();
      wrap.setWrapText(true);
    }
  }
}
