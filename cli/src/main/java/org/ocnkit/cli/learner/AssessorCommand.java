package org.ocnkit.cli.learner;

import java.util.List;
import java.util.concurrent.Callable;
import org.ocnkit.cli.Cli;
import org.ocnkit.cli.ExitCode;
import org.ocnkit.cli.JsonOption;
import org.ocnkit.cli.TextTable;
import org.ocnkit.learner.Assessor;
import org.ocnkit.learner.Code;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ocn assessor add|qualify|list}: the assessors. */
@Command(
    name = "assessor",
    mixinStandardHelpOptions = true,
    resourceBundle = "org.ocnkit.cli.learner.messages",
    subcommands = {
      AssessorCommand.Add.class,
      AssessorCommand.Qualify.class,
      AssessorCommand.ListAssessors.class
    })
public final class AssessorCommand {

  /** Adds an assessor. */
  @Command(name = "add", mixinStandardHelpOptions = true)
  static final class Add implements Callable<Integer> {
    private final Cli cli;

    @Parameters(paramLabel = "CODE", descriptionKey = "assessor.code")
    String code;

    @Option(
        names = "--name",
        required = true,
        paramLabel = "NAME",
        descriptionKey = "assessor.add.name")
    String name;

    @Option(names = "--qualified", descriptionKey = "assessor.add.qualified")
    boolean qualified;

    Add(Cli cli) {
      this.cli = cli;
    }

    @Override
    public Integer call() {
      Assessor a = cli.ocn().assessors().add(cli.actor(), Code.parse(code), name, qualified);
      cli.out()
          .println(
              Texts.of(
                  cli,
                  a.qualified() ? "assessor.add.qualifiedDone" : "assessor.add.done",
                  a.code(),
                  a.name()));
      return ExitCode.OK;
    }
  }

  /** Records that an assessor has qualified, or no longer is. */
  @Command(name = "qualify", mixinStandardHelpOptions = true)
  static final class Qualify implements Callable<Integer> {
    private final Cli cli;

    @Parameters(paramLabel = "CODE", descriptionKey = "assessor.code")
    String code;

    @Option(names = "--withdraw", descriptionKey = "assessor.qualify.withdraw")
    boolean withdraw;

    Qualify(Cli cli) {
      this.cli = cli;
    }

    @Override
    public Integer call() {
      Assessor a = cli.ocn().assessors().setQualified(cli.actor(), Code.parse(code), !withdraw);
      cli.out()
          .println(
              Texts.of(
                  cli,
                  a.qualified() ? "assessor.qualify.done" : "assessor.qualify.withdrawn",
                  a.code(),
                  a.name()));
      return ExitCode.OK;
    }
  }

  /** Lists the assessors. */
  @Command(name = "list", mixinStandardHelpOptions = true)
  static final class ListAssessors implements Callable<Integer> {
    private final Cli cli;

    @Mixin JsonOption json;

    ListAssessors(Cli cli) {
      this.cli = cli;
    }

    @Override
    public Integer call() {
      List<Assessor> all = cli.ocn().assessors().list();
      return cli.print(
          json,
          () -> JsonValues.plain(all),
          () -> {
            TextTable table =
                new TextTable(
                    Texts.of(cli, "assessor.list.code"),
                    Texts.of(cli, "assessor.list.name"),
                    Texts.of(cli, "assessor.list.qualified"));
            for (Assessor a : all) {
              table.row(a.code(), a.name(), Texts.of(cli, a.qualified() ? "yes" : "no"));
            }
            table.print(cli.out());
          });
    }
  }
}
