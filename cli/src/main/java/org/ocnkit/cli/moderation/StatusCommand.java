package org.ocnkit.cli.moderation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.ocnkit.cli.Cli;
import org.ocnkit.cli.JsonOption;
import org.ocnkit.cli.TextTable;
import org.ocnkit.learner.ApprenticeId;
import org.ocnkit.learner.EnrolmentId;
import org.ocnkit.moderation.Readiness;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ocn moderate status}: which enrolments are ready for certification, and why not. */
@Command(name = "status", mixinStandardHelpOptions = true)
final class StatusCommand implements Callable<Integer> {
  private final Cli cli;

  @Parameters(paramLabel = "E", arity = "0..*", descriptionKey = "status.enrolments")
  List<String> enrolments = new ArrayList<>();

  @Option(names = "--apprentice", paramLabel = "A", descriptionKey = "status.apprentice")
  String apprentice;

  @Mixin JsonOption json;

  StatusCommand(Cli cli) {
    this.cli = cli;
  }

  @Override
  public Integer call() {
    List<EnrolmentId> ids = enrolments.stream().map(EnrolmentId::parse).toList();
    List<Readiness> all =
        cli.ocn()
            .moderation()
            .readiness(Optional.ofNullable(apprentice).map(ApprenticeId::parse), ids);
    return cli.print(
        json,
        () -> all.stream().map(r -> Texts.json(r, cli)).toList(),
        () -> {
          TextTable table =
              new TextTable(
                  Texts.of(cli, "col.enrolment"),
                  Texts.of(cli, "col.apprentice"),
                  Texts.of(cli, "col.unit"),
                  Texts.of(cli, "col.ready"),
                  Texts.of(cli, "col.why"));
          for (Readiness r : all) {
            table.row(
                r.enrolment(),
                r.apprentice(),
                r.unit(),
                Texts.of(cli, r.ready() ? "yes" : "no"),
                cli.text(r.reason()));
          }
          table.print(cli.out());
          long ready = all.stream().filter(Readiness::ready).count();
          cli.out().println(Texts.of(cli, "status.count", ready, all.size()));
        });
  }
}
