package org.ocnkit.evidence;

import java.nio.file.Path;
import java.util.Optional;
import org.ocnkit.EnvironmentException;
import org.ocnkit.InvalidInputException;
import org.ocnkit.evidence.internal.WorkbookSeal;
import org.ocnkit.learner.Code;
import org.ocnkit.learner.internal.IdentityKey;
import org.ocnkit.store.Workspace;

/**
 * The supervisor workbook (DESIGN §2, §3): an xlsx file in Swedish for a workplace supervisor, with
 * one sheet per open enrolment at a placement and one row per criterion, and the import that brings
 * it back. Writing is {@link WorkbookWriting}, reading and checking the cells {@link
 * WorkbookChecks}, applying the import {@link WorkbookImporting}; callers use {@link
 * EvidenceService#writeWorkbook} and {@link EvidenceService#importWorkbook}.
 *
 * <p>An import reads and checks everything first and then adds every filled-in row as an evidence
 * item, recorded by the supervisor named in the row, in one transaction; with any problem nothing
 * is added and every problem is reported as {@code 'Sheet'!Cell: what is wrong}. What the
 * supervisor fills in as met or not yet is their claim, kept with the item; a qualified assessor
 * judges it when signing the item off. Importing the same workbook again adds nothing: each row's
 * content is remembered by its hash. Rows the supervisor added below or among the criteria are
 * reported, never merged into a criterion.
 */
final class SupervisorWorkbook {
  /** Optional sheet-protection password for written workbooks (protection, not secrecy). */
  static final String PASSWORD = "evidence.workbook.sheetPassword";

  /** Audit action of a workbook import that added evidence. */
  static final String ACTION_IMPORT = "evidence.workbook-import";

  private SupervisorWorkbook() {}

  /**
   * Writes the workbook for every enrolment at {@code placement} whose unit is not yet achieved.
   *
   * @param out the file to write; must not exist, its folder must
   * @throws InvalidInputException when the placement is unknown or has no open enrolment, or {@code
   *     out} exists
   * @throws EnvironmentException when the file cannot be written
   */
  static WrittenWorkbook write(Workspace workspace, Code placement, Path out) {
    return WorkbookWriting.write(workspace, placement, out);
  }

  /**
   * Imports a filled-in workbook: checks every sheet and row, then adds the filled-in rows as
   * evidence items in one transaction.
   *
   * @param shownName how the user named the file, for problems about the file as a whole
   * @throws InvalidInputException listing every problem as {@code 'Sheet'!Cell: ...}; nothing is
   *     added then
   */
  static WorkbookImport importWorkbook(
      Workspace workspace, String actor, Path file, String shownName) {
    return WorkbookImporting.importWorkbook(workspace, actor, file, shownName);
  }

  /**
   * The seal of the workspace's workbooks, keyed with its secret key ({@code keys/}); created when
   * the first workbook is written. An import into a workspace without the key refuses the workbook
   * as not sealed by it.
   */
  static WorkbookSeal seal(Workspace workspace, boolean create) {
    Optional<IdentityKey> key =
        create
            ? Optional.of(IdentityKey.loadOrCreate(workspace.keysDir()))
            : IdentityKey.load(workspace.keysDir());
    return new WorkbookSeal(
        (purpose, text) -> key.map(k -> k.tag("workbook-seal/" + purpose, text)).orElse("no-key"));
  }
}
