package org.ocnkit.cli.qualification;

import picocli.CommandLine.Command;

/** {@code ocn qualification ...}: qualifications (awards) built from course units. */
@Command(
    name = "qualification",
    mixinStandardHelpOptions = true,
    resourceBundle = "org.ocnkit.cli.qualification.messages",
    subcommands = {
      ValidateCommand.class,
      ShowCommand.class,
      ImportCommand.class,
      ListCommand.class,
      PanelCommands.Submit.class,
      PanelCommands.Vote.class,
      PanelCommands.Decide.class,
      PanelCommands.ConditionsMet.class,
      PanelCommands.Render.class,
      ProgressCommand.class
    })
public final class QualificationCommand {}
