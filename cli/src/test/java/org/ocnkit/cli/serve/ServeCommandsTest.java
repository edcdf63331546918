package org.ocnkit.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocnkit.certificate.IssuedBatch;
import org.ocnkit.certificate.IssuedCertificate;
import org.ocnkit.cli.CliRun;
import org.ocnkit.cli.certificate.IssuedCertificates;
import org.ocnkit.store.testing.Engine;

/** {@code ocn serve --show-links} and {@code ocn site publish} on the command line. */
class ServeCommandsTest {
  @TempDir Path dir;

  @Test
  void showLinksPrintsHowToStartTheServerAndTheLinksOfAValidAndARevokedCertificate() {
    Path ws = IssuedCertificates.workspace(dir, Engine.SQLITE);
    IssuedBatch batch = IssuedCertificates.issue(ws, "Anna Berg", "Eva Forsberg");
    IssuedCertificate valid = batch.certificates().get(0);
    IssuedCertificate revoked = batch.certificates().get(1);
    CliRun revoke =
        IssuedCertificates.ocn(ws)
            .run("certificate", "revoke", revoked.code().value(), "--reason", "Fel / wrong");
    assertThat(revoke.exitCode).as(revoke.toString()).isZero();

    CliRun links =
        IssuedCertificates.ocn(ws).run("--lang", "en", "serve", "--show-links", "--port", "9090");
    assertThat(links.exitCode).as(links.toString()).isZero();
    assertThat(links.out)
        .contains(
            "ocn --workspace " + ws + " serve --port 9090",
            "A valid certificate, as its QR code opens it:   http://127.0.0.1:9090/"
                + valid.code()
                + "#"
                + valid.fingerprint().hex(),
            "A revoked certificate, as its QR code opens it: http://127.0.0.1:9090/"
                + revoked.code()
                + "#"
                + revoked.fingerprint().hex())
        .doesNotContain("Anna", "Eva");
  }

  @Test
  void sitePublishWritesTheSiteAndAgainOnlyWhatChanged() {
    Path ws = IssuedCertificates.workspace(dir, Engine.SQLITE);
    IssuedBatch batch = IssuedCertificates.issue(ws, "Anna Berg");
    CliRun first = IssuedCertificates.ocn(ws).run("--lang", "en", "site", "publish", "site");
    assertThat(first.exitCode).as(first.toString()).isZero();
    assertThat(first.out).contains("1 certificate pages (1 written), log at size 1");
    assertThat(
            ws.resolve("site")
                .resolve(batch.certificates().get(0).code().value())
                .resolve("index.html"))
        .exists();
    assertThat(Files.exists(ws.resolve("site/log/checkpoint"))).isTrue();
    CliRun again = IssuedCertificates.ocn(ws).run("--lang", "en", "site", "publish", "site");
    assertThat(again.out).contains("(0 written)", "(0 tiles and 0 entry bundles written)");
  }
}
