package org.ocnkit.cli.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ocnkit.cli.certificate.IssuedCertificates.ocn;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocnkit.certificate.IssuedBatch;
import org.ocnkit.certificate.IssuedCertificate;
import org.ocnkit.cli.CliRun;
import org.ocnkit.store.testing.Engine;

/**
 * {@code ocn certificate export CODE --format ob3|elm --out FILE} writes the credentials the PDF
 * carries, and {@code ocn verify} checks an exported Open Badges file like a PDF.
 */
class ExportCommandTest {
  @TempDir static Path dir;
  private static Path ws;
  private static IssuedCertificate anna;

  @BeforeAll
  static void issue() {
    ws = IssuedCertificates.workspace(dir, Engine.SQLITE);
    IssuedBatch batch = IssuedCertificates.issue(ws, "Anna Berg");
    anna = batch.certificates().get(0);
  }

  @Test
  void exportsOneBadgePerUnitAndTheyVerifyWithTheNamedChecks() throws Exception {
    Path out = dir.resolve("anna.jwt");
    CliRun export =
        ocn(ws)
            .run(
                "certificate",
                "export",
                anna.code().value(),
                "--format",
                "ob3",
                "--out",
                out.toString());
    assertThat(export.exitCode).as(export.toString()).isZero();
    assertThat(anna.record().units()).hasSize(2);
    for (var unit : anna.record().units()) {
      Path file = dir.resolve("anna-" + unit.ref().code() + ".jwt");
      assertThat(export.out).contains(file.toString(), "Open Badges 3.0");
      assertThat(Files.readString(file, StandardCharsets.US_ASCII))
          .matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\n");
    }
    Path first = dir.resolve("anna-" + anna.record().units().get(0).ref().code() + ".jwt");
    CliRun verify = ocn(ws).run("verify", first.toString());
    assertThat(verify.exitCode).as(verify.toString()).isZero();
    assertThat(verify.out)
        .contains(
            "SIGNATURE_INTACT",
            "SIGNER_TRUSTED",
            "RECORD_HASH",
            "STATUS",
            "LOG_INCLUSION",
            anna.code().value());

    String jws = Files.readString(first, StandardCharsets.US_ASCII).strip();
    String[] parts = jws.split("\\.");
    String bad = parts[0] + "." + parts[1].substring(0, parts[1].length() - 2) + "xx." + parts[2];
    Path tampered = dir.resolve("tampered.jwt");
    Files.writeString(tampered, bad);
    CliRun invalid = ocn(ws).run("verify", tampered.toString());
    assertThat(invalid.exitCode).as(invalid.toString()).isEqualTo(1);
    assertThat(invalid.out).contains("SIGNATURE_INTACT");

    Path junk = dir.resolve("junk.json");
    Files.writeString(junk, "{\"hello\": 1}");
    assertThat(ocn(ws).run("verify", junk.toString()).exitCode).isEqualTo(3);
  }

  @Test
  void exportsTheEuropassCredentialAndRefusesToOverwrite() throws Exception {
    Path out = dir.resolve("anna.jsonld");
    CliRun export =
        ocn(ws)
            .run(
                "--lang",
                "sv",
                "certificate",
                "export",
                anna.code().value(),
                "--format",
                "elm",
                "--out",
                out.toString());
    assertThat(export.exitCode).as(export.toString()).isZero();
    assertThat(export.out).contains("European Learning Model", out.toString());
    assertThat(Files.readString(out))
        .contains("\"EuropeanDigitalCredential\"", "http://data.europa.eu/snb/eqf/");
    CliRun again =
        ocn(ws)
            .run(
                "certificate",
                "export",
                anna.code().value(),
                "--format",
                "elm",
                "--out",
                out.toString());
    assertThat(again.exitCode).isEqualTo(4);
    assertThat(again.err).contains("exists already");
  }

  @Test
  void aWrongFormatOrCodeIsAClearError() {
    CliRun format =
        ocn(ws)
            .run(
                "certificate",
                "export",
                anna.code().value(),
                "--format",
                "pdf",
                "--out",
                dir.resolve("x").toString());
    assertThat(format.exitCode).isEqualTo(2);
    assertThat(format.err).contains("ob3", "elm");
    String unknown =
        org.ocnkit.certificate.CertificateCode.of(
                org.ocnkit.certificate.Fingerprint.of(
                    "not issued".getBytes(StandardCharsets.UTF_8)))
            .value();
    CliRun code =
        ocn(ws)
            .run(
                "certificate",
                "export",
                unknown,
                "--format",
                "elm",
                "--out",
                dir.resolve("y").toString());
    assertThat(code.exitCode).as(code.toString()).isEqualTo(3);
    assertThat(code.err).contains(unknown, "no certificate with this code in the register");
    assertThat(dir.resolve("y")).doesNotExist();
  }
}
