package org.ocnkit.cli.panel;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ocnkit.cli.Cli;
import org.ocnkit.cli.ExitCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ocn panel minutes}: writes a meeting's minutes ("protokoll") as PDF/A-3b. */
@Command(name = "minutes", mixinStandardHelpOptions = true)
final class MinutesCommand implements Callable<Integer> {
  private final Cli cli;

  @Option(
      names = "--meeting",
      paramLabel = "ID",
      required = true,
      descriptionKey = "option.meeting")
  long meeting;

  @Option(names = "--out", paramLabel = "FILE", required = true, descriptionKey = "option.out")
  Path out;

  MinutesCommand(Cli cli) {
    this.cli = cli;
  }

  @Override
  public Integer call() {
    byte[] pdf = cli.ocn().panel().renderMinutes(meeting);
    PanelTexts t = new PanelTexts(cli);
    Path written = t.write(out, pdf);
    cli.out().println(t.text("minutes.written", String.valueOf(meeting), written));
    return ExitCode.OK;
  }
}
