package org.ocnkit.cli.panel;

import java.util.concurrent.Callable;
import org.ocnkit.cli.Cli;
import org.ocnkit.cli.JsonOption;
import org.ocnkit.panel.Panel;
import org.ocnkit.panel.PanelDecision;
import org.ocnkit.unit.UnitRef;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code ocn panel decide}: applies the quorum, conflict and majority rules to the votes on a unit
 * and records the decision; prints the outcome and the votes counted. Exit 1 naming the rule when
 * the panel cannot decide.
 */
@Command(name = "decide", mixinStandardHelpOptions = true)
final class DecideCommand implements Callable<Integer> {
  private final Cli cli;

  @Option(
      names = "--meeting",
      paramLabel = "ID",
      required = true,
      descriptionKey = "option.meeting")
  long meeting;

  @Option(names = "--unit", paramLabel = "CODE@V", required = true, descriptionKey = "option.unit")
  String unit;

  @Mixin JsonOption json;

  DecideCommand(Cli cli) {
    this.cli = cli;
  }

  @Override
  public Integer call() {
    Panel panel = cli.ocn().panel();
    PanelDecision decision = panel.decide(cli.actor(), meeting, UnitRef.parseExact(unit));
    return cli.print(
        json,
        () -> PanelTexts.json(decision),
        () -> {
          new PanelTexts(cli).printDecision(decision, panel.meeting(decision.meetingId()));
        });
  }
}
