package org.ocnkit.cli.qualification;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ocnkit.cli.Cli;
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
    return cli.print(
        json,
        () -> all.stream().map(ListCommand::json).toList(),
        () -> {
          TextTable table =
              new TextTable(
                  texts.text("list.qualification"),
                  texts.text("list.title"),
                  texts.text("list.level"),
                  texts.text("list.credits"),
                  texts.text("list.state"),
                  texts.text("list.hash"));
          for (QualificationSummary q : all) {
            table.row(
                q.ref(),
                q.title(cli.locale()),
                q.level(),
                q.totalCredits(),
                q.state().displayName(cli.locale())
                    + q.approvedUntil().map(d -> " " + texts.text("list.until", d)).orElse(""),
                q.hash().prefix());
          }
          table.print(cli.out());
          cli.out().println(texts.text("list.count", all.size()));
        });
  }

  /** One qualification as flat values, with the names {@code unit list --json} uses. */
  private static Map<String, Object> json(QualificationSummary q) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", q.id());
    json.put("code", q.ref().code().value());
    json.put("version", q.ref().version());
    json.put("hash", q.hash().hex());
    json.put("titleSv", q.titleSv());
    json.put("titleEn", q.titleEn());
    json.put("eqfLevel", q.level().value());
    json.put("credits", q.totalCredits());
    json.put("state", q.state());
    json.put("approvedUntil", q.approvedUntil());
    return json;
  }
}
