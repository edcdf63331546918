package org.ocnkit.qualification;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ocnkit.Problem;
import org.ocnkit.qualification.catalog.QualificationCatalog;
import org.ocnkit.qualification.catalog.QualificationImport;
import org.ocnkit.qualification.catalog.QualificationRecords;
import org.ocnkit.qualification.catalog.QualificationSummary;
import org.ocnkit.qualification.catalog.StoredQualification;
import org.ocnkit.store.FileWork;
import org.ocnkit.store.Workspace;
import org.ocnkit.unit.catalog.UnitState;

/**
 * The qualifications (awards: units under rules of combination) of one open workspace ({@code
 * Ocnkit.qualifications()}). The panel's workflow for them is {@code Ocnkit.qualificationPanel()};
 * a participant's progress towards them is {@code Ocnkit.reports().qualificationProgress}. Each
 * method runs its own transaction; failures are {@link org.ocnkit.OcnkitException}s.
 */
public final class QualificationService {
  private final Workspace workspace;

  public QualificationService(Workspace workspace) {
    this.workspace = Objects.requireNonNull(workspace, "workspace");
  }

  /**
   * Checks qualification files (or folders of them) against the schema and rules; stores nothing.
   *
   * @param base the folder the files' names in problems are relative to
   */
  public List<QualificationCheck> validate(Path base, List<Path> paths) {
    return FileWork.run(base, () -> QualificationCatalog.validate(base, paths));
  }

  /** Stores qualification files as drafts; nothing is stored if any is invalid. */
  public List<QualificationImport> importQualifications(String actor, Path base, List<Path> paths) {
    return FileWork.run(
        base,
        () -> QualificationCatalog.importQualifications(workspace.store(), actor, base, paths));
  }

  /** Every stored qualification version. */
  public List<QualificationSummary> list() {
    return workspace.store().read(QualificationRecords::list);
  }

  /** A stored version: {@code CODE@V}, or the newest version of {@code CODE}. */
  public Optional<StoredQualification> find(QualificationRef.Query query) {
    return workspace.store().read(tx -> QualificationRecords.find(tx, query));
  }

  /**
   * {@link #find} that insists: the stored version, or an {@link org.ocnkit.InvalidInputException}
   * that names the query ({@code ocn qualification show CODE[@V]}).
   */
  public StoredQualification require(QualificationRef.Query query) {
    return workspace.store().read(tx -> QualificationRecords.require(tx, query));
  }

  /**
   * The state of a stored version today as the workspace's clock dates it: an approval past its
   * review date reads as due for review.
   */
  public UnitState stateToday(StoredQualification stored) {
    return workspace.store().read(tx -> stored.stateOn(tx.today()));
  }

  /**
   * Checks a valid qualification against the units stored in this workspace (each listed unit
   * stored, levels and credits as the unit says); stores nothing ({@code ocn qualification validate
   * --units}).
   *
   * @param source names the file in the problems
   * @return the problems, empty when consistent
   */
  public List<Problem> consistency(Qualification qualification, String source) {
    return workspace
        .store()
        .read(tx -> QualificationRecords.consistency(tx, qualification, source));
  }
}
