package org.ocnkit.cli.qualification;

import java.util.List;
import java.util.concurrent.Callable;
import org.ocnkit.cli.Cli;
import org.ocnkit.cli.ExitCode;
import org.ocnkit.cli.Json;
import org.ocnkit.cli.JsonOption;
import org.ocnkit.cli.TextTable;
import org.ocnkit.qualification.catalog.QualificationSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code ocn qualification list}: the stored qualification versions and where they stand. */
@Command(name = "list", mixinStandardHelpOptions = true)
final class ListCommand implements Callable<Integer> {
  private final Cli cli;

  @Mixin JsonOption json;

  ListCommand(Cli cli) {
    this.cli = cli;
  }

  @Override
  public Integer call() {
    QualificationTexts texts = new QualificationTexts(cli);
    List<QualificationSummary> all = cli.ocn().qualifications().list();
    if (json.enabled()) {
      cli.out().println(Json.write(all));
      return ExitCode.OK;
    }
    TextTable table = new TextTable(texts.text("list.qualification"), texts.text("list.title"),
        texts.text("list.level"), texts.text("list.credits"), texts.text("list.state"),
        texts.text("list.hash"));
    for (QualificationSummary q : all) {
      table.row(q.ref(), q.title(cli.locale()), q.level(), q.totalCredits(),
          q.state().displayName(cli.locale())
              + q.approvedUntil().map(d -> " " + texts.text("list.until", d)).orElse(""),
          q.hash().prefix());
    }
    table.print(cli.out());
    cli.out().println(texts.text("list.count", all.size()));
    return ExitCode.OK;
  }
}
