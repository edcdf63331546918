package org.ocnkit.cli.unit;

import picocli.CommandLine.Command;

/** {@code ocn unit ...}: course units. */
@Command(
    name = "unit",
    mixinStandardHelpOptions = true,
    subcommands = {
      ValidateCommand.class,
      ShowCommand.class,
      HashCommand.class,
      ImportCommand.class,
      ListCommand.class,
      SubmitCommand.class,
      RenderCommand.class,
      WithdrawCommand.class
    })
public final class UnitCommand {}
