package org.ocnkit.cli.certificate;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Message;
import org.ocnkit.certificate.VerificationKeys;
import org.ocnkit.certificate.signature.CertificateDescription;
import org.ocnkit.certificate.signature.KeyAlgorithm;
import org.ocnkit.cli.Cli;
import org.ocnkit.cli.ExitCode;
import org.ocnkit.cli.JsonOption;
import org.ocnkit.store.Settings;
import org.ocnkit.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ocn keys init|import|show|export-cert}: the issuer's keys in the workspace. */
@Command(
    name = "keys",
    mixinStandardHelpOptions = true,
    resourceBundle = "org.ocnkit.cli.certificate.messages",
    subcommands = {
      KeysCommand.Init.class,
      KeysCommand.Import.class,
      KeysCommand.Show.class,
      KeysCommand.ExportCert.class
    })
public final class KeysCommand {

  /** Creates a new signing key with a self-signed issuer certificate, and the log key. */
  @Command(name = "init", mixinStandardHelpOptions = true)
  static final class Init implements Callable<Integer> {
    private final Cli cli;

    @Option(names = "--org", paramLabel = "NAME", descriptionKey = "keys.init.org")
    String organisation;

    @Option(names = "--rsa", descriptionKey = "keys.init.rsa")
    boolean rsa;

    Init(Cli cli) {
      this.cli = cli;
    }

    @Override
    public Integer call() {
      Workspace ws = cli.workspace();
      String org =
          organisation != null
              ? organisation
              : ws.settings()
                  .get(Settings.ORG_NAME)
                  .orElseThrow(
                      () ->
                          new InvalidInputException(
                              Message.of(KeysCommand.class, "keys.init.noOrg")));
      char[] password = KeyPassword.chosen(cli);
      boolean published;
      try {
        published =
            cli.ocn()
                .certificates()
                .createKeys(
                    cli.actor(), password, org, rsa ? KeyAlgorithm.RSA_3072 : KeyAlgorithm.EC_P256);
      } finally {
        Arrays.fill(password, '\0');
      }
      cli.out().println(text(cli, "keys.init.done", ws.keysDir()));
      published(cli, ws, published);
      describe(cli, ws);
      cli.out().println(text(cli, "keys.init.next"));
      return ExitCode.OK;
    }
  }

  /** Brings the organisation's own PKCS#12 keystore in, and creates the log key. */
  @Command(name = "import", mixinStandardHelpOptions = true)
  static final class Import implements Callable<Integer> {
    private final Cli cli;

    @Parameters(paramLabel = "FILE.p12", descriptionKey = "keys.import.file")
    Path file;

    Import(Cli cli) {
      this.cli = cli;
    }

    @Override
    public Integer call() {
      Workspace ws = cli.workspace();
      Path source = cli.path(file);
      char[] sourcePassword = KeyPassword.ofImported(cli, source);
      char[] password = null;
      boolean published;
      try {
        password = KeyPassword.chosen(cli);
        published =
            cli.ocn().certificates().importKeys(cli.actor(), source, sourcePassword, password);
      } finally {
        Arrays.fill(sourcePassword, '\0');
        if (password != null) {
          Arrays.fill(password, '\0');
        }
      }
      cli.out().println(text(cli, "keys.import.done", source, ws.keysDir()));
      published(cli, ws, published);
      describe(cli, ws);
      return ExitCode.OK;
    }
  }

  /** In a shared workspace: publishes the public halves for every desk, and says so. */
  private static void published(Cli cli, Workspace ws, boolean published) {
    if (published) {
      cli.out().println(text(cli, "keys.published", ws.databaseDescription()));
    }
  }

  /** Prints the issuer certificate and the log key; needs no password. */
  @Command(name = "show", mixinStandardHelpOptions = true)
  static final class Show implements Callable<Integer> {
    private final Cli cli;

    @Mixin JsonOption json;

    Show(Cli cli) {
      this.cli = cli;
    }

    @Override
    public Integer call() {
      Workspace ws = cli.workspace();
      return cli.print(
          json,
          () -> {
            VerificationKeys keys = cli.ocn().certificates().verificationKeys();
            CertificateDescription d = keys.describeIssuer();
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("subject", d.subject());
            out.put("issuer", d.issuer());
            out.put("serialNumber", d.serialNumber());
            out.put("notBefore", d.notBefore());
            out.put("notAfter", d.notAfter());
            out.put("sha256", d.sha256Fingerprint());
            out.put("keyAlgorithm", d.keyAlgorithm());
            out.put("certificateFile", cli.ocn().certificates().issuerCertificateFile());
            out.put("logOrigin", keys.logOrigin());
            out.put("logVerifierKey", keys.logKey().encoded());
            return out;
          },
          () -> describe(cli, ws));
    }
  }

  /** Writes the issuer certificate as PEM: the file employers add as trusted. */
  @Command(name = "export-cert", mixinStandardHelpOptions = true)
  static final class ExportCert implements Callable<Integer> {
    private final Cli cli;

    @Parameters(paramLabel = "FILE.pem", descriptionKey = "keys.export.file")
    Path file;

    ExportCert(Cli cli) {
      this.cli = cli;
    }

    @Override
    public Integer call() {
      Path target = cli.path(file);
      CertificateDescription d =
          CertificateDescription.of(cli.ocn().certificates().exportIssuerCertificate(target));
      cli.out()
          .println(text(cli, "keys.export.done", target, d.subject(), d.fingerprintForDisplay()));
      return ExitCode.OK;
    }
  }

  /** Prints what {@code keys show} prints. */
  static void describe(Cli cli, Workspace ws) {
    VerificationKeys keys = cli.ocn().certificates().verificationKeys();
    CertificateDescription d = keys.describeIssuer();
    line(cli, "keys.show.certificate", cli.ocn().certificates().issuerCertificateFile());
    line(cli, "keys.show.subject", d.subject());
    line(cli, "keys.show.valid", text(cli, "keys.show.period", d.notBefore(), d.notAfter()));
    line(cli, "keys.show.sha256", d.fingerprintForDisplay());
    line(cli, "keys.show.algorithm", d.keyAlgorithm());
    line(cli, "keys.show.origin", keys.logOrigin());
    line(cli, "keys.show.logKey", keys.logKey().encoded());
  }

  private static void line(Cli cli, String label, Object value) {
    cli.out().println(String.format("  %-27s %s", text(cli, label), value));
  }

  static String text(Cli cli, String key, Object... args) {
    return cli.text(KeysCommand.class, key, args);
  }
}
