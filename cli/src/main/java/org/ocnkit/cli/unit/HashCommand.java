package org.ocnkit.cli.unit;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.ocnkit.cli.Cli;
import org.ocnkit.cli.ExitCode;
import org.ocnkit.unit.CourseUnit;
import org.ocnkit.unit.UnitFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code ocn unit hash FILE...}: the content hash a panel approves, as {@code sha256sum} prints.
 */
@Command(name = "hash", mixinStandardHelpOptions = true)
final class HashCommand implements Callable<Integer> {
  private final Cli cli;

  @Parameters(paramLabel = "FILE", arity = "1..*", descriptionKey = "unit.hash.files")
  List<Path> files;

  HashCommand(Cli cli) {
    this.cli = cli;
  }

  @Override
  public Integer call() {
    for (Path file : files) {
      CourseUnit unit = UnitFiles.check(cli.path(file), file.toString()).orThrow();
      cli.out().println(unit.hash().hex() + "  " + file);
    }
    return ExitCode.OK;
  }
}
