package org.ocnkit.evidence.internal;

import java.util.List;
import java.util.Optional;
import org.ocnkit.Problem;
import org.ocnkit.learner.internal.SheetCells;

/**
 * A supervisor workbook as read, before it is checked against the workspace.
 *
 * @param placementCode the placement it was written for
 * @param sheets one per enrolment the manifest lists
 * @param recorders the names the workbook's "recorded by" drop-down offers, in its order
 * @param sealProblems every locked cell or technical-sheet cell that was changed ({@link
 *     WorkbookSeal})
 */
public record ParsedWorkbook(
    String placementCode, List<Sheet> sheets, List<String> recorders, List<Problem> sealProblems) {
  public ParsedWorkbook {
    sheets = List.copyOf(sheets);
    recorders = List.copyOf(recorders);
    sealProblems = List.copyOf(sealProblems);
  }

  /** A workbook whose drop-down offers no names, not checked against a seal. */
  public ParsedWorkbook(String placementCode, List<Sheet> sheets) {
    this(placementCode, sheets, List.of(), List.of());
  }

  /**
   * One enrolment's sheet.
   *
   * @param name the sheet's name now; empty when the sheet is gone
   * @param expectedName the name it was written with
   * @param problems what is wrong with its rows as such: duplicates, rows added
   */
  public record Sheet(
      String expectedName,
      Optional<String> name,
      String enrolmentId,
      String unitRef,
      String unitHash,
      List<CriterionRow> rows,
      List<Problem> problems) {
    public Sheet {
      rows = List.copyOf(rows);
      problems = List.copyOf(problems);
    }
  }

  /**
   * One criterion row, raw.
   *
   * @param row 0-based row index
   * @param criterion the id in the hidden column
   * @param shownId the id in column A
   */
  public record CriterionRow(
      String sheet,
      int row,
      String criterion,
      String shownId,
      String text,
      SheetCells.DateReading date,
      String method,
      String observed,
      String claim,
      String recorder) {
    /** Whether the supervisor filled anything in. */
    public boolean filled() {
      return !date.blank()
          || !method.isEmpty()
          || !observed.isEmpty()
          || !claim.isEmpty()
          || !recorder.isEmpty();
    }

    /** {@code 'Sheet'!C7} for a column of this row. */
    public String at(int column) {
      return SheetCells.location(sheet, row, column);
    }
  }
}
