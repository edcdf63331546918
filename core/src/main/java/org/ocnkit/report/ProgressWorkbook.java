package org.ocnkit.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ocnkit.evidence.EnrolmentProgress;
import org.ocnkit.evidence.EvidenceRecords;
import org.ocnkit.learner.Apprentice;
import org.ocnkit.learner.LearnerRecords;
import org.ocnkit.report.internal.ProgressSheets;
import org.ocnkit.report.internal.ReportFiles;
import org.ocnkit.store.Settings;
import org.ocnkit.store.Workspace;

/**
 * The coordinator's progress workbook ({@code ocn report progress}): every apprentice against every
 * unit they are enrolled on, criterion by criterion, coloured green (met), amber (not yet, or
 * recorded and awaiting the assessor) and red (no evidence), with a frozen header row and filters
 * on every sheet.
 *
 * <p>Sheets: an overview (apprentices by units, the share of criteria met), one sheet per unit
 * version (apprentices by criteria), and a sheet that explains the colours. Apprentices appear by
 * their pseudonymous id ({@code A12}); their names are shown only when asked for, and never for an
 * apprentice whose personal data was erased (shown as erased). A workbook for a funder or an
 * auditor is made without names.
 */
public final class ProgressWorkbook {
  /** Audit action of a progress workbook written. */
  public static final String ACTION = "report.progress";

  private ProgressWorkbook() {}

  /**
   * Writes the workbook to {@code out} (replacing the file if it exists), its texts in {@code
   * locale}, and records an audit event with the file's SHA-256.
   *
   * @param names whether to show the names of apprentices who were not erased
   * @throws org.ocnkit.EnvironmentException when the file cannot be written
   */
  static WrittenProgress write(
      Workspace workspace, String actor, Path out, Locale locale, boolean names) {
    String organisation = workspace.settings().getString(Settings.ORG_NAME, "");
    ProgressSheets sheets =
        workspace
            .store()
            .read(
                tx -> {
                  List<Apprentice> apprentices = LearnerRecords.apprentices(tx);
                  List<EnrolmentProgress> progress = EvidenceRecords.progress(tx, Optional.empty());
                  List<QualificationProgress.Standing> qualifications = new java.util.ArrayList<>();
                  for (Apprentice a : apprentices) {
                    qualifications.addAll(QualificationProgress.of(tx, a.id()));
                  }
                  return new ProgressSheets(
                      apprentices,
                      progress,
                      qualifications,
                      names,
                      organisation,
                      tx.today(),
                      locale);
                });
    Path file =
        ReportFiles.write(
            workspace.store(),
            actor,
            ACTION,
            "report:progress",
            Map.of("names", Boolean.toString(names)),
            out,
            sheets.write());
    return new WrittenProgress(
        file, sheets.apprentices(), sheets.enrolments(), sheets.units(), names);
  }
}
