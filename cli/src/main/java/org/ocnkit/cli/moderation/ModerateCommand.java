package org.ocnkit.cli.moderation;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code ocn moderate ...}: internal moderation (sample plans, the moderator's outcomes, whether
 * units are ready for certification, moderators, the report).
 */
@Command(
    name = "moderate",
    mixinStandardHelpOptions = true,
    resourceBundle = "org.ocnkit.cli.moderation.messages",
    subcommands = {PlanCommand.class, ShowCommand.class, RecordCommand.class,
        StatusCommand.class, ModeratorCommand.class, ReportCommand.class})
public final class ModerateCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "missing subcommand: plan, show, record,"
        + " status, moderator or report");
  }
}
