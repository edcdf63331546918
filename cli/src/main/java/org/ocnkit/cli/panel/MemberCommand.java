package org.ocnkit.cli.panel;

import java.util.List;
import java.util.concurrent.Callable;
import org.ocnkit.cli.Cli;
import org.ocnkit.cli.JsonOption;
import org.ocnkit.cli.TextTable;
import org.ocnkit.panel.PanelMember;
import org.ocnkit.panel.Sector;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ocn panel member add|list|chair}: the panel's members. */
@Command(
    name = "member",
    mixinStandardHelpOptions = true,
    subcommands = {
      MemberCommand.Add.class,
      MemberCommand.ListMembers.class,
      MemberCommand.Chair.class
    })
final class MemberCommand {

  /** Adds a member. */
  @Command(name = "add", mixinStandardHelpOptions = true)
  static final class Add implements Callable<Integer> {
    private final Cli cli;

    @Parameters(paramLabel = "NAME", descriptionKey = "member.add.name")
    String name;

    @Option(
        names = {"--organisation", "--org"},
        paramLabel = "ORGANISATION",
        required = true,
        descriptionKey = "member.add.organisation")
    String organisation;

    @Option(
        names = "--sector",
        paramLabel = "SECTOR",
        required = true,
        descriptionKey = "member.add.sector")
    String sector;

    @Option(names = "--chair", descriptionKey = "member.add.chair")
    boolean chair;

    @Mixin JsonOption json;

    Add(Cli cli) {
      this.cli = cli;
    }

    @Override
    public Integer call() {
      PanelMember m =
          cli.ocn().panel().addMember(cli.actor(), name, organisation, Sector.parse(sector), chair);
      PanelTexts t = new PanelTexts(cli);
      return cli.print(
          json,
          () -> PanelTexts.json(m),
          () -> {
            cli.out()
                .println(
                    t.text(
                        m.chair() ? "member.added.chair" : "member.added",
                        String.valueOf(m.id()),
                        m.name(),
                        m.organisation(),
                        m.sector().displayName(cli.locale())));
          });
    }
  }

  /** Lists the members. */
  @Command(name = "list", mixinStandardHelpOptions = true)
  static final class ListMembers implements Callable<Integer> {
    private final Cli cli;

    @Mixin JsonOption json;

    ListMembers(Cli cli) {
      this.cli = cli;
    }

    @Override
    public Integer call() {
      List<PanelMember> members = cli.ocn().panel().members();
      return cli.print(
          json,
          () -> PanelTexts.members(members),
          () -> {
            PanelTexts t = new PanelTexts(cli);
            TextTable table =
                new TextTable(
                    t.text("table.id"),
                    t.text("table.name"),
                    t.text("table.organisation"),
                    t.text("table.sector"),
                    t.text("table.role"));
            for (PanelMember m : members) {
              table.row(
                  m.id(),
                  m.name(),
                  m.organisation(),
                  m.sector().displayName(cli.locale()),
                  m.chair() ? t.text("table.chair") : "");
            }
            table.print(cli.out());
            cli.out().println(t.text("member.count", members.size()));
          });
    }
  }

  /** Hands the chair to a member. */
  @Command(name = "chair", mixinStandardHelpOptions = true)
  static final class Chair implements Callable<Integer> {
    private final Cli cli;

    @Parameters(paramLabel = "MEMBER", descriptionKey = "member.chair.member")
    String member;

    @Mixin JsonOption json;

    Chair(Cli cli) {
      this.cli = cli;
    }

    @Override
    public Integer call() {
      PanelMember m = cli.ocn().panel().handChair(cli.actor(), member);
      return cli.print(
          json,
          () -> PanelTexts.json(m),
          () -> {
            cli.out().println(new PanelTexts(cli).text("member.chaired", m.name()));
          });
    }
  }
}
