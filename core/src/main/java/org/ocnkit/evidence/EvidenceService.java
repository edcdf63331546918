package org.ocnkit.evidence;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ocnkit.learner.ApprenticeId;
import org.ocnkit.learner.Code;
import org.ocnkit.learner.EnrolmentId;
import org.ocnkit.learner.LinkSecret;
import org.ocnkit.store.FileWork;
import org.ocnkit.store.Workspace;

/**
 * The evidence of one open workspace ({@code Ocnkit.evidence()}): items recorded by supervisors and
 * assessors, judged and locked by a qualified assessor, the supervisors' workbooks, progress
 * against every criterion, and units signed off as achieved. Each method runs its own transaction;
 * failures are {@link org.ocnkit.OcnkitException}s.
 */
public final class EvidenceService {
  private final Workspace workspace;

  public EvidenceService(Workspace workspace) {
    this.workspace = Objects.requireNonNull(workspace, "workspace");
  }

  /** Records an item (or a correction of a locked one), its attachments stored with it. */
  public EvidenceItem add(String actor, NewEvidence evidence) {
    Path first = evidence.attachments().isEmpty() ? workspace.dir() : evidence.attachments().get(0);
    return FileWork.run(first, () -> EvidenceRecords.add(workspace, actor, evidence));
  }

  /** A qualified assessor judges items and locks them; returns the items signed off. */
  public List<EvidenceItem> signOff(String actor, EvidenceSignOff request) {
    return EvidenceRecords.signOff(workspace.store(), actor, request);
  }

  /** The items that pass {@code filter} ({@link EvidenceFilter#all()} for all). */
  public List<EvidenceItem> list(EvidenceFilter filter) {
    return EvidenceRecords.list(workspace.store(), filter);
  }

  /** Per enrolment (of one apprentice, or all): each criterion met, awaiting, or not yet. */
  public List<EnrolmentProgress> progress(Optional<ApprenticeId> apprentice) {
    return Progress.of(workspace.store(), apprentice);
  }

  /**
   * The unit achieved: the enrolment's assessor signs it off when every criterion is met by
   * signed-off evidence ({@link org.ocnkit.RefusedException} naming what is missing otherwise).
   */
  public Achievement signOffUnit(String actor, EnrolmentId enrolment, Code assessor) {
    return Achievements.signOff(workspace.store(), actor, enrolment, assessor);
  }

  /** The apprentice's achieved units. */
  public List<Achievement> achievements(ApprenticeId apprentice) {
    return Achievements.ofApprentice(workspace.store(), apprentice);
  }

  /** The supervisor workbook of a placement (xlsx, Swedish, one sheet per enrolment). */
  public WrittenWorkbook writeWorkbook(Code placement, Path out) {
    return FileWork.run(out, () -> SupervisorWorkbook.write(workspace, placement, out));
  }

  /** A filled-in supervisor workbook back in, all or nothing. */
  public WorkbookImport importWorkbook(String actor, Path file) {
    return FileWork.run(
        file,
        () ->
            SupervisorWorkbook.importWorkbook(
                workspace, actor, file, String.valueOf(file.getFileName())));
  }

  /**
   * {@link #importWorkbook(String, Path)} naming the file {@code source} in messages (as the user
   * typed it, for example).
   */
  public WorkbookImport importWorkbook(String actor, Path file, String source) {
    return FileWork.run(
        file, () -> SupervisorWorkbook.importWorkbook(workspace, actor, file, source));
  }

  /**
   * What a supervisor's personal link opens on the web form, recording its use; empty when the link
   * does not work (wrong, expired or revoked alike).
   */
  public Optional<SupervisorOverview> openLink(LinkSecret secret) {
    return SupervisorForm.open(workspace, secret);
  }

  /**
   * Records an observation through a supervisor's personal link, once per submission; empty when
   * the link does not work.
   *
   * @throws org.ocnkit.InvalidInputException listing every problem with the observation
   */
  public Optional<WebRecording> recordThroughLink(LinkSecret secret, WebObservation observation) {
    return SupervisorForm.record(workspace, secret, observation);
  }
}
