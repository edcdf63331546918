package org.ocnkit.cli.store;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ocnkit.cli.Cli;
import org.ocnkit.cli.ExitCode;
import org.ocnkit.store.BackupResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code ocn backup FILE}: a consistent copy of the database while others keep working. */
@Command(name = "backup", mixinStandardHelpOptions = true)
public final class BackupCommand implements Callable<Integer> {
  private final Cli cli;

  @Parameters(paramLabel = "FILE", descriptionKey = "backup.file")
  Path file;

  BackupCommand(Cli cli) {
    this.cli = cli;
  }

  @Override
  public Integer call() {
    BackupResult result = cli.ocn().audit().backup(cli.path(file));
    cli.out().println(cli.text(result.message()));
    result.commandLine().ifPresent(cli.out()::println);
    return ExitCode.OK;
  }
}
