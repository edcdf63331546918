package org.ocnkit.cli.panel;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.ocnkit.cli.Cli;
import org.ocnkit.cli.JsonOption;
import org.ocnkit.panel.Ballot;
import org.ocnkit.panel.Panel;
import org.ocnkit.panel.Vote;
import org.ocnkit.panel.VoteChoice;
import org.ocnkit.unit.UnitRef;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code ocn panel vote}: records members' votes on a unit at a meeting; several members casting
 * the same vote are named together.
 */
@Command(name = "vote", mixinStandardHelpOptions = true)
final class VoteCommand implements Callable<Integer> {
  private final Cli cli;

  @Option(
      names = "--meeting",
      paramLabel = "ID",
      required = true,
      descriptionKey = "option.meeting")
  long meeting;

  @Option(names = "--unit", paramLabel = "CODE@V", required = true, descriptionKey = "option.unit")
  String unit;

  @Option(
      names = "--member",
      paramLabel = "MEMBER",
      split = ",",
      required = true,
      descriptionKey = "vote.member")
  List<String> members;

  @Option(names = "--vote", paramLabel = "VOTE", required = true, descriptionKey = "vote.vote")
  String vote;

  @Option(names = "--comment", paramLabel = "TEXT", descriptionKey = "vote.comment")
  String comment;

  @Option(names = "--conditions", paramLabel = "TEXT", descriptionKey = "vote.conditions")
  String conditions;

  @Option(names = "--due", paramLabel = "DATE|PERIOD", descriptionKey = "vote.due")
  String due;

  @Mixin JsonOption json;

  VoteCommand(Cli cli) {
    this.cli = cli;
  }

  @Override
  public Integer call() {
    UnitRef ref = UnitRef.parseExact(unit);
    Panel panel = cli.ocn().panel();
    Optional<LocalDate> dueDate =
        due == null
            ? Optional.empty()
            : Optional.of(Ballot.parseDue(due, panel.meeting(meeting).date()));
    Ballot ballot =
        Ballot.of(
            VoteChoice.parse(vote),
            Optional.ofNullable(comment),
            Optional.ofNullable(conditions),
            dueDate);
    List<Vote> cast = panel.vote(cli.actor(), meeting, ref, members, ballot);
    return cli.print(
        json,
        () -> cast.stream().map(PanelTexts::json).toList(),
        () -> {
          PanelTexts t = new PanelTexts(cli);
          for (Vote v : cast) {
            cli.out()
                .println(
                    t.text(
                        "vote.recorded",
                        v.member().name(),
                        v.unit(),
                        v.ballot().choice().displayName(cli.locale())));
          }
        });
  }
}
