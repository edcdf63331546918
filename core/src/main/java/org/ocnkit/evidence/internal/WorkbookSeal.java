package org.ocnkit.evidence.internal;

import static org.ocnkit.evidence.internal.WorkbookLayout.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BinaryOperator;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.ocnkit.Message;
import org.ocnkit.Problem;
import org.ocnkit.evidence.EvidenceRecords;
import org.ocnkit.learner.internal.SheetCells;

/**
 * The seal that lets an import refuse a workbook whose locked cells or technical sheet were
 * changed, whatever application saved it. Sheet protection and a very hidden sheet only keep honest
 * users out: LibreOffice, for one, saves the very hidden technical sheet as merely hidden, which
 * anyone can unhide and edit, and protection without a password is one click away.
 *
 * <p>When ocnkit writes a workbook it records, in the technical sheet, a keyed tag (HMAC-SHA256
 * under a key only the workspace holds, 64 bits shown) of every non-empty locked cell: its sheet
 * (an enrolment sheet by its hidden enrolment id, so renaming a tab changes nothing), its address
 * and its text. Each sheet's list carries a tag of its own. On import every listed cell is checked;
 * a locked cell that was changed, cleared or filled in is named. Formatting, column widths, hidden
 * or shown sheets and the yellow cells are free to change. Without the workspace's key nobody can
 * make a changed workbook pass.
 */
public final class WorkbookSeal {
  /** Columns of the technical sheet that hold the seal: sheet key, entries, the list's tag. */
  public static final int COL_SEAL_SHEET = 12;

  public static final int COL_SEAL_ENTRIES = 13;
  public static final int COL_SEAL_TAG = 14;
  private static final String HEAD = "seal-v1";

  private final BinaryOperator<String> tagger;

  /**
   * @param tagger a keyed tag of (purpose, text): the workspace's key, never written down
   */
  public WorkbookSeal(BinaryOperator<String> tagger) {
    this.tagger = tagger;
  }

  /** Seals {@code wb}, whose every sheet is written; call before saving. */
  public void seal(Workbook wb) {
    Sheet manifest = wb.getSheet(MANIFEST);
    Map<String, Sheet> sheets = sealedSheets(wb);
    Row head = row(manifest, 0);
    head.createCell(COL_SEAL_SHEET).setCellValue(HEAD);
    int r = 1;
    for (Map.Entry<String, Sheet> e : sheets.entrySet()) {
      StringBuilder entries = new StringBuilder();
      for (Cell cell : lockedCells(e.getValue())) {
        if (entries.length() > 0) {
          entries.append(' ');
        }
        entries
            .append(cell.getAddress().formatAsString())
            .append('=')
            .append(tag(e.getKey(), cell.getAddress().formatAsString(), SheetCells.text(cell)));
      }
      Row row = row(manifest, r++);
      row.createCell(COL_SEAL_SHEET).setCellValue(e.getKey());
      row.createCell(COL_SEAL_ENTRIES).setCellValue(entries.toString());
      row.createCell(COL_SEAL_TAG).setCellValue(tagger.apply("list", e.getKey() + "\n" + entries));
    }
  }

