package org.ocnkit.cli.unit;

import java.util.concurrent.Callable;
import org.ocnkit.cli.Cli;
import org.ocnkit.cli.JsonOption;
import org.ocnkit.cli.panel.PanelTexts;
import org.ocnkit.panel.UnitStateChange;
import org.ocnkit.unit.UnitRef;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ocn unit withdraw CODE@V --reason TEXT}: takes a unit version out of use. */
@Command(
    name = "withdraw",
    mixinStandardHelpOptions = true,
    resourceBundle = "org.ocnkit.cli.panel.messages")
final class WithdrawCommand implements Callable<Integer> {
  private final Cli cli;

  @Parameters(paramLabel = "CODE@V", descriptionKey = "unit.withdraw.unit")
  String unit;

  @Option(
      names = "--reason",
      paramLabel = "TEXT",
      required = true,
      descriptionKey = "unit.withdraw.reason")
  String reason;

  @Mixin JsonOption json;

  WithdrawCommand(Cli cli) {
    this.cli = cli;
  }

  @Override
  public Integer call() {
    UnitStateChange change =
        cli.ocn().panel().withdraw(cli.actor(), UnitRef.parseExact(unit), reason);
    PanelTexts t = new PanelTexts(cli);
    return cli.print(
        json,
        () -> PanelTexts.json(change),
        () -> {
          cli.out()
              .println(
                  t.text("unit.withdrawn", change.unit(), change.from().displayName(cli.locale())));
        });
  }
}
