package org.ocnkit.qualification.catalog;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Message;
import org.ocnkit.Problem;
import org.ocnkit.qualification.Qualification;
import org.ocnkit.qualification.QualificationCheck;
import org.ocnkit.qualification.QualificationFiles;
import org.ocnkit.qualification.QualificationRef;
import org.ocnkit.store.Store;

/**
 * Imports qualification files into the catalog of stored versions, in a transaction of its own:
 * what {@code Ocnkit.qualifications()} ({@link org.ocnkit.qualification.QualificationService})
 * runs, and what test fixtures call on a bare store. Front ends use {@code
 * Ocnkit.qualifications()}; inside a transaction, other core packages use {@link
 * QualificationRecords}.
 *
 * <p>As with units, a version is stored once; importing the same content again changes nothing,
 * importing other content under a code and version already stored is refused. Importing also runs
 * the {@linkplain QualificationRecords#consistency consistency checks} against the stored units and
 * reports what it finds; the panel workflow refuses to submit a qualification that fails them.
 */
public final class QualificationCatalog {
  /** The audit action of an import. */
  public static final String ACTION_IMPORT = "qualification.import";

  private QualificationCatalog() {}

  /** Checks files against the schema and rules, all of them, without a workspace. */
  public static List<QualificationCheck> validate(Path base, List<Path> paths) {
    return QualificationFiles.validate(base, paths);
  }

  /**
   * Imports qualification files and folders in one transaction, as drafts. Every file is validated
   * first; if any is invalid, or conflicts with a stored version, nothing is imported.
   *
   * @throws InvalidInputException listing every problem
   */
  public static List<QualificationImport> importQualifications(
      Store store, String actor, Path base, List<Path> paths) {
    List<QualificationCheck> checks = QualificationFiles.validate(base, paths);
    List<Problem> invalid = checks.stream().flatMap(c -> c.problems().stream()).toList();
    if (!invalid.isEmpty()) {
      throw new InvalidInputException(invalid);
    }
    Map<QualificationRef, QualificationCheck> seen = new HashMap<>();
    for (QualificationCheck check : checks) {
      Qualification q = check.orThrow();
      QualificationCheck first = seen.putIfAbsent(q.ref(), check);
      if (first != null && !first.orThrow().hash().equals(q.hash())) {
        throw new InvalidInputException(
            new Problem(
                check.source(),
                Message.of(
                    QualificationRecords.class,
                    "import.duplicateInBatch",
                    q.ref(),
                    first.source())));
      }
    }
    return store.write(actor, tx -> QualificationRecords.importChecked(tx, checks));
  }
}
