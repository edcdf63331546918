package org.ocnkit.unit;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ocnkit.store.FileWork;
import org.ocnkit.store.Workspace;
import org.ocnkit.unit.catalog.ImportResult;
import org.ocnkit.unit.catalog.StoredUnit;
import org.ocnkit.unit.catalog.UnitCatalog;
import org.ocnkit.unit.catalog.UnitFilter;
import org.ocnkit.unit.catalog.UnitRecords;
import org.ocnkit.unit.catalog.UnitSummary;

/**
 * The course units of one open workspace ({@code Ocnkit.units()}): validate and import unit files,
 * list and find stored versions. Submitting, deciding and withdrawing are the panel's ({@code
 * Ocnkit.panel()}). Each method runs its own transaction; failures are {@link
 * org.ocnkit.OcnkitException}s.
 */
public final class UnitService {
  private final Workspace workspace;

  public UnitService(Workspace workspace) {
    this.workspace = Objects.requireNonNull(workspace, "workspace");
  }

  /** Checks unit files (or folders of them) against the schema and the rules; stores nothing. */
  public ValidationReport validate(List<Path> paths) {
    return FileWork.run(first(paths), () -> UnitFiles.validate(paths));
  }

  /**
   * Stores unit files (or folders of them) as drafts; all are checked first, nothing is stored if
   * any is invalid ({@link org.ocnkit.InvalidInputException} with every problem).
   */
  public List<ImportResult> importUnits(String actor, List<Path> paths) {
    return FileWork.run(
        first(paths), () -> UnitCatalog.importUnits(workspace.store(), actor, paths));
  }

  /** {@link #importUnits(String, List)} of one file or folder. */
  public List<ImportResult> importUnits(String actor, Path path) {
    return importUnits(actor, List.of(path));
  }

  /** Stored versions that pass {@code filter} ({@link UnitFilter#ALL} for all). */
  public List<UnitSummary> list(UnitFilter filter) {
    return workspace.store().read(tx -> UnitRecords.list(tx, filter));
  }

  /** A stored version: {@code CODE@V}, or the newest version of {@code CODE}. */
  public Optional<StoredUnit> find(UnitRef.Query query) {
    return workspace.store().read(tx -> UnitRecords.find(tx, query));
  }

  private static Path first(List<Path> paths) {
    return paths.isEmpty() ? Path.of("") : paths.get(0);
  }
}
