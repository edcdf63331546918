package org.ocnkit.cli.unit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Message;
import org.ocnkit.cli.Cli;
import org.ocnkit.cli.JsonOption;
import org.ocnkit.unit.CourseUnit;
import org.ocnkit.unit.UnitFiles;
import org.ocnkit.unit.UnitRef;
import org.ocnkit.unit.catalog.StoredUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code ocn unit show FILE|CODE[@V]}: a readable unit with its EQF level's descriptors, from a
 * file or from the workspace (the newest version when none is given).
 */
@Command(name = "show", mixinStandardHelpOptions = true)
final class ShowCommand implements Callable<Integer> {
  private final Cli cli;

  @Parameters(paramLabel = "FILE|CODE[@V]", descriptionKey = "unit.show.unit")
  String unit;

  @Mixin JsonOption json;

  ShowCommand(Cli cli) {
    this.cli = cli;
  }

  @Override
  public Integer call() {
    Path file = cli.path(Path.of(unit));
    CourseUnit shown;
    if (Files.isRegularFile(file) || unit.endsWith(".xml")) {
      shown = UnitFiles.check(file, unit).orThrow();
    } else {
      UnitRef.Query query = UnitRef.parse(unit);
      StoredUnit stored =
          cli.ocn()
              .units()
              .find(query)
              .orElseThrow(
                  () -> new InvalidInputException(Message.of(Cli.class, "unit.notStored", query)));
      shown = stored.unit();
    }
    UnitView view = new UnitView(cli);
    return cli.print(
        json,
        () -> view.toJson(shown),
        () -> {
          view.print(shown);
        });
  }
}
