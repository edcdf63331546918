package org.ocnkit.cli.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ocnkit.cli.certificate.IssuedCertificates.ocn;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ocnkit.certificate.IssuedBatch;
import org.ocnkit.certificate.IssuedCertificate;
import org.ocnkit.cli.CliRun;
import org.ocnkit.cli.ExitCode;
import org.ocnkit.store.testing.Engine;

class CertificateCommandsTest {
  @TempDir Path dir;

  @Test
  void keysAreCreatedShownExportedAndNeverReplaced() throws Exception {
    assertThat(ocn(dir).run("init", "ws", "--org", "Norrbacka kommun").exitCode).isZero();
    Path ws = dir.resolve("ws");
    CliRun noPassword = new CliRun(ws).run("keys", "init");
    assertThat(noPassword.exitCode).isEqualTo(ExitCode.ENVIRONMENT);
    assertThat(noPassword.err).contains("OCNKIT_KEY_PASSWORD");

    CliRun init = ocn(ws).run("keys", "init", "--rsa");
    assertThat(init.exitCode).as(init.toString()).isZero();
    assertThat(init.out)
        .contains(
            "CN=Norrbacka kommun,O=Norrbacka kommun,C=SE",
            "RSA 3072",
            "norrbacka-kommun/ocnkit-log+",
            "2026-03-02T09:00:00Z to 2036-03-02T09:00:00Z");
    assertThat(Files.readString(ws.resolve("keys/log-key.pem")))
        .startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----");

    CliRun show = ocn(ws).run("keys", "show", "--json");
    assertThat(show.exitCode).isZero();
    assertThat(show.out)
        .contains(
            "\"keyAlgorithm\": \"RSA 3072\"",
            "\"logOrigin\": \"norrbacka-kommun/ocnkit-log\"",
            "\"sha256\": \"");
    CliRun swedish = new CliRun(ws).env("OCNKIT_LANG", "sv").run("keys", "show");
    assertThat(swedish.out).contains("loggens verifieringsnyckel", "giltigt");

    CliRun again = ocn(ws).run("keys", "init");
    assertThat(again.exitCode).isEqualTo(ExitCode.CHECK_FAILED);
    assertThat(again.err).contains("never replaced");

    CliRun export = ocn(dir).run("--workspace", "ws", "keys", "export-cert", "issuer.pem");
    assertThat(export.exitCode).as(export.toString()).isZero();
    assertThat(Files.readString(dir.resolve("issuer.pem")))
        .isEqualTo(Files.readString(ws.resolve("keys/issuer-certificate.pem")))
        .startsWith("-----BEGIN CERTIFICATE-----");
  }

  @Test
  void aPasswordOutsideAsciiIsRefusedAsInputInBothLanguages() throws Exception {
    assertThat(ocn(dir).run("init", "ws", "--org", "Norrbacka kommun").exitCode).isZero();
    Path ws = dir.resolve("ws");
    CliRun english =
        new CliRun(ws).env("OCNKIT_KEY_PASSWORD", "lösenord-för-nycklarna").run("keys", "init");
    assertThat(english.exitCode).as(english.toString()).isEqualTo(ExitCode.INPUT);
    assertThat(english.err)
        .contains("only ASCII letters", "Choose another password")
        .doesNotContain("IllegalStateException");
    CliRun swedish =
        new CliRun(ws)
            .env("OCNKIT_KEY_PASSWORD", "lösenord-för-nycklarna")
            .env("OCNKIT_LANG", "sv")
            .run("keys", "init");
    assertThat(swedish.exitCode).as(swedish.toString()).isEqualTo(ExitCode.INPUT);
    assertThat(swedish.err)
        .contains("bara inneh\u00e5lla ASCII-bokst\u00e4ver", "V\u00e4lj ett annat l\u00f6senord");
    // Nothing was written: keys with an ASCII password can still be created.
    assertThat(ws.resolve("keys/issuer.p12")).doesNotExist();
    assertThat(ocn(ws).run("keys", "init").exitCode).isZero();
  }

