package org.ocnkit.cli.moderation;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.ocnkit.cli.Cli;
import org.ocnkit.cli.JsonOption;
import org.ocnkit.moderation.SamplePlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code ocn moderate show [PLAN]}: a stored plan with the outcomes so far. */
@Command(name = "show", mixinStandardHelpOptions = true)
final class ShowCommand implements Callable<Integer> {
  private final Cli cli;

  @Parameters(paramLabel = "PLAN", arity = "0..1", descriptionKey = "show.plan")
  Long plan;

  @Mixin JsonOption json;

  ShowCommand(Cli cli) {
    this.cli = cli;
  }

  @Override
  public Integer call() {
    Optional<SamplePlan> found =
        plan == null
            ? cli.ocn().moderation().latestPlan()
            : Optional.of(cli.ocn().moderation().plan(plan));
    return cli.print(
        json,
        () -> found.map(Texts::json),
        () -> {
          if (found.isEmpty()) {
            cli.out().println(Texts.of(cli, "show.none"));
          } else {
            Texts.print(cli, found.get());
          }
        });
  }
}
