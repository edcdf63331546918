package org.ocnkit.unit.catalog;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.ocnkit.InvalidInputException;
import org.ocnkit.store.ReadTx;
import org.ocnkit.store.Store;
import org.ocnkit.unit.UnitCheck;
import org.ocnkit.unit.UnitFiles;
import org.ocnkit.unit.UnitRef;
import org.ocnkit.unit.ValidationReport;

/**
 * Imports course-unit files into the catalog of stored versions, in a transaction of its own: what
 * {@code Ocnkit.units()} ({@link org.ocnkit.unit.UnitService}) runs, and what test fixtures and the
 * benchmark workspace generator call on a bare store. Front ends use {@code Ocnkit.units()}; inside
 * a transaction, other core packages use {@link UnitRecords}.
 *
 * <p>A unit version is stored once: its code and version name it, its content hash identifies it.
 * Importing the same content again changes nothing; importing different content under a code and
 * version already stored is refused, because a panel decision is bound to the content it saw: the
 * author raises the version number instead.
 */
public final class UnitCatalog {
  /** The audit action of an import. */
  public static final String ACTION_IMPORT = "unit.import";

  private UnitCatalog() {}

  /**
   * Imports unit files and folders (a folder contributes every {@code *.xml} under it) in one
   * transaction. Every file is validated first; if any is invalid, or any conflicts with a stored
   * version, nothing is imported and every problem is reported.
   *
   * @param actor who imports, recorded in the audit chain
   * @return per file, in the order given: imported or unchanged
   * @throws InvalidInputException listing every invalid file's problems, or every conflict with a
   *     stored version (with what to do: raise the version)
   */
  public static List<ImportResult> importUnits(Store store, String actor, List<Path> paths) {
    ValidationReport report = UnitFiles.validate(paths);
    if (!report.allValid()) {
      throw new InvalidInputException(report.problems());
    }
    List<UnitCheck> checks = report.checks();
    UnitRecords.checkBatch(checks);
    return store.write(actor, tx -> UnitRecords.importChecked(tx, checks));
  }

  /**
   * {@link UnitRecords#require}, for the benchmark workspace generator until it reads through
   * {@code Ocnkit.units()}; core packages call {@link UnitRecords}.
   */
  public static StoredUnit require(ReadTx tx, UnitRef.Query query) throws SQLException {
    return UnitRecords.require(tx, query);
  }
}
