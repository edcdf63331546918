package org.ocnkit.cli.certificate;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.ocnkit.Message;
import org.ocnkit.certificate.CertificateCode;
import org.ocnkit.certificate.credential.CredentialFormat;
import org.ocnkit.cli.Cli;
import org.ocnkit.cli.JsonOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ocn certificate export CODE --format ob3|elm --out FILE}: the credentials embedded in a
 * certificate PDF, as files for a wallet, Europass or a registry.
 */
@Command(name = "export", mixinStandardHelpOptions = true)
final class ExportCommand implements Callable<Integer> {
  private final Cli cli;

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "CODE", descriptionKey = "export.code")
  String code;

  @Option(
      names = "--format",
      paramLabel = "ob3|elm",
      required = true,
      descriptionKey = "export.format")
  String format;

  @Option(names = "--out", paramLabel = "FILE", required = true, descriptionKey = "export.out")
  Path out;

  @Option(names = "--pdf", paramLabel = "FILE.pdf", descriptionKey = "export.pdf")
  Path pdf;

  @Mixin JsonOption json;

  ExportCommand(Cli cli) {
    this.cli = cli;
  }

  @Override
  public Integer call() {
    CredentialFormat chosen =
        CredentialFormat.fromCode(format)
            .orElseThrow(
                () ->
                    new ParameterException(
                        spec.commandLine(),
                        cli.text(Message.of(ExportCommand.class, "export.badFormat", format))));
    List<Path> written =
        cli.ocn()
            .certificates()
            .exportCredentials(
                CertificateCode.parse(code),
                chosen,
                Optional.ofNullable(pdf).map(cli::path),
                cli.path(out));
    return cli.print(
        json,
        () -> written.stream().map(Path::toString).toList(),
        () -> {
          for (Path file : written) {
            cli.out()
                .println(
                    cli.text(
                        Message.of(
                            ExportCommand.class, "export.written." + chosen.code(), code, file)));
          }
        });
  }
}
