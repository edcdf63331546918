package org.ocnkit.cli.moderation;

import picocli.CommandLine.Command;

/**
 * {@code ocn moderate ...}: internal moderation (sample plans, the moderator's outcomes, whether
 * units are ready for certification, moderators, the report).
 */
@Command(
    name = "moderate",
    mixinStandardHelpOptions = true,
    resourceBundle = "org.ocnkit.cli.moderation.messages",
    subcommands = {
      PlanCommand.class,
      ShowCommand.class,
      RecordCommand.class,
      StatusCommand.class,
      ModeratorCommand.class,
      ReportCommand.class
    })
public final class ModerateCommand {}
