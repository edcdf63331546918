package org.ocnkit.evidence;

import static org.ocnkit.evidence.internal.WorkbookLayout.*;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Message;
import org.ocnkit.Problem;
import org.ocnkit.evidence.WorkbookChecks.CheckedRow;
import org.ocnkit.evidence.internal.ParsedWorkbook;
import org.ocnkit.evidence.internal.WorkbookReader;
import org.ocnkit.io.Sha256;
import org.ocnkit.learner.Code;
import org.ocnkit.learner.EnrolmentId;
import org.ocnkit.learner.LearnerRecords;
import org.ocnkit.learner.Placement;
import org.ocnkit.store.Tx;
import org.ocnkit.store.Workspace;
import org.ocnkit.unit.CriterionId;

/**
 * Applying a filled-in supervisor workbook: read and check everything ({@link WorkbookChecks}),
 * then, in one transaction and only without any problem, add each new row as an evidence item; rows
 * already imported (by their content's hash) are reported as unchanged.
 */
final class WorkbookImporting {
  private WorkbookImporting() {}

  /** See {@link SupervisorWorkbook#importWorkbook}. */
  static WorkbookImport importWorkbook(
      Workspace workspace, String actor, Path file, String shownName) {
    ParsedWorkbook parsed =
        WorkbookReader.read(
            file, shownName, Optional.of(SupervisorWorkbook.seal(workspace, false)));
    String sha256 = sha256(file, shownName);
    return workspace
        .store()
        .write(
            actor,
            tx -> {
              // Changed locked cells first, then every other problem, so all are fixed in one go.
              List<Problem> problems = new ArrayList<>(parsed.sealProblems());
              List<CheckedRow> rows = new ArrayList<>();
              Optional<Placement> placement =
                  Code.isValid(parsed.placementCode())
                      ? LearnerRecords.findPlacement(tx, new Code(parsed.placementCode()))
                      : Optional.empty();
              if (placement.isEmpty() && !problems.isEmpty()) {
                throw new InvalidInputException(problems);
              }
              if (placement.isEmpty()) {
                throw new InvalidInputException(
                    new Problem(
                        shownName, msg("workbook.unknownPlacement", parsed.placementCode())));
              }
              for (ParsedWorkbook.Sheet sheet : parsed.sheets()) {
                WorkbookChecks.checkSheet(
                    tx, placement.get(), sheet, parsed.recorders(), problems, rows);
              }
              List<WorkbookImport.Row> added = new ArrayList<>();
              List<WorkbookImport.Row> unchanged = new ArrayList<>();
              List<CheckedRow> toAdd = newRows(tx, rows, unchanged, problems);
              if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
              }
              for (CheckedRow row : toAdd) {
                Map<CriterionId, Optional<Judgement>> covered = new TreeMap<>();
                covered.put(row.criterion(), Optional.of(row.claim()));
                long id =
                    EvidenceRecording.insert(
                        tx,
                        row.enrolment(),
                        row.date(),
                        row.method(),
                        row.observed(),
                        covered,
                        row.recorder(),
                        EvidenceItem.Source.WORKBOOK,
                        row.key(),
                        Optional.empty(),
                        Optional.empty(),
                        EvidenceRecords.ACTION_IMPORT);
                added.add(row.result(new EvidenceItemId(id)));
              }
              if (!added.isEmpty()) {
                tx.event(
                    SupervisorWorkbook.ACTION_IMPORT,
                    "workbook:" + sha256,
                    "{\"sha256\":\""
                        + sha256
                        + "\",\"placement\":\""
                        + placement.get().code()
                        + "\",\"added\":"
                        + added.size()
                        + ",\"unchanged\":"
                        + unchanged.size()
                        + "}");
              }
              return new WorkbookImport(sha256, added, unchanged);
            });
  }

  /**
   * The checked rows not imported before; those that were go to {@code unchanged}, and a row on an
   * enrolment already achieved is a problem.
   */
  private static List<CheckedRow> newRows(
      Tx tx, List<CheckedRow> rows, List<WorkbookImport.Row> unchanged, List<Problem> problems)
      throws SQLException {
    Map<EnrolmentId, Optional<Achievement>> achieved = new HashMap<>();
    List<CheckedRow> toAdd = new ArrayList<>();
    for (CheckedRow row : rows) {
      Optional<Long> existing = EvidenceRecording.idBySourceKey(tx, row.key());
      if (existing.isPresent()) {
        unchanged.add(row.result(new EvidenceItemId(existing.get())));
        continue;
      }
      EnrolmentId enrolment = row.enrolment().id();
      if (!achieved.containsKey(enrolment)) {
        achieved.put(enrolment, Achievements.of(tx, enrolment));
      }
      Optional<Achievement> done = achieved.get(enrolment);
      if (done.isPresent()) {
        problems.add(
            new Problem(
                row.source().at(COL_DATE),
                msg(
                    "workbook.achieved",
                    row.enrolment().id(),
                    row.enrolment().unit(),
                    done.get().achievedOn())));
      } else {
        toAdd.add(row);
      }
    }
    return toAdd;
  }

  private static String sha256(Path file, String shownName) {
    try {
      return Sha256.hexOf(file);
    } catch (IOException e) {
      throw new InvalidInputException(
          new Problem(shownName, msg("workbook.notXlsx", String.valueOf(e.getMessage()))), e);
    }
  }

  private static Message msg(String key, Object... args) {
    return EvidenceRecords.msg(key, args);
  }
}
