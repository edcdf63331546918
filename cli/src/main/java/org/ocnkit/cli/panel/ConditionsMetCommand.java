package org.ocnkit.cli.panel;

import java.util.concurrent.Callable;
import org.ocnkit.cli.Cli;
import org.ocnkit.cli.JsonOption;
import org.ocnkit.panel.ConditionsSignOff;
import org.ocnkit.unit.UnitRef;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ocn panel conditions-met}: the chair signs a unit's conditions off. */
@Command(name = "conditions-met", mixinStandardHelpOptions = true)
final class ConditionsMetCommand implements Callable<Integer> {
  private final Cli cli;

  @Option(names = "--unit", paramLabel = "CODE@V", required = true, descriptionKey = "option.unit")
  String unit;

  @Option(
      names = "--by",
      paramLabel = "MEMBER",
      required = true,
      descriptionKey = "conditionsMet.by")
  String by;

  @Mixin JsonOption json;

  ConditionsMetCommand(Cli cli) {
    this.cli = cli;
  }

  @Override
  public Integer call() {
    ConditionsSignOff s =
        cli.ocn().panel().conditionsMet(cli.actor(), UnitRef.parseExact(unit), by);
    return cli.print(
        json,
        () -> PanelTexts.json(s),
        () -> {
          cli.out()
              .println(
                  new PanelTexts(cli)
                      .text(
                          "conditionsMet.done",
                          s.decision().unit(),
                          s.by().name(),
                          s.on(),
                          s.decision().approvedUntil().map(Object::toString).orElse("")));
        });
  }
}
