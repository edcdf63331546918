package org.ocnkit.cli.unit;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ocnkit.cli.Cli;
import org.ocnkit.cli.ExitCode;
import org.ocnkit.cli.Json;
import org.ocnkit.cli.JsonOption;
import org.ocnkit.unit.CourseUnit;
import org.ocnkit.unit.UnitFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code ocn unit show FILE}: a readable unit with its EQF level's descriptors. */
@Command(name = "show", mixinStandardHelpOptions = true)
final class ShowCommand implements Callable<Integer> {
  private final Cli cli;

  @Parameters(paramLabel = "FILE", descriptionKey = "unit.show.unit")
  Path file;

  @Mixin JsonOption json;

  ShowCommand(Cli cli) {
    this.cli = cli;
  }

  @Override
  public Integer call() {
    CourseUnit unit = UnitFiles.check(cli.path(file), file.toString()).orThrow();
    UnitView view = new UnitView(cli);
    if (json.enabled()) {
      cli.out().println(Json.write(view.toJson(unit)));
    } else {
      view.print(unit);
    }
    return ExitCode.OK;
  }
}
