package org.ocnkit.cli.unit;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ocnkit.cli.Cli;
import org.ocnkit.cli.ExitCode;
import org.ocnkit.cli.panel.PanelTexts;
import org.ocnkit.unit.UnitRef;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ocn unit render CODE[@V] --out F.pdf}: the panel's reading copy as PDF/A-3b. */
@Command(
    name = "render",
    mixinStandardHelpOptions = true,
    resourceBundle = "org.ocnkit.cli.panel.messages")
final class RenderCommand implements Callable<Integer> {
  private final Cli cli;

  @Parameters(paramLabel = "CODE[@V]", descriptionKey = "unit.render.unit")
  String unit;

  @Option(names = "--out", paramLabel = "FILE", required = true, descriptionKey = "option.out")
  Path out;

  RenderCommand(Cli cli) {
    this.cli = cli;
  }

  @Override
  public Integer call() {
    UnitRef.Query query = UnitRef.parse(unit);
    byte[] pdf = cli.ocn().panel().renderReadingCopy(query);
    PanelTexts t = new PanelTexts(cli);
    Path written = t.write(out, pdf);
    cli.out().println(t.text("unit.rendered", query, written));
    return ExitCode.OK;
  }
}
