package org.ocnkit.cli.unit;

import java.util.concurrent.Callable;
import org.ocnkit.cli.Cli;
import org.ocnkit.cli.JsonOption;
import org.ocnkit.cli.panel.PanelTexts;
import org.ocnkit.panel.UnitStateChange;
import org.ocnkit.unit.UnitRef;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code ocn unit submit CODE[@V]}: sends a draft to the panel; its content is frozen. */
@Command(
    name = "submit",
    mixinStandardHelpOptions = true,
    resourceBundle = "org.ocnkit.cli.panel.messages")
final class SubmitCommand implements Callable<Integer> {
  private final Cli cli;

  @Parameters(paramLabel = "CODE[@V]", descriptionKey = "unit.submit.unit")
  String unit;

  @Mixin JsonOption json;

  SubmitCommand(Cli cli) {
    this.cli = cli;
  }

  @Override
  public Integer call() {
    UnitStateChange change = cli.ocn().panel().submit(cli.actor(), UnitRef.parse(unit));
    return cli.print(
        json,
        () -> PanelTexts.json(change),
        () -> {
          cli.out()
              .println(
                  new PanelTexts(cli)
                      .text("unit.submitted", change.unit(), change.hash().prefix()));
        });
  }
}
