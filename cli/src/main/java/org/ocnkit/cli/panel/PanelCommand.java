package org.ocnkit.cli.panel;

import picocli.CommandLine.Command;

/**
 * {@code ocn panel ...}: the panel's approval workflow (members, meetings, conflicts of interest,
 * votes, decisions, conditions, minutes). Each subcommand calls one method of {@link
 * org.ocnkit.panel.Panel}.
 */
@Command(
    name = "panel",
    mixinStandardHelpOptions = true,
    resourceBundle = "org.ocnkit.cli.panel.messages",
    subcommands = {
      MemberCommand.class,
      MeetingCommand.class,
      ConflictCommand.class,
      VoteCommand.class,
      DecideCommand.class,
      ConditionsMetCommand.class,
      MinutesCommand.class
    })
public final class PanelCommand {}
