package org.ocnkit.learner.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;

/**
 * Reading cells and dates the way people fill spreadsheets in: a date may be a date cell, a number
 * typed without a date format ({@code 20260302}), or text such as {@code 2026-03-02}, {@code
 * 2/3/2026} or {@code 2.3.2026} (day first, as in Sweden).
 */
public final class SheetCells {
  private static final List<DateTimeFormatter> TEXT_DATES =
      List.of(
          pattern("uuuu-M-d"),
          pattern("uuuuMMdd"),
          pattern("d/M/uuuu"),
          pattern("d.M.uuuu"),
          pattern("d-M-uuuu"),
          pattern("uuuu/M/d"),
          pattern("uuuu.M.d"));

  /** A date read from a cell or text. */
  public record DateReading(boolean blank, Optional<LocalDate> date, String text) {
    /** Whether something is written that is not a date. */
    public boolean unreadable() {
      return !blank && date.isEmpty();
    }
  }

  private SheetCells() {}

  /** {@code 'Sheet name'!C5}, as Excel writes a reference. */
  public static String location(Cell cell) {
    return location(cell.getSheet().getSheetName(), cell.getRowIndex(), cell.getColumnIndex());
  }

  /** {@code 'Sheet name'!C5} for a 0-based row and column. */
  public static String location(String sheet, int row, int column) {
    return new CellReference(sheet, row, column, false, false).formatAsString();
  }

  /** The cell's content as text: dates as ISO dates, whole numbers without a fraction. */
  public static String text(Cell cell) {
    if (cell == null) {
      return "";
    }
    CellType type =
        cell.getCellType() == CellType.FORMULA
            ? cell.getCachedFormulaResultType()
            : cell.getCellType();
    return switch (type) {
      case STRING -> TypedText.clean(cell.getRichStringCellValue().getString());
      case NUMERIC ->
          DateUtil.isCellDateFormatted(cell)
              ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
              : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
      case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
      default -> "";
    };
  }

  /** The cell read as a date. */
  public static DateReading date(Cell cell) {
    if (cell == null) {
      return new DateReading(true, Optional.empty(), "");
    }
    CellType type =
        cell.getCellType() == CellType.FORMULA
            ? cell.getCachedFormulaResultType()
            : cell.getCellType();
    if (type == CellType.NUMERIC) {
      double value = cell.getNumericCellValue();
      String shown = text(cell);
      if (DateUtil.isCellDateFormatted(cell)) {
        return new DateReading(
            false, Optional.of(cell.getLocalDateTimeCellValue().toLocalDate()), shown);
      }
      if (value == Math.rint(value) && value >= 19000101 && value <= 29991231) {
        return new DateReading(false, parse(shown), shown);
      }
      if (DateUtil.isValidExcelDate(value) && value >= 1 && value < 2958466) {
        return new DateReading(
            false, Optional.of(DateUtil.getLocalDateTime(value).toLocalDate()), shown);
      }
      return new DateReading(false, Optional.empty(), shown);
    }
    return text(text(cell));
  }

  /** Text read as a date. */
  public static DateReading text(String text) {
    String t = TypedText.clean(text);
    return new DateReading(t.isEmpty(), t.isEmpty() ? Optional.empty() : parse(t), t);
  }

  /**
   * A date written as {@code 2026-03-02}, {@code 20260302}, {@code 2/3/2026}, {@code 2.3.2026},
   * {@code 2-3-2026} or {@code 2026/3/2}: day before month where the year comes last.
   */
  public static Optional<LocalDate> parse(String text) {
    String t = TypedText.clean(text);
    for (DateTimeFormatter f : TEXT_DATES) {
      try {
        return Optional.of(LocalDate.parse(t, f));
      } catch (DateTimeParseException e) {
        // try the next form
      }
    }
    return Optional.empty();
  }

  private static DateTimeFormatter pattern(String p) {
    return DateTimeFormatter.ofPattern(p).withResolverStyle(ResolverStyle.STRICT);
  }
}
