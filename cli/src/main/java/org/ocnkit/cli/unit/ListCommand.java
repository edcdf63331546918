package org.ocnkit.cli.unit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Message;
import org.ocnkit.cli.Cli;
import org.ocnkit.cli.JsonOption;
import org.ocnkit.cli.TextTable;
import org.ocnkit.unit.catalog.UnitFilter;
import org.ocnkit.unit.catalog.UnitState;
import org.ocnkit.unit.catalog.UnitSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code ocn unit list [--state S] [--due [--within DAYS]]}: stored unit versions and where they
 * stand today (an approval past its review date shows as due for review).
 */
@Command(name = "list", mixinStandardHelpOptions = true)
final class ListCommand implements Callable<Integer> {
  private final Cli cli;

  @Option(names = "--state", paramLabel = "STATE", descriptionKey = "unit.list.option.state")
  UnitState state;

  @Option(names = "--due", descriptionKey = "unit.list.due")
  boolean due;

  @Option(names = "--within", paramLabel = "DAYS", descriptionKey = "unit.list.within")
  Integer within;

  @Mixin JsonOption json;

  ListCommand(Cli cli) {
    this.cli = cli;
  }

  @Override
  public Integer call() {
    if (within != null && within < 0) {
      throw new InvalidInputException(Message.of(Cli.class, "unit.list.negativeDays", within));
    }
    UnitFilter filter = new UnitFilter(Optional.ofNullable(state), due || within != null);
    List<UnitSummary> units = cli.ocn().panel().units(filter, within == null ? 0 : within);
    return cli.print(
        json,
        () -> units.stream().map(ListCommand::json).toList(),
        () -> {
          TextTable table =
              new TextTable(
                  cli.text("unit.list.unit"),
                  cli.text("unit.list.title"),
                  cli.text("unit.list.level"),
                  cli.text("unit.list.credits"),
                  cli.text("unit.list.state"),
                  cli.text("unit.list.hash"));
          for (UnitSummary u : units) {
            table.row(
                u.ref(),
                u.title(cli.locale()),
                u.level(),
                u.credits(),
                u.state().displayName(cli.locale())
                    + u.approvedUntil().map(d -> " " + cli.text("unit.list.until", d)).orElse(""),
                u.hash().prefix());
          }
          table.print(cli.out());
          cli.out().println(cli.text("unit.list.count", units.size()));
        });
  }

  /** One unit as flat values, with the names {@code unit show --json} uses. */
  private static Map<String, Object> json(UnitSummary u) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", u.id());
    json.put("code", u.ref().code().value());
    json.put("version", u.ref().version());
    json.put("hash", u.hash().hex());
    json.put("titleSv", u.titleSv());
    json.put("titleEn", u.titleEn());
    json.put("arena", u.arena().code());
    json.put("eqfLevel", u.level().value());
    json.put("credits", u.credits());
    json.put("state", u.state());
    json.put("approvedUntil", u.approvedUntil());
    return json;
  }
}
