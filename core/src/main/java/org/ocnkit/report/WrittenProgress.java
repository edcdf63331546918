package org.ocnkit.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.ocnkit.unit.UnitRef;

/**
 * A progress workbook written to a file.
 *
 * @param file the workbook, absolute
 * @param apprentices how many apprentices it lists
 * @param enrolments how many enrolments (apprentice and unit) it shows criteria for
 * @param units the unit versions, one sheet each
 * @param names whether it shows names (else pseudonymous ids only)
 */
public record WrittenProgress(
    Path file, int apprentices, int enrolments, List<UnitRef> units, boolean names) {
  public WrittenProgress {
    Objects.requireNonNull(file, "file");
    units = List.copyOf(units);
  }
}