  @Test
  void anOrganisationsKeystoreIsImported() throws Exception {
    assertThat(ocn(dir).run("init", "ws").exitCode).isZero();
    Path p12 = dir.resolve("own.p12");
    org.ocnkit.certificate.signature.IssuerKeys.write(
        org.ocnkit.certificate.signature.IssuerKeys.generate(
            "Region Exempel",
            org.ocnkit.certificate.signature.KeyAlgorithm.EC_P256,
            java.time.Instant.parse("2026-01-01T00:00:00Z")),
        p12,
        "their password".toCharArray());
    CliRun imported =
        ocn(dir.resolve("ws"))
            .env("OCNKIT_IMPORT_PASSWORD", "their password")
            .run("keys", "import", p12.toString());
    assertThat(imported.exitCode).as(imported.toString()).isZero();
    assertThat(imported.out).contains("O=Region Exempel", "ocnkit-log+");
    CliRun wrong =
        ocn(dir.resolve("ws"))
            .env("OCNKIT_IMPORT_PASSWORD", "not it")
            .run("keys", "import", p12.toString());
    assertThat(wrong.exitCode).isNotZero();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Engine.class)
  void issuedCertificatesAreListedVerifiedRevokedAndLogged(Engine engine) {
    Path ws = IssuedCertificates.workspace(dir, engine);
    IssuedBatch batch =
        IssuedCertificates.issue(ws, "Åsa Öberg-Ängström", "Eva Forsberg", "Karin Ek");

    for (IssuedCertificate c : batch.certificates()) {
      CliRun verify = ocn(ws).run("verify", c.file().toString());
      assertThat(verify.exitCode).as(verify.toString()).isZero();
      assertThat(verify.out)
          .contains(
              ": VALID",
              c.code().value(),
              c.record().holder().name(),
              "pass        SIGNATURE_INTACT",
              "pass        LOG_INCLUSION",
              "pass        STATUS")
          .doesNotContain("FAIL");
    }
    CliRun json = ocn(ws).run("verify", "--json", batch.certificates().get(0).file().toString());
    assertThat(json.out)
        .contains(
            "\"verdict\": \"valid\"",
            "\"name\": \"LOG_CONSISTENCY\"",
            "\"outcome\": \"passed\"",
            "\"logKeySource\": \"workspace\"");

    CliRun list = ocn(ws).run("certificate", "list");
    assertThat(list.exitCode).isZero();
    assertThat(list.out)
        .contains(batch.certificates().get(2).code().value(), "3 certificates, 0 revoked")
        .doesNotContain("Eva Forsberg");

    IssuedCertificate eva = batch.certificates().get(1);
    CliRun revoke =
        ocn(ws)
            .run(
                "certificate",
                "revoke",
                eva.code().value().toLowerCase(),
                "--reason",
                "issued to the wrong person");
    assertThat(revoke.exitCode).as(revoke.toString()).isZero();
    assertThat(revoke.out).contains("Revoked " + eva.code());
    CliRun revoked = ocn(ws).run("verify", eva.file().toString());
    assertThat(revoked.exitCode).isEqualTo(ExitCode.CHECK_FAILED);
    assertThat(revoked.out)
        .contains(": REVOKED", "FAIL        STATUS", "issued to the wrong person");
    CliRun byCode = ocn(ws).run("verify", "--code", eva.code().value());
    assertThat(byCode.exitCode).isEqualTo(ExitCode.CHECK_FAILED);
    assertThat(byCode.out).contains("REVOKED", "issued to the wrong person");
    assertThat(ocn(ws).run("verify", "--code", batch.certificates().get(0).code().value()).exitCode)
        .isZero();
    CliRun again = ocn(ws).run("certificate", "revoke", eva.code().value(), "--reason", "x");
    assertThat(again.exitCode).isEqualTo(ExitCode.CHECK_FAILED);

    CliRun checkpoint = ocn(ws).run("log", "checkpoint");
    assertThat(checkpoint.out).startsWith("norrbacka-kommun/ocnkit-log\n3\n");
    CliRun proof = ocn(ws).run("log", "proof", eva.code().value());
    assertThat(proof.exitCode).isZero();
    assertThat(proof.out).startsWith("c2sp.org/tlog-proof@v1\nindex 1\n");
    CliRun consistency = ocn(ws).run("log", "consistency", "--from", "1", "--json");
    assertThat(consistency.out).contains("\"toSize\": 3", "\"proof\": [");
    CliRun logVerify = ocn(ws).run("log", "verify");
    assertThat(logVerify.exitCode).as(logVerify.toString()).isZero();
    assertThat(logVerify.out).contains("3 entries");
    assertThat(ocn(ws).run("audit", "verify").exitCode).isZero();
  }

