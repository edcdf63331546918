package org.ocnkit.cli.panel;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.ocnkit.cli.Cli;
import org.ocnkit.cli.JsonOption;
import org.ocnkit.cli.TextTable;
import org.ocnkit.panel.Meeting;
import org.ocnkit.panel.PanelMember;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ocn panel meeting open|list}: meetings with their attendance. */
@Command(
    name = "meeting",
    mixinStandardHelpOptions = true,
    subcommands = {MeetingCommand.Open.class, MeetingCommand.ListMeetings.class})
final class MeetingCommand {

  /** Opens a meeting and prints its id alone, so a script can keep it. */
  @Command(name = "open", mixinStandardHelpOptions = true)
  static final class Open implements Callable<Integer> {
    private final Cli cli;

    @Option(names = "--date", paramLabel = "DATE", descriptionKey = "meeting.open.date")
    LocalDate date;

    @Option(
        names = "--present",
        paramLabel = "MEMBER",
        split = ",",
        required = true,
        descriptionKey = "meeting.open.present")
    List<String> present;

    @Option(names = "--chair", paramLabel = "MEMBER", descriptionKey = "meeting.open.chair")
    String chair;

    @Mixin JsonOption json;

    Open(Cli cli) {
      this.cli = cli;
    }

    @Override
    public Integer call() {
      Meeting meeting =
          cli.ocn()
              .panel()
              .openMeeting(
                  cli.actor(), Optional.ofNullable(date), present, Optional.ofNullable(chair));
      return cli.print(json, () -> PanelTexts.json(meeting), () -> cli.out().println(meeting.id()));
    }
  }

  /** Lists the meetings. */
  @Command(name = "list", mixinStandardHelpOptions = true)
  static final class ListMeetings implements Callable<Integer> {
    private final Cli cli;

    @Mixin JsonOption json;

    ListMeetings(Cli cli) {
      this.cli = cli;
    }

    @Override
    public Integer call() {
      List<Meeting> meetings = cli.ocn().panel().meetings();
      return cli.print(
          json,
          () -> meetings.stream().map(PanelTexts::json).toList(),
          () -> {
            PanelTexts t = new PanelTexts(cli);
            TextTable table =
                new TextTable(
                    t.text("table.id"),
                    t.text("table.date"),
                    t.text("table.chair"),
                    t.text("table.present"));
            for (Meeting m : meetings) {
              table.row(
                  m.id(),
                  m.date(),
                  m.chair().name(),
                  String.join(", ", m.present().stream().map(PanelMember::name).toList()));
            }
            table.print(cli.out());
            cli.out().println(t.text("meeting.count", meetings.size()));
          });
    }
  }
}
