package org.ocnkit.cli.learner;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.ocnkit.cli.Cli;
import org.ocnkit.cli.ExitCode;
import org.ocnkit.cli.JsonOption;
import org.ocnkit.learner.Code;
import org.ocnkit.learner.NewPlacement;
import org.ocnkit.learner.NewSupervisor;
import org.ocnkit.learner.Placement;
import org.ocnkit.learner.Supervisor;
import org.ocnkit.unit.Arena;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ocn placement add|add-supervisor|list|link|links|unlink}: workplaces, their supervisors
 * and the supervisors' personal links.
 */
@Command(
    name = "placement",
    mixinStandardHelpOptions = true,
    resourceBundle = "org.ocnkit.cli.learner.messages",
    subcommands = {
      PlacementCommand.Add.class,
      PlacementCommand.AddSupervisor.class,
      PlacementCommand.ListPlacements.class,
      PlacementLinks.Link.class,
      PlacementLinks.Links.class,
      PlacementLinks.Unlink.class
    })
public final class PlacementCommand {

  /** Adds a placement with its supervisors. */
  @Command(name = "add", mixinStandardHelpOptions = true)
  static final class Add implements Callable<Integer> {
    private final Cli cli;

    @Parameters(paramLabel = "CODE", descriptionKey = "placement.code")
    String code;

    @Option(
        names = "--workplace",
        required = true,
        paramLabel = "NAME",
        descriptionKey = "placement.add.workplace")
    String workplace;

    @Option(
        names = "--employer",
        required = true,
        paramLabel = "NAME",
        descriptionKey = "placement.add.employer")
    String employer;

    @Option(
        names = "--arena",
        required = true,
        paramLabel = "ARENA",
        converter = Texts.ArenaConverter.class,
        descriptionKey = "placement.add.arena")
    Arena arena;

    @Option(
        names = "--supervisor",
        paramLabel = "CODE=NAME",
        descriptionKey = "placement.supervisor")
    List<String> supervisors = new ArrayList<>();

    Add(Cli cli) {
      this.cli = cli;
    }

    @Override
    public Integer call() {
      Placement p =
          cli.ocn()
              .placements()
              .add(
                  cli.actor(),
                  new NewPlacement(
                      Code.parse(code),
                      workplace,
                      employer,
                      arena,
                      supervisors.stream().map(NewSupervisor::parse).toList()));
      cli.out()
          .println(
              Texts.of(
                  cli,
                  "placement.add.done",
                  p.code(),
                  p.workplace(),
                  p.arena().displayName(cli.locale()),
                  p.supervisors().size()));
      return ExitCode.OK;
    }
  }

  /** Adds supervisors to a placement. */
  @Command(name = "add-supervisor", mixinStandardHelpOptions = true)
  static final class AddSupervisor implements Callable<Integer> {
    private final Cli cli;

    @Parameters(paramLabel = "PLACEMENT", descriptionKey = "placement.code")
    String code;

    @Option(
        names = "--supervisor",
        required = true,
        paramLabel = "CODE=NAME",
        descriptionKey = "placement.supervisor")
    List<String> supervisors = new ArrayList<>();

    AddSupervisor(Cli cli) {
      this.cli = cli;
    }

    @Override
    public Integer call() {
      Placement p =
          cli.ocn()
              .placements()
              .addSupervisors(
                  cli.actor(),
                  Code.parse(code),
                  supervisors.stream().map(NewSupervisor::parse).toList());
      cli.out()
          .println(Texts.of(cli, "placement.addSupervisor.done", p.code(), p.supervisors().size()));
      return ExitCode.OK;
    }
  }

  /** Lists the placements. */
  @Command(name = "list", mixinStandardHelpOptions = true)
  static final class ListPlacements implements Callable<Integer> {
    private final Cli cli;

    @Mixin JsonOption json;

    ListPlacements(Cli cli) {
      this.cli = cli;
    }

    @Override
    public Integer call() {
      List<Placement> all = cli.ocn().placements().list();
      return cli.print(
          json,
          () -> JsonValues.plain(all),
          () -> {
            for (Placement p : all) {
              cli.out()
                  .println(
                      Texts.of(
                          cli,
                          "placement.list.line",
                          p.code(),
                          p.workplace(),
                          p.employer(),
                          p.arena().displayName(cli.locale())));
              for (Supervisor s : p.supervisors()) {
                cli.out()
                    .println(
                        "    " + Texts.of(cli, "placement.list.supervisor", s.code(), s.name()));
              }
            }
            cli.out().println(Texts.of(cli, "placement.list.count", all.size()));
          });
    }
  }
}
