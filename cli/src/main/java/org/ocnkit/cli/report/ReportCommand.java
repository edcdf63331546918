package org.ocnkit.cli.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ocnkit.Message;
import org.ocnkit.cli.Cli;
import org.ocnkit.cli.JsonOption;
import org.ocnkit.report.Figure;
import org.ocnkit.report.IndicatorReport;
import org.ocnkit.report.IndicatorTable;
import org.ocnkit.report.ReportPeriod;
import org.ocnkit.report.WrittenProgress;
import org.ocnkit.unit.UnitRef;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code ocn report indicators|progress}: workbooks for funders and coordinators. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    resourceBundle = "org.ocnkit.cli.report.messages",
    subcommands = {ReportCommand.IndicatorsCommand.class, ReportCommand.ProgressCommand.class})
public final class ReportCommand {

  /** The funders' indicators, as a workbook and optionally as JSON. */
  @Command(name = "indicators", mixinStandardHelpOptions = true)
  static final class IndicatorsCommand implements Callable<Integer> {
    private final Cli cli;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", descriptionKey = "indicators.from")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", descriptionKey = "indicators.to")
    LocalDate to;

    @Option(names = "--out", paramLabel = "F.xlsx", descriptionKey = "indicators.out")
    Path out;

    @Spec CommandSpec spec;

    @Mixin JsonOption json;

    IndicatorsCommand(Cli cli) {
      this.cli = cli;
    }

    @Override
    public Integer call() {
      if (out == null && !json.enabled()) {
        throw new ParameterException(spec.commandLine(), Texts.of(cli, "indicators.outOrJson"));
      }
      ReportPeriod period = ReportPeriod.of(from, to);
      IndicatorReport report =
          out == null
              ? cli.ocn().reports().indicators(period)
              : cli.ocn()
                  .reports()
                  .writeIndicators(cli.actor(), period, cli.path(out), cli.locale());
      return cli.print(
          json,
          () -> json(report),
          () -> {
            int threshold = report.settings().suppressBelow();
            cli.out()
                .println(
                    Texts.of(
                        cli,
                        "indicators.done",
                        cli.path(out),
                        cli.text(report.period().label()),
                        report.reportDate()));
            cli.out()
                .println(
                    Texts.of(
                        cli,
                        "indicators.summary",
                        figure(report, "participants", "total/total", "started/total"),
                        figure(report, "participants", "total/total", "ended/total"),
                        figure(report, "results", "total", "units"),
                        figure(report, "results", "total", "credits"),
                        figure(report, "results", "total", "certified"),
                        figure(report, "results", "total", "qualified")));
            for (IndicatorReport.QualificationGained q : report.qualifications()) {
              cli.out()
                  .println(
                      Texts.of(
                          cli,
                          "indicators.qualification",
                          q.code(),
                          Message.SWEDISH.getLanguage().equals(cli.locale().getLanguage())
                              ? q.titleSv()
                              : q.titleEn().orElse(q.titleSv()),
                          q.participants().text(threshold)));
            }
            if (threshold > 1) {
              cli.out().println(Texts.of(cli, "indicators.suppressed", threshold, threshold - 1));
            }
          });
    }

    /** A figure as the workbook shows it, or "-" when the report has no such cell. */
    private static String figure(IndicatorReport report, String table, String row, String column) {
      return report
          .figure(table, row, column)
          .map(f -> f.text(report.settings().suppressBelow()))
          .orElse("-");
    }

    private Map<String, Object> json(IndicatorReport report) {
      int threshold = report.settings().suppressBelow();
      Map<String, Object> root = new LinkedHashMap<>();
      root.put("organisation", report.organisation());
      root.put("from", report.period().from().orElse(null));
      root.put("to", report.period().to().orElse(null));
      root.put("reportDate", report.reportDate());
      root.put("suppressBelow", threshold);
      root.put("file", out == null ? null : cli.path(out).toString());
      List<Object> sheets = new ArrayList<>();
      for (IndicatorReport.Sheet sheet : report.sheets()) {
        List<Object> tables = new ArrayList<>();
        for (IndicatorTable t : sheet.tables()) {
          Map<String, Object> table = new LinkedHashMap<>();
          table.put("id", t.id());
          table.put("title", cli.text(t.title()));
          table.put(
              "columns",
              t.columns().stream()
                  .map(
                      c -> {
                        Map<String, Object> column = new LinkedHashMap<>();
                        column.put("key", c.key());
                        column.put(
                            "label",
                            c.group().map(g -> cli.text(g) + ": ").orElse("")
                                + cli.text(c.label()));
                        return column;
                      })
                  .toList());
          List<Object> rows = new ArrayList<>();
          for (IndicatorTable.TableRow r : t.rows()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("key", r.key());
            row.put("labels", r.labels().stream().map(cli::text).toList());
            row.put("total", r.total());
            Map<String, Object> figures = new LinkedHashMap<>();
            for (int i = 0; i < r.figures().size(); i++) {
              Figure f = r.figures().get(i);
              figures.put(
                  t.columns().get(i).key(),
                  f.number().isPresent() ? (Object) f.number().getAsLong() : f.text(threshold));
            }
            row.put("figures", figures);
            rows.add(row);
          }
          table.put("rows", rows);
          tables.add(table);
        }
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", sheet.id());
        s.put("name", cli.text(sheet.name()));
        s.put("tables", tables);
        sheets.add(s);
      }
      root.put("sheets", sheets);
      root.put(
          "qualifications",
          report.qualifications().stream()
              .map(
                  q -> {
                    Map<String, Object> qualification = new LinkedHashMap<>();
                    qualification.put("code", q.code());
                    qualification.put("titleSv", q.titleSv());
                    qualification.put("titleEn", q.titleEn().orElse(null));
                    qualification.put(
                        "participants",
                        q.participants().number().isPresent()
                            ? (Object) q.participants().number().getAsLong()
                            : q.participants().text(threshold));
                    return qualification;
                  })
              .toList());
      return root;
    }
  }

  /** The coordinator's progress workbook. */
  @Command(name = "progress", mixinStandardHelpOptions = true)
  static final class ProgressCommand implements Callable<Integer> {
    private final Cli cli;

    @Option(
        names = "--out",
        required = true,
        paramLabel = "F.xlsx",
        descriptionKey = "progress.out")
    Path out;

    @Option(names = "--names", descriptionKey = "progress.names")
    boolean names;

    @Mixin JsonOption json;

    ProgressCommand(Cli cli) {
      this.cli = cli;
    }

    @Override
    public Integer call() {
      WrittenProgress w =
          cli.ocn().reports().writeProgress(cli.actor(), cli.path(out), cli.locale(), names);
      return cli.print(
          json,
          () -> {
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("file", w.file().toString());
            root.put("apprentices", w.apprentices());
            root.put("enrolments", w.enrolments());
            root.put("units", w.units().stream().map(UnitRef::toString).toList());
            root.put("names", w.names());
            return root;
          },
          () -> {
            cli.out()
                .println(
                    Texts.of(
                        cli,
                        "progress.done",
                        w.file(),
                        w.apprentices(),
                        w.enrolments(),
                        w.units().size()));
            if (!w.names()) {
              cli.out().println(Texts.of(cli, "progress.pseudonymous"));
            }
          });
    }
  }
}
