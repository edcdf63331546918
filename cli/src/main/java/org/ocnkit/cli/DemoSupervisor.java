package org.ocnkit.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ocnkit.evidence.WorkbookTyping;

/**
 * The demo's supervisors: they fill in the workbook {@code ocn evidence workbook} wrote for their
 * placement, as a supervisor does in Excel, typing into the yellow cells of a criterion's row. What
 * they type is a sample CSV file ({@code samples/evidence/*.csv}: sheet, criterion, date, method,
 * what was observed, met or not yet, who recorded it), typed in by {@link WorkbookTyping}. Dates
 * move with the demo's year ({@link DemoYear}).
 *
 * <p>This is part of the demo runner, not of {@code ocn}: a real workbook comes back from a person.
 */
final class DemoSupervisor {
  private DemoSupervisor() {}

  /** Fills {@code workbook} from {@code csv} and saves the result as {@code filled}. */
  static void fill(Path workbook, Path csv, Path filled, DemoYear year) throws IOException {
    WorkbookTyping.fill(
        workbook,
        year.shift(Files.readString(csv, StandardCharsets.UTF_8)),
        csv.toString(),
        filled);
  }
}
