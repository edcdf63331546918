package org.ocnkit.evidence.internal;

/**
 * Where things are in a supervisor workbook (format version 1).
 *
 * <ul>
 *   <li>The first sheet, {@value #INSTRUCTIONS}, explains in Swedish how to fill the workbook in.
 *   <li>One sheet per enrolment: rows 1-3 name the apprentice, unit, placement and assessor; row 4
 *       holds the column headings; from row 5, one row per criterion of the unit. Columns A-B
 *       (criterion id and text) and H (status when written) are locked; C-G are filled in: date,
 *       method (a list), what was observed, met or not yet (a list), recorded by (a list). Hidden
 *       column I holds the enrolment id in I1 and each row's criterion id, so that rows stay tied
 *       to their criterion whatever the supervisor does to the visible cells.
 *   <li>A very hidden sheet {@value #MANIFEST}: A1 the format name, B1 its version, C1 the
 *       placement code; from row 4, one row per enrolment sheet: sheet name, enrolment id, unit
 *       version and the unit's content hash. Column G from row 2 lists the people who may record
 *       evidence (the drop-down's source).
 * </ul>
 */
public final class WorkbookLayout {
  /** The format name in the manifest's A1. */
  public static final String FORMAT = "ocnkit-supervisor-workbook";

  /** The format version in the manifest's B1. */
  public static final int VERSION = 1;

  /** The instruction sheet, first. */
  public static final String INSTRUCTIONS = "Instruktioner";

  /** The very hidden sheet tying sheets to enrolments and unit versions. */
  public static final String MANIFEST = "ocnkit";

  /** 0-based row of the column headings on an enrolment sheet. */
  public static final int HEADER_ROW = 3;

  /** 0-based row of the first criterion. */
  public static final int FIRST_CRITERION_ROW = 4;

  public static final int COL_ID = 0;
  public static final int COL_TEXT = 1;
  public static final int COL_DATE = 2;
  public static final int COL_METHOD = 3;
  public static final int COL_OBSERVED = 4;
  public static final int COL_CLAIM = 5;
  public static final int COL_RECORDER = 6;
  public static final int COL_STATUS = 7;

  /** The hidden column: the enrolment id in row 1, each criterion row's id. */
  public static final int COL_HIDDEN = 8;

  /** 0-based row of the manifest's first enrolment entry. */
  public static final int MANIFEST_FIRST_ENTRY = 3;

  /** The manifest's column of recorder names (from row 2). */
  public static final int MANIFEST_RECORDERS = 6;

  private WorkbookLayout() {}
}
