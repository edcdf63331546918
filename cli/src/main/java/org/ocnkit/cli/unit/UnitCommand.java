package org.ocnkit.cli.unit;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code ocn unit ...}: course units. */
@Command(
    name = "unit",
    mixinStandardHelpOptions = true,
    subcommands = {ValidateCommand.class, ShowCommand.class, HashCommand.class,
        ImportCommand.class, ListCommand.class, SubmitCommand.class, RenderCommand.class,
        WithdrawCommand.class})
public final class UnitCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "missing subcommand");
  }
}
