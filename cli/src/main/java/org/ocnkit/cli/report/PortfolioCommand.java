package org.ocnkit.cli.report;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ocnkit.certificate.CertificateCode;
import org.ocnkit.cli.Cli;
import org.ocnkit.cli.JsonOption;
import org.ocnkit.learner.ApprenticeId;
import org.ocnkit.report.WrittenPortfolio;
import org.ocnkit.unit.UnitRef;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ocn portfolio APPRENTICE --out F.pdf}: the participant's merit portfolio. */
@Command(
    name = "portfolio",
    mixinStandardHelpOptions = true,
    resourceBundle = "org.ocnkit.cli.report.messages")
public final class PortfolioCommand implements Callable<Integer> {
  private final Cli cli;

  @Parameters(paramLabel = "APPRENTICE", descriptionKey = "portfolio.apprentice")
  String apprentice;

  @Option(names = "--out", required = true, paramLabel = "F.pdf", descriptionKey = "portfolio.out")
  Path out;

  @Mixin JsonOption json;

  PortfolioCommand(Cli cli) {
    this.cli = cli;
  }

  @Override
  public Integer call() {
    WrittenPortfolio w =
        cli.ocn()
            .reports()
            .writePortfolio(
                cli.actor(),
                // Swedish first, then English, as on the certificate and every other document; the
                // command's own output follows --lang.
                ApprenticeId.parse(apprentice),
                cli.path(out),
                org.ocnkit.Message.SWEDISH);
    return cli.print(
        json,
        () -> {
          Map<String, Object> root = new LinkedHashMap<>();
          root.put("file", w.file().toString());
          root.put("apprentice", w.apprentice().toString());
          root.put("units", w.units().stream().map(UnitRef::toString).toList());
          root.put("credits", w.credits());
          root.put(
              "certificates", w.certificates().stream().map(CertificateCode::toString).toList());
          return root;
        },
        () -> {
          cli.out()
              .println(
                  Texts.of(
                      cli,
                      "portfolio.done",
                      w.file(),
                      w.apprentice(),
                      w.units().size(),
                      w.credits(),
                      w.certificates().isEmpty()
                          ? "-"
                          : String.join(
                              ", ",
                              w.certificates().stream().map(CertificateCode::toString).toList())));
        });
  }
}