  @Test
  void theRevocationListIsCheckedWithoutTheWorkspace() throws Exception {
    Path ws = IssuedCertificates.workspace(dir, Engine.SQLITE);
    IssuedBatch batch = IssuedCertificates.issue(ws, "Anna Berg", "Olle Holm");
    IssuedCertificate anna = batch.certificates().get(0);
    assertThat(
            ocn(ws)
                .run(
                    "certificate",
                    "revoke",
                    anna.code().value(),
                    "--reason",
                    "the panel decision was withdrawn")
                .exitCode)
        .isZero();
    CliRun list = ocn(ws).run("certificate", "revocations", "--out", "../revocations.p7m");
    assertThat(list.exitCode).as(list.toString()).isZero();
    assertThat(list.out).contains("1 revoked", "openssl cms -verify");
    assertThat(ocn(ws).run("keys", "export-cert", "../issuer.pem").exitCode).isZero();

    Path elsewhere = Files.createDirectories(dir.resolve("employer"));
    CliRun offline =
        ocn(elsewhere)
            .run(
                "verify",
                "--trust",
                "../issuer.pem",
                "--revocations",
                "../revocations.p7m",
                anna.file().toString(),
                batch.certificates().get(1).file().toString());
    assertThat(offline.exitCode).as(offline.toString()).isEqualTo(ExitCode.CHECK_FAILED);
    assertThat(offline.out)
        .contains(
            ": REVOKED",
            "the panel decision was withdrawn",
            ": VALID",
            "not checked LOG_CHECKPOINT");
    CliRun untrusted = ocn(elsewhere).run("verify", anna.file().toString());
    assertThat(untrusted.exitCode).isEqualTo(ExitCode.INPUT);
    assertThat(untrusted.err).contains("--trust");

    // The revoked certificate with --trust alone: not 0, but "valid as far as checked".
    CliRun trustAlone =
        ocn(elsewhere).run("verify", "--trust", "../issuer.pem", anna.file().toString());
    assertThat(trustAlone.exitCode).as(trustAlone.toString()).isEqualTo(ExitCode.UNCHECKED);
    assertThat(trustAlone.out)
        .contains(
            "VALID AS FAR AS CHECKED: STATUS, LOG_CHECKPOINT",
            "--accept-unchecked status,log,log-consistency");
    CliRun sv =
        ocn(elsewhere)
            .run("--lang", "sv", "verify", "--trust", "../issuer.pem", anna.file().toString());
    assertThat(sv.out).contains("GILTIGT SÅ LÅNGT DET KUNDE KONTROLLERAS");
    CliRun waived =
        ocn(elsewhere)
            .run(
                "verify",
                "--trust",
                "../issuer.pem",
                "--accept-unchecked",
                "status,log",
                "--accept-unchecked",
                "log-consistency",
                anna.file().toString());
    assertThat(waived.exitCode).as(waived.toString()).isZero();
    assertThat(waived.out).contains(": VALID", "accepted as not run: status,log,log-consistency");
    CliRun unknown =
        ocn(elsewhere)
            .run(
                "verify",
                "--trust",
                "../issuer.pem",
                "--accept-unchecked",
                "signature",
                anna.file().toString());
    assertThat(unknown.exitCode).isEqualTo(ExitCode.INPUT);
    assertThat(unknown.err).contains("\"signature\"", "status, log, log-consistency");

    // Eight days later the list is past its validity: refused, naming it.
    CliRun expired =
        new CliRun(elsewhere)
            .env("OCNKIT_NOW", "2026-03-10T09:00:01Z")
            .run(
                "verify",
                "--trust",
                "../issuer.pem",
                "--revocations",
                "../revocations.p7m",
                anna.file().toString());
    assertThat(expired.exitCode).as(expired.toString()).isEqualTo(ExitCode.CHECK_FAILED);
    assertThat(expired.err).contains("revocations.p7m", "has expired");
  }
}
