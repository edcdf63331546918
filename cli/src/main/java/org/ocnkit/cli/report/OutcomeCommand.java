package org.ocnkit.cli.report;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.ocnkit.cli.Cli;
import org.ocnkit.cli.JsonOption;
import org.ocnkit.cli.OptionConverter;
import org.ocnkit.cli.TextTable;
import org.ocnkit.learner.ApprenticeId;
import org.ocnkit.report.FollowUpPoint;
import org.ocnkit.report.NewOutcome;
import org.ocnkit.report.Outcome;
import org.ocnkit.report.OutcomeStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ocn apprentice outcome ID --at POINT --status STATUS [--date D] [--reason TEXT]}: what a
 * participant was doing at exit or at a follow-up point; with neither {@code --at} nor {@code
 * --status}, the outcomes recorded so far.
 */
@Command(
    name = "outcome",
    mixinStandardHelpOptions = true,
    resourceBundle = "org.ocnkit.cli.report.messages")
public final class OutcomeCommand implements Callable<Integer> {
  private final Cli cli;

  @Parameters(paramLabel = "APPRENTICE", descriptionKey = "outcome.apprentice")
  String apprentice;

  @Option(names = "--at", paramLabel = "exit|28d|90d|6m", descriptionKey = "outcome.at")
  String at;

  @Option(
      names = "--status",
      paramLabel = "work|studies|job-seeking|other",
      converter = StatusConverter.class,
      descriptionKey = "outcome.status")
  OutcomeStatus status;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", descriptionKey = "outcome.date")
  LocalDate date;

  @Option(names = "--reason", paramLabel = "TEXT", descriptionKey = "outcome.reason")
  String reason;

  @Spec CommandSpec spec;

  @Mixin JsonOption json;

  OutcomeCommand(Cli cli) {
    this.cli = cli;
  }

  @Override
  public Integer call() {
    ApprenticeId id = ApprenticeId.parse(apprentice);
    if (at == null && status == null) {
      if (date != null || reason != null) {
        throw new ParameterException(spec.commandLine(), Texts.of(cli, "outcome.needsBoth"));
      }
      return history(id);
    }
    if (at == null || status == null) {
      throw new ParameterException(spec.commandLine(), Texts.of(cli, "outcome.needsBoth"));
    }
    Outcome o =
        cli.ocn()
            .reports()
            .recordOutcome(
                cli.actor(),
                new NewOutcome(
                    id, at, status, Optional.ofNullable(date), Optional.ofNullable(reason)));
    return cli.print(
        json,
        () -> json(o),
        () -> {
          cli.out()
              .println(
                  Texts.of(
                      cli,
                      o.supersedes().isPresent() ? "outcome.corrected" : "outcome.recorded",
                      o.apprentice(),
                      point(o.point()),
                      o.status().displayName(cli.locale()),
                      o.date()));
        });
  }

  private int history(ApprenticeId id) {
    List<Outcome> all = cli.ocn().reports().outcomes(id);
    return cli.print(
        json,
        () -> all.stream().map(OutcomeCommand::json).toList(),
        () -> {
          if (all.isEmpty()) {
            cli.out().println(Texts.of(cli, "outcome.none", id));
            return;
          }
          TextTable table =
              new TextTable(
                  Texts.of(cli, "outcome.col.point"),
                  Texts.of(cli, "outcome.col.status"),
                  Texts.of(cli, "outcome.col.date"),
                  Texts.of(cli, "outcome.col.recorded"),
                  Texts.of(cli, "outcome.col.note"));
          for (Outcome o : all) {
            String note =
                o.current()
                    ? o.reason().map(r -> Texts.of(cli, "outcome.correction", r)).orElse("")
                    : Texts.of(cli, "outcome.superseded");
            table.row(
                point(o.point()),
                o.status().displayName(cli.locale()),
                o.date(),
                o.recordedAt().toString().substring(0, 10),
                note);
          }
          table.print(cli.out());
        });
  }

  private String point(String code) {
    return FollowUpPoint.parse(code).map(p -> p.displayName(cli.locale())).orElse(code);
  }

  static Map<String, Object> json(Outcome o) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", o.id());
    out.put("apprentice", o.apprentice().toString());
    out.put("point", o.point());
    out.put("status", o.status().code());
    out.put("date", o.date());
    out.put("recordedAt", o.recordedAt());
    out.put("supersedes", o.supersedes().orElse(null));
    out.put("reason", o.reason().orElse(null));
    out.put("current", o.current());
    return out;
  }

  /** Reads {@code work}, {@code arbete}, {@code job-seeking} ... */
  static final class StatusConverter extends OptionConverter<OutcomeStatus> {
    StatusConverter(Cli cli) {
      super(cli);
    }

    @Override
    public OutcomeStatus convert(String value) {
      return OutcomeStatus.fromText(value)
          .orElseThrow(() -> notOneOf(value, OutcomeStatus.codes()));
    }
  }
}
