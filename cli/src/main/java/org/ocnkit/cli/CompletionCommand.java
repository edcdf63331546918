package org.ocnkit.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ocn completion}: a bash (and zsh) completion script; {@code source <(ocn completion)}. */
@Command(name = "completion", mixinStandardHelpOptions = true)
final class CompletionCommand implements Callable<Integer> {
  private final Cli cli;

  @Spec CommandSpec spec;

  CompletionCommand(Cli cli) {
    this.cli = cli;
  }

  @Override
  public Integer call() {
    cli.out().print(AutoComplete.bash("ocn", spec.root().commandLine()));
    return ExitCode.OK;
  }
}
