package org.ocnkit.qualification;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ocnkit.qualification.catalog.QualificationCatalog;
import org.ocnkit.qualification.catalog.QualificationImport;
import org.ocnkit.qualification.catalog.QualificationSummary;
import org.ocnkit.qualification.catalog.StoredQualification;
import org.ocnkit.store.FileWork;
import org.ocnkit.store.Workspace;

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
  public List<QualificationImport> importQualifications(String actor, Path base,
      List<Path> paths) {
    return FileWork.run(base,
        () -> QualificationCatalog.importQualifications(workspace.store(), actor, base, paths));
  }

  /** Every stored qualification version. */
  public List<QualificationSummary> list() {
    return QualificationCatalog.list(workspace.store());
  }

  /** A stored version: {@code CODE@V}, or the newest version of {@code CODE}. */
  public Optional<StoredQualification> find(QualificationRef.Query query) {
    return QualificationCatalog.find(workspace.store(), query);
  }
}
