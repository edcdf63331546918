package org.ocnkit.evidence.internal;

import static org.ocnkit.evidence.internal.WorkbookLayout.*;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Message;
import org.ocnkit.Problem;
import org.ocnkit.evidence.EvidenceRecords;
import org.ocnkit.input.InputLimits;
import org.ocnkit.learner.internal.SheetCells;

/**
 * Reads a supervisor workbook (see {@link WorkbookLayout}): finds each enrolment's sheet by the
 * hidden enrolment id (so a renamed sheet is still found), and each criterion row by its hidden
 * criterion id. Reports rows copied (the same criterion twice) and rows added below or among the
 * criteria; never guesses what they belong to.
 */
public final class WorkbookReader {
  private WorkbookReader() {}

  /**
   * Reads {@code file}.
   *
   * @param shownName how the user named the file, for problems about the file as a whole
   * @throws InvalidInputException when the file is not a workbook, or not one ocnkit wrote
   */
  public static ParsedWorkbook read(Path file, String shownName) {
    return read(file, shownName, Optional.empty());
  }

  /**
   * Reads {@code file} and, when {@code seal} is given, checks that no locked cell and nothing on
   * the technical sheet was changed ({@link ParsedWorkbook#sealProblems()}).
   */
  public static ParsedWorkbook read(Path file, String shownName, Optional<WorkbookSeal> seal) {
    InputLimits.checkXlsx(file, shownName);
    Workbook wb;
    try {
      wb = WorkbookFactory.create(file.toFile(), null, true);
    } catch (IOException | RuntimeException e) {
      throw new InvalidInputException(
          new Problem(shownName, msg("workbook.notXlsx", String.valueOf(e.getMessage()))), e);
    }
    try (wb) {
      Sheet manifest = wb.getSheet(MANIFEST);
      if (manifest == null || !FORMAT.equals(text(manifest, 0, 0))) {
        throw new InvalidInputException(new Problem(shownName, msg("workbook.notOurs")));
      }
      if (!Integer.toString(VERSION).equals(text(manifest, 0, 1))) {
        throw new InvalidInputException(
            new Problem(shownName, msg("workbook.version", text(manifest, 0, 1), VERSION)));
      }
      List<Problem> changed = seal.map(x -> x.check(wb)).orElse(List.of());
      List<ParsedWorkbook.Sheet> sheets = new ArrayList<>();
      for (int r = MANIFEST_FIRST_ENTRY; r <= manifest.getLastRowNum(); r++) {
        String expected = text(manifest, r, 0);
        if (expected.isEmpty()) {
          continue;
        }
        String enrolment = text(manifest, r, 1);
        Optional<Sheet> sheet = find(wb, expected, enrolment);
        sheets.add(
            sheet.isEmpty()
                ? new ParsedWorkbook.Sheet(
                    expected,
                    Optional.empty(),
                    enrolment,
                    text(manifest, r, 2),
                    text(manifest, r, 3),
                    List.of(),
                    List.of())
                : rows(
                    sheet.get(), expected, enrolment, text(manifest, r, 2), text(manifest, r, 3)));
      }
      List<String> recorders = new ArrayList<>();
      for (int r = 1; r <= manifest.getLastRowNum(); r++) {
        String name = text(manifest, r, MANIFEST_RECORDERS);
        if (!name.isEmpty()) {
          recorders.add(name);
        }
      }
      return new ParsedWorkbook(text(manifest, 0, 2), sheets, recorders, changed);
    } catch (IOException e) {
      throw new InvalidInputException(
          new Problem(shownName, msg("workbook.notXlsx", String.valueOf(e.getMessage()))), e);
    }
  }

  /** The sheet holding {@code enrolment} in its hidden I1: by its name first, else any. */
  private static Optional<Sheet> find(Workbook wb, String name, String enrolment) {
    Sheet byName = wb.getSheet(name);
    if (byName != null && enrolment.equals(text(byName, 0, COL_HIDDEN))) {
      return Optional.of(byName);
    }
    for (Sheet s : wb) {
      if (enrolment.equals(text(s, 0, COL_HIDDEN))) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  private static ParsedWorkbook.Sheet rows(
      Sheet sheet, String expected, String enrolment, String unitRef, String unitHash) {
    String name = sheet.getSheetName();
    List<ParsedWorkbook.CriterionRow> rows = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (int r = FIRST_CRITERION_ROW; r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      if (row == null) {
        continue;
      }
      String criterion = SheetCells.text(row.getCell(COL_HIDDEN));
      if (criterion.isEmpty()) {
        for (int c = COL_ID; c <= COL_STATUS; c++) {
          if (!SheetCells.text(row.getCell(c)).isEmpty()) {
            problems.add(
                new Problem(SheetCells.location(name, r, c), msg("workbook.rowAdded", r + 1)));
            break;
          }
        }
        continue;
      }
      Integer first = seen.putIfAbsent(criterion, r);
      if (first != null) {
        problems.add(
            new Problem(
                SheetCells.location(name, r, COL_ID),
                msg("workbook.duplicateRow", criterion, first + 1)));
        continue;
      }
      rows.add(
          new ParsedWorkbook.CriterionRow(
              name,
              r,
              criterion,
              SheetCells.text(row.getCell(COL_ID)),
              SheetCells.text(row.getCell(COL_TEXT)),
              SheetCells.date(row.getCell(COL_DATE)),
              SheetCells.text(row.getCell(COL_METHOD)),
              SheetCells.text(row.getCell(COL_OBSERVED)),
              SheetCells.text(row.getCell(COL_CLAIM)),
              SheetCells.text(row.getCell(COL_RECORDER))));
    }
    return new ParsedWorkbook.Sheet(
        expected, Optional.of(name), enrolment, unitRef, unitHash, rows, problems);
  }

  private static String text(Sheet sheet, int row, int column) {
    Row r = sheet.getRow(row);
    return r == null ? "" : SheetCells.text(r.getCell(column));
  }

  private static Message msg(String key, Object... args) {
    return Message.of(EvidenceRecords.class, key, args);
  }
}