  /**
   * Every change to a sealed cell or to the seal itself, by cell; empty when nothing was changed.
   */
  public List<Problem> check(Workbook wb) {
    List<Problem> problems = new ArrayList<>();
    Sheet manifest = wb.getSheet(MANIFEST);
    if (manifest == null) {
      return problems; // the reader reports a workbook that is not ours
    }
    if (!HEAD.equals(text(manifest, 0, COL_SEAL_SHEET))) {
      problems.add(
          new Problem(
              SheetCells.location(MANIFEST, 0, COL_SEAL_SHEET), msg("workbook.seal.missing")));
      return problems;
    }
    Map<String, Sheet> sheets = sealedSheets(wb);
    Map<String, Boolean> seen = new HashMap<>();
    for (int r = 1; r <= manifest.getLastRowNum(); r++) {
      String key = text(manifest, r, COL_SEAL_SHEET);
      if (key.isEmpty()) {
        continue;
      }
      String entries = text(manifest, r, COL_SEAL_ENTRIES);
      if (!tagger.apply("list", key + "\n" + entries).equals(text(manifest, r, COL_SEAL_TAG))) {
        problems.add(
            new Problem(
                SheetCells.location(MANIFEST, r, COL_SEAL_ENTRIES),
                msg("workbook.seal.technical")));
        continue;
      }
      seen.put(key, true);
      Sheet sheet = sheets.get(key);
      if (sheet == null) {
        continue; // a sheet that is gone is reported by the reader
      }
      Map<String, String> expected = new LinkedHashMap<>();
      if (!entries.isEmpty()) {
        for (String entry : entries.split(" ")) {
          int eq = entry.indexOf('=');
          expected.put(entry.substring(0, eq), entry.substring(eq + 1));
        }
      }
      String name = sheet.getSheetName();
      for (Cell cell : lockedCells(sheet)) {
        String address = cell.getAddress().formatAsString();
        String want = expected.remove(address);
        if (want == null) {
          problems.add(
              new Problem(
                  SheetCells.location(name, cell.getRowIndex(), cell.getColumnIndex()),
                  msg(key.equals(MANIFEST) ? "workbook.seal.technical" : "workbook.seal.added")));
        } else if (!want.equals(tag(key, address, SheetCells.text(cell)))) {
          problems.add(
              new Problem(
                  SheetCells.location(name, cell.getRowIndex(), cell.getColumnIndex()),
                  msg(key.equals(MANIFEST) ? "workbook.seal.technical" : "workbook.seal.changed")));
        }
      }
      for (String address : expected.keySet()) {
        var ref = new org.apache.poi.ss.util.CellReference(address);
        problems.add(
            new Problem(
                SheetCells.location(name, ref.getRow(), ref.getCol()),
                msg(key.equals(MANIFEST) ? "workbook.seal.technical" : "workbook.seal.cleared")));
      }
    }
    for (String key : sheets.keySet()) {
      if (!seen.containsKey(key) && problems.isEmpty()) {
        problems.add(
            new Problem(
                SheetCells.location(MANIFEST, 0, COL_SEAL_SHEET), msg("workbook.seal.technical")));
      }
    }
    return problems;
  }

  private String tag(String sheet, String address, String text) {
    return tagger.apply("cell", sheet + "\n" + address + "\n" + text);
  }

  /**
   * The sheets a seal covers, by key: the instructions by name, each enrolment sheet by the
   * enrolment id in its hidden cell, the technical sheet.
   */
  private static Map<String, Sheet> sealedSheets(Workbook wb) {
    Map<String, Sheet> sheets = new LinkedHashMap<>();
    for (Sheet s : wb) {
      if (s.getSheetName().equals(MANIFEST)) {
        continue;
      }
      String enrolment = text(s, 0, COL_HIDDEN);
      if (!enrolment.isEmpty()) {
        sheets.putIfAbsent("enrolment:" + enrolment, s);
      } else if (s.getSheetName().equals(INSTRUCTIONS)) {
        sheets.putIfAbsent(INSTRUCTIONS, s);
      }
    }
    Optional.ofNullable(wb.getSheet(MANIFEST)).ifPresent(m -> sheets.put(MANIFEST, m));
    return sheets;
  }

  /**
   * The non-empty cells a supervisor may not change: on an enrolment sheet every cell but the
   * yellow ones of a criterion row (date, method, observed, met, recorded by); on the technical
   * sheet every cell but the seal's own; on the instructions sheet every cell.
   */
  private static List<Cell> lockedCells(Sheet sheet) {
    boolean manifest = sheet.getSheetName().equals(MANIFEST);
    boolean enrolment = !manifest && !text(sheet, 0, COL_HIDDEN).isEmpty();
    List<Cell> cells = new ArrayList<>();
    for (Row row : sheet) {
      boolean criterionRow =
          enrolment
              && row.getRowNum() >= FIRST_CRITERION_ROW
              && !SheetCells.text(row.getCell(COL_HIDDEN)).isEmpty();
      for (Cell cell : row) {
        int c = cell.getColumnIndex();
        if (manifest && c >= COL_SEAL_SHEET && c <= COL_SEAL_TAG) {
          continue;
        }
        if (criterionRow && c >= COL_DATE && c <= COL_RECORDER) {
          continue;
        }
        if (enrolment && row.getRowNum() >= FIRST_CRITERION_ROW && !criterionRow) {
          continue; // rows added below or among the criteria: the reader names them
        }
        if (!SheetCells.text(cell).isEmpty()) {
          cells.add(cell);
        }
      }
    }
    return cells;
  }

  private static Row row(Sheet sheet, int index) {
    Row row = sheet.getRow(index);
    return row != null ? row : sheet.createRow(index);
  }

  private static String text(Sheet sheet, int row, int column) {
    Row r = sheet.getRow(row);
    return r == null ? "" : SheetCells.text(r.getCell(column));
  }

  private static Message msg(String key, Object... args) {
    return Message.of(EvidenceRecords.class, key, args);
  }
}
