package org.ocnkit.cli.moderation;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ocnkit.cli.Cli;
import org.ocnkit.cli.ExitCode;
import org.ocnkit.moderation.ModerationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ocn moderate report --out F.xlsx}: the moderation report. */
@Command(name = "report", mixinStandardHelpOptions = true)
final class ReportCommand implements Callable<Integer> {
  private final Cli cli;

  @Option(names = "--out", required = true, paramLabel = "F.xlsx", descriptionKey = "report.out")
  Path out;

  ReportCommand(Cli cli) {
    this.cli = cli;
  }

  @Override
  public Integer call() {
    ModerationReport.Written w = cli.ocn().moderation().writeReport(cli.path(out), cli.locale());
    cli.out()
        .println(Texts.of(cli, "report.done", w.file(), w.plans(), w.signOffs(), w.outcomes()));
    return ExitCode.OK;
  }
}
