package org.ocnkit.cli.moderation;

import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import org.ocnkit.cli.Cli;
import org.ocnkit.cli.JsonOption;
import org.ocnkit.moderation.PlanPeriod;
import org.ocnkit.moderation.PlanRequest;
import org.ocnkit.moderation.SamplePlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ocn moderate plan}: draws a sample plan and prints it. */
@Command(name = "plan", mixinStandardHelpOptions = true)
final class PlanCommand implements Callable<Integer> {
  private final Cli cli;

  @Option(names = "--period", paramLabel = "FROM..TO", descriptionKey = "plan.period")
  String period;

  @Option(names = "--seed", paramLabel = "N", descriptionKey = "plan.seed")
  Long seed;

  @Mixin JsonOption json;

  PlanCommand(Cli cli) {
    this.cli = cli;
  }

  @Override
  public Integer call() {
    PlanRequest request =
        new PlanRequest(
            Optional.ofNullable(period).map(PlanPeriod::parse),
            seed == null ? OptionalLong.empty() : OptionalLong.of(seed));
    SamplePlan plan = cli.ocn().moderation().plan(cli.actor(), request);
    return cli.print(
        json,
        () -> Texts.json(plan),
        () -> {
          Texts.print(cli, plan);
          cli.out().println(Texts.of(cli, "plan.next"));
        });
  }
}
