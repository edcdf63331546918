package org.ocnkit.cli.certificate;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ocnkit.certificate.CertificateCode;
import org.ocnkit.certificate.IssuingKeys;
import org.ocnkit.certificate.RegisterEntry;
import org.ocnkit.certificate.signature.RevocationList;
import org.ocnkit.cli.Cli;
import org.ocnkit.cli.ExitCode;
import org.ocnkit.cli.JsonOption;
import org.ocnkit.cli.TextTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ocn certificate issue|issue-batch|list|revoke|revocations|export}: issuing certificates,
 * the register of issued certificates, and their credentials for wallets and Europass.
 */
@Command(
    name = "certificate",
    mixinStandardHelpOptions = true,
    resourceBundle = "org.ocnkit.cli.certificate.messages",
    subcommands = {
      IssueCommands.Issue.class,
      IssueCommands.IssueBatch.class,
      CertificateCommand.ListCertificates.class,
      CertificateCommand.Revoke.class,
      CertificateCommand.Revocations.class,
      ExportCommand.class
    })
public final class CertificateCommand {

  /** Every issued certificate with its status; no personal data. */
  @Command(name = "list", mixinStandardHelpOptions = true)
  static final class ListCertificates implements Callable<Integer> {
    private final Cli cli;

    @Option(names = "--serial", paramLabel = "N", descriptionKey = "list.serialOption")
    Long serial;

    @Option(names = "--codes", descriptionKey = "list.codes")
    boolean codes;

    @Mixin JsonOption json;

    ListCertificates(Cli cli) {
      this.cli = cli;
    }

    @Override
    public Integer call() {
      List<RegisterEntry> entries =
          cli.ocn().certificates().list().stream()
              .filter(e -> serial == null || e.serial() == serial)
              .toList();
      if (codes) {
        entries.forEach(e -> cli.out().println(e.code()));
        return ExitCode.OK;
      }
      return cli.print(
          json,
          () -> entries.stream().map(CertificateCommand::json).toList(),
          () -> {
            TextTable table =
                new TextTable(
                    text(cli, "list.serial"),
                    text(cli, "list.code"),
                    text(cli, "list.issued"),
                    text(cli, "list.leaf"),
                    text(cli, "list.status"));
            for (RegisterEntry e : entries) {
              table.row(e.serial(), e.code(), e.issuedAt(), e.leafIndex(), status(cli, e));
            }
            table.print(cli.out());
            cli.out()
                .println(
                    text(
                        cli,
                        "list.count",
                        entries.size(),
                        entries.stream().filter(e -> e.revocation().isPresent()).count()));
          });
    }
  }

  /** Revokes a certificate, with the reason. */
  @Command(name = "revoke", mixinStandardHelpOptions = true)
  static final class Revoke implements Callable<Integer> {
    private final Cli cli;

    @Parameters(paramLabel = "CODE", descriptionKey = "revoke.code")
    String code;

    @Option(
        names = "--reason",
        paramLabel = "TEXT",
        required = true,
        descriptionKey = "revoke.reason")
    String reason;

    Revoke(Cli cli) {
      this.cli = cli;
    }

    @Override
    public Integer call() {
      RegisterEntry e =
          cli.ocn().certificates().revoke(cli.actor(), CertificateCode.parse(code), reason);
      RegisterEntry.Revocation r = e.revocation().orElseThrow();
      cli.out().println(text(cli, "revoke.done", e.code(), r.revokedAt(), r.reason()));
      cli.out().println(text(cli, "revoke.next"));
      return ExitCode.OK;
    }
  }

  /** Writes the signed revocation list for offline checks. */
  @Command(name = "revocations", mixinStandardHelpOptions = true)
  static final class Revocations implements Callable<Integer> {
    private final Cli cli;

    @Option(
        names = "--out",
        paramLabel = "FILE.p7m",
        required = true,
        descriptionKey = "revocations.out")
    Path out;

    Revocations(Cli cli) {
      this.cli = cli;
    }

    @Override
    public Integer call() {
      Path target = cli.path(out);
      char[] password = KeyPassword.existing(cli);
      IssuingKeys keys;
      try {
        keys = cli.ocn().certificates().keys(password);
      } finally {
        Arrays.fill(password, '\0');
      }
      RevocationList list = cli.ocn().certificates().writeRevocationList(keys, target);
      cli.out()
          .println(text(cli, "revocations.done", target, list.entries().size(), list.issuedAt()));
      cli.out().println(text(cli, "revocations.validUntil", list.validUntil()));
      cli.out()
          .println(
              text(
                  cli,
                  "revocations.check",
                  target,
                  cli.ocn().certificates().issuerCertificateFile()));
      return ExitCode.OK;
    }
  }

  static Map<String, Object> json(RegisterEntry e) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("serial", e.serial());
    out.put("code", e.code().value());
    out.put("fingerprint", e.fingerprint().hex());
    out.put("issuedAt", e.issuedAt());
    out.put("issueDate", e.issueDate());
    out.put("leafIndex", e.leafIndex());
    out.put("treeSize", e.treeSize());
    out.put("status", e.status());
    out.put("revokedAt", e.revocation().map(RegisterEntry.Revocation::revokedAt));
    out.put("revocationReason", e.revocation().map(RegisterEntry.Revocation::reason));
    out.put("reviewSince", e.review().map(RegisterEntry.Review::flaggedAt));
    out.put("reviewCause", e.review().map(r -> r.cause().value()));
    return out;
  }

  static String status(Cli cli, RegisterEntry e) {
    if (e.revocation().isEmpty() && e.review().isPresent()) {
      return text(
          cli, "status.under_review", e.review().get().flaggedAt(), e.review().get().cause());
    }
    return e.revocation()
        .map(r -> text(cli, "status.revoked", r.revokedAt(), r.reason()))
        .orElseGet(() -> text(cli, "status.valid"));
  }

  static String text(Cli cli, String key, Object... args) {
    return cli.text(CertificateCommand.class, key, args);
  }
}
