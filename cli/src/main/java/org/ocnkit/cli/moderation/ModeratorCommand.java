package org.ocnkit.cli.moderation;

import java.util.List;
import java.util.concurrent.Callable;
import org.ocnkit.cli.Cli;
import org.ocnkit.cli.JsonOption;
import org.ocnkit.cli.TextTable;
import org.ocnkit.learner.Code;
import org.ocnkit.moderation.Moderator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code ocn moderate moderator add|list}: the internal moderators. */
@Command(
    name = "moderator",
    mixinStandardHelpOptions = true,
    subcommands = {ModeratorCommand.Add.class, ModeratorCommand.ListModerators.class})
final class ModeratorCommand {

  /** Designates a qualified assessor as moderator. */
  @Command(name = "add", mixinStandardHelpOptions = true)
  static final class Add implements Callable<Integer> {
    private final Cli cli;

    @Parameters(paramLabel = "CODE", descriptionKey = "moderator.add.code")
    String code;

    @Mixin JsonOption json;

    Add(Cli cli) {
      this.cli = cli;
    }

    @Override
    public Integer call() {
      Moderator m = cli.ocn().moderation().addModerator(cli.actor(), Code.parse(code));
      return cli.print(
          json,
          () -> Texts.json(m),
          () -> {
            cli.out().println(Texts.of(cli, "moderator.added", m.name(), m.code()));
          });
    }
  }

  /** Lists the moderators. */
  @Command(name = "list", mixinStandardHelpOptions = true)
  static final class ListModerators implements Callable<Integer> {
    private final Cli cli;

    @Mixin JsonOption json;

    ListModerators(Cli cli) {
      this.cli = cli;
    }

    @Override
    public Integer call() {
      List<Moderator> all = cli.ocn().moderation().moderators();
      return cli.print(
          json,
          () -> all.stream().map(Texts::json).toList(),
          () -> {
            TextTable table =
                new TextTable(
                    Texts.of(cli, "col.code"),
                    Texts.of(cli, "col.name"),
                    Texts.of(cli, "col.since"),
                    Texts.of(cli, "col.qualified"));
            for (Moderator m : all) {
              table.row(
                  m.code(),
                  m.name(),
                  m.designatedAt().toString().substring(0, 10),
                  Texts.of(cli, m.qualified() ? "yes" : "no"));
            }
            table.print(cli.out());
          });
    }
  }
}
