package org.ocnkit.cli.panel;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.ocnkit.cli.Cli;
import org.ocnkit.cli.JsonOption;
import org.ocnkit.panel.Conflict;
import org.ocnkit.unit.UnitRef;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ocn panel conflict}: a member declares a conflict of interest over a unit. */
@Command(name = "conflict", mixinStandardHelpOptions = true)
final class ConflictCommand implements Callable<Integer> {
  private final Cli cli;

  @Option(
      names = "--meeting",
      paramLabel = "ID",
      required = true,
      descriptionKey = "option.meeting")
  long meeting;

  @Option(
      names = "--member",
      paramLabel = "MEMBER",
      required = true,
      descriptionKey = "conflict.member")
  String member;

  @Option(names = "--unit", paramLabel = "CODE@V", required = true, descriptionKey = "option.unit")
  String unit;

  @Option(names = "--reason", paramLabel = "TEXT", descriptionKey = "conflict.reason")
  String reason;

  @Mixin JsonOption json;

  ConflictCommand(Cli cli) {
    this.cli = cli;
  }

  @Override
  public Integer call() {
    Conflict c =
        cli.ocn()
            .panel()
            .declareConflict(
                cli.actor(),
                meeting,
                member,
                UnitRef.parseExact(unit),
                Optional.ofNullable(reason));
    return cli.print(
        json,
        () -> {
          Map<String, Object> out = new LinkedHashMap<>();
          out.put("id", c.id());
          out.put("meeting", c.meetingId());
          out.put("unit", c.unit().toString());
          out.put("member", PanelTexts.json(c.member()));
          out.put("reason", c.reason());
          return out;
        },
        () -> {
          cli.out()
              .println(
                  new PanelTexts(cli)
                      .text(
                          "conflict.recorded",
                          c.member().name(),
                          c.unit(),
                          String.valueOf(c.meetingId())));
        });
  }
}
