package org.ocnkit.cli.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ocnkit.cli.certificate.IssuedCertificates.issue;
import static org.ocnkit.cli.certificate.IssuedCertificates.ocn;
import static org.ocnkit.cli.certificate.IssuedCertificates.workspace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocnkit.certificate.IssuedBatch;
import org.ocnkit.cli.CliRun;
import org.ocnkit.cli.ExitCode;
import org.ocnkit.store.testing.Engine;

class LogCommandTest {
  @TempDir Path dir;

  private void sql(Path ws, String statement) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + ws.resolve("ocnkit.db"));
        Statement s = c.createStatement()) {
      s.executeUpdate(statement);
    }
  }

  @Test
  void aChangedStoredLeafMakesLogVerifyExitOneNamingIt() throws Exception {
    Path ws = workspace(dir, Engine.SQLITE);
    issue(ws, "Anna Berg", "Eva Forsberg", "Karin Ek");
    assertThat(ocn(ws).run("log", "verify").exitCode).isZero();
    sql(ws, "UPDATE ledger_entry SET fingerprint = '" + "cd".repeat(32) + "' WHERE idx = 1");
    CliRun run = ocn(ws).run("log", "verify");
    assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCode.CHECK_FAILED);
    assertThat(run.out).contains("node (0, 1)", "entry 1 of the log", "cd".repeat(32));
  }

  @Test
  void aChangedStoredNodeMakesLogVerifyExitOneNamingIt() throws Exception {
    Path ws = workspace(dir, Engine.SQLITE);
    issue(ws, "Anna Berg", "Eva Forsberg", "Karin Ek", "Olle Holm");
    sql(ws, "UPDATE ledger_node SET hash = '" + "0".repeat(64) + "' WHERE level = 2 AND idx = 0");
    CliRun run = ocn(ws).run("log", "verify", "--json");
    assertThat(run.exitCode).isEqualTo(ExitCode.CHECK_FAILED);
    assertThat(run.out).contains("\"intact\": false", "\"key\": \"audit.nodeMismatch\"", "(2, 0)");
  }

  @Test
  void verifyWithAPublishedLogNeedsNoWorkspace() throws Exception {
    Path ws = workspace(dir, Engine.SQLITE);
    IssuedBatch first = issue(ws, "Anna Berg", "Eva Forsberg");
    CliRun publish = ocn(ws).run("log", "publish", "../published");
    assertThat(publish.exitCode).as(publish.toString()).isZero();
    assertThat(dir.resolve("published/checkpoint")).exists();
    assertThat(dir.resolve("published/log.vkey")).exists();
    assertThat(ocn(ws).run("keys", "export-cert", "../issuer.pem").exitCode).isZero();
    IssuedBatch second = issue(ws, "Karin Ek");
    assertThat(ocn(ws).run("log", "publish", "../published").exitCode).isZero();

    Path employer = Files.createDirectories(dir.resolve("employer"));
    Path copy = employer.resolve("cert.pdf");
    Files.copy(first.certificates().get(1).file(), copy);
    CliRun strict =
        ocn(employer)
            .run("verify", "--trust", "../issuer.pem", "--log", "../published", "cert.pdf");
    assertThat(strict.exitCode).as(strict.toString()).isEqualTo(ExitCode.UNCHECKED);
    assertThat(strict.out)
        .contains(
            "cert.pdf: VALID AS FAR AS CHECKED: STATUS not checked", "--accept-unchecked status");
    CliRun run =
        ocn(employer)
            .run(
                "verify",
                "--trust",
                "../issuer.pem",
                "--log",
                "../published",
                "--accept-unchecked",
                "status",
                "cert.pdf",
                second.certificates().get(0).file().toString());
    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.out)
        .contains(
            "cert.pdf: VALID",
            "pass        LOG_CONSISTENCY",
            "the published log (size 3) extends the embedded checkpoint (size 2)",
            "read from the published folder");

    String vkey = Files.readString(dir.resolve("published/log.vkey")).strip();
    CliRun pinned =
        ocn(employer)
            .run(
                "verify",
                "--trust",
                "../issuer.pem",
                "--log",
                "../published",
                "--log-key",
                vkey,
                "--json",
                "--accept-unchecked",
                "status",
                "cert.pdf");
    assertThat(pinned.exitCode).isZero();
    assertThat(pinned.out).contains("\"logKeySource\": \"given\"");
    assertThat(pinned.out.replaceAll("\\s+", " "))
        .contains("\"strict\": false", "\"acceptUnchecked\": [ \"status\" ]");
    CliRun wrongKey =
        ocn(employer)
            .run(
                "verify",
                "--trust",
                "../issuer.pem",
                "--log",
                "../published",
                "--log-key",
                vkey.replaceFirst("\\+[0-9a-f]{8}\\+", "+00000000+"),
                "cert.pdf");
    assertThat(wrongKey.exitCode).isEqualTo(ExitCode.INPUT);
    assertThat(wrongKey.err).contains("--log-key");
  }

  @Test
  void checkpointsCanBeSignedAgainAndAnEmptyLogSaysSo() throws Exception {
    Path ws = workspace(dir, Engine.SQLITE);
    CliRun empty = ocn(ws).run("log", "checkpoint");
    assertThat(empty.exitCode).isZero();
    assertThat(empty.err).contains("no certificate has been issued");
    issue(ws, "Anna Berg");
    CliRun signed = ocn(ws).run("log", "checkpoint", "--sign");
    assertThat(signed.exitCode).as(signed.toString()).isZero();
    assertThat(signed.out).startsWith("norrbacka-kommun/ocnkit-log\n1\n").contains("\n\u2014 ");
    CliRun noPassword = new CliRun(ws).run("log", "checkpoint", "--sign");
    assertThat(noPassword.exitCode).isEqualTo(ExitCode.ENVIRONMENT);
  }

  @Test
  void aWitnessCosignsThePublishedLogAndVerifyRequiresIt() throws Exception {
    Path ws = workspace(dir, Engine.SQLITE);
    IssuedBatch first = issue(ws, "Anna Berg", "Eva Forsberg");
    assertThat(ocn(ws).run("log", "publish", "../published").exitCode).isZero();
    assertThat(ocn(ws).run("keys", "export-cert", "../issuer.pem").exitCode).isZero();
    String logKey = Files.readString(dir.resolve("published/log.vkey")).strip();

    Path neighbour = Files.createDirectories(dir.resolve("neighbour"));
    CliRun init =
        ocn(neighbour)
            .run(
                "log",
                "witness",
                "init",
                "--name",
                "witness.kommun-b.example/w1",
                "--out",
                "witness");
    assertThat(init.exitCode).as(init.toString()).isZero();
    String witnessKey = init.out.strip();
    assertThat(witnessKey).startsWith("witness.kommun-b.example/w1+");
    assertThat(Files.readString(neighbour.resolve("witness/witness-public.vkey")).strip())
        .isEqualTo(witnessKey);

    Path employer = Files.createDirectories(dir.resolve("employer"));
    Files.copy(first.certificates().get(0).file(), employer.resolve("cert.pdf"));
    String[] verify = {
      "verify",
      "--trust",
      "../issuer.pem",
      "--log",
      "../published",
      "--log-key",
      logKey,
      "--accept-unchecked",
      "status",
      "--witness",
      witnessKey,
      "cert.pdf"
    };
    CliRun notYet = ocn(employer).run(verify);
    assertThat(notYet.exitCode).as(notYet.toString()).isEqualTo(ExitCode.CHECK_FAILED);
    assertThat(notYet.out).contains("LOG_CONSISTENCY", "witness.kommun-b.example/w1");

    CliRun cosign =
        ocn(neighbour)
            .run(
                "log",
                "witness",
                "cosign",
                "--state",
                "witness",
                "--log-key",
                logKey,
                "--log",
                "../published");
    assertThat(cosign.exitCode).as(cosign.toString()).isZero();
    assertThat(cosign.out).contains("\u2014 witness.kommun-b.example/w1 ");
    CliRun witnessed = ocn(employer).run(verify);
    assertThat(witnessed.exitCode).as(witnessed.toString()).isZero();
    assertThat(witnessed.out).contains("1 of 1 required witnesses cosigned");

    // A split view: the issuer keeps a second copy of its workspace (same log key) and grows
    // each copy differently, publishing one to the neighbour and one to an employer.
    Path split = dir.resolve("split/ws");
    try (java.util.stream.Stream<Path> files = Files.walk(ws)) {
      for (Path f : files.toList()) {
        Path to = split.resolve(ws.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(to);
        } else {
          Files.copy(f, to);
        }
      }
    }
    issue(ws, "Karin Ek");
    assertThat(ocn(ws).run("log", "publish", "../published").exitCode).isZero();
    assertThat(
            ocn(neighbour)
                .run(
                    "log",
                    "witness",
                    "cosign",
                    "--state",
                    "witness",
                    "--log-key",
                    logKey,
                    "--log",
                    "../published")
                .exitCode)
        .isZero();
    issue(split, "Olle Holm");
    assertThat(ocn(split).run("log", "publish", "../shown-to-employer").exitCode).isZero();
    CliRun refused =
        ocn(neighbour)
            .run(
                "log",
                "witness",
                "cosign",
                "--state",
                "witness",
                "--log-key",
                logKey,
                "--log",
                "../split/shown-to-employer");
    assertThat(refused.exitCode).as(refused.toString()).isNotZero();
    assertThat(refused.err).contains("split view", "size 3");
    CliRun unwitnessed =
        ocn(employer)
            .run(
                "verify",
                "--trust",
                "../issuer.pem",
                "--log",
                "../split/shown-to-employer",
                "--log-key",
                logKey,
                "--accept-unchecked",
                "status",
                "--witness",
                witnessKey,
                "cert.pdf");
    assertThat(unwitnessed.exitCode).isEqualTo(ExitCode.CHECK_FAILED);
    assertThat(unwitnessed.out).contains("no valid cosignature by: witness.kommun-b.example/w1");

    CliRun twoRequired =
        ocn(employer)
            .run(
                "verify",
                "--trust",
                "../issuer.pem",
                "--log",
                "../published",
                "--log-key",
                logKey,
                "--accept-unchecked",
                "status",
                "--witness",
                witnessKey,
                "--witnesses-required",
                "2",
                "cert.pdf");
    assertThat(twoRequired.exitCode).isEqualTo(ExitCode.INPUT);
    assertThat(twoRequired.err).contains("--witnesses-required");
  }
}
