package org.ocnkit.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocnkit.certificate.IssuerKeyFiles;
import org.ocnkit.certificate.signature.RevocationList;
import org.ocnkit.certificate.signature.TrustAnchors;
import org.ocnkit.ledger.NoteVerifierKey;
import org.ocnkit.ledger.SignedCheckpoint;

/**
 * {@code ocn site publish}: what the static site holds, that it holds no personal data, and that
 * publishing again writes only what changed.
 */
class StaticSiteTest {
  @TempDir Path dir;

  @Test
  void theSiteHoldsAPagePerCodeAndWhatAVerifierNeedsAndNoPersonalData() throws Exception {
    Certificates c = Certificates.shared();
    StaticSite.Result r = new StaticSite(c.ws).publish(dir, c.keys.issuer());
    assertThat(r.pages()).isEqualTo(2);
    assertThat(r.pagesWritten()).isEqualTo(2);
    assertThat(r.revoked()).isEqualTo(1);
    String sv = Files.readString(dir.resolve(c.valid.value()).resolve("index.html"));
    String en = Files.readString(dir.resolve(c.valid.value()).resolve("en.html"));
    assertThat(sv)
        .contains(
            "<html lang=\"sv\"",
            ">Giltigt<",
            "Kundbemötande i butik",
            "data-fingerprint=\"" + c.validFingerprint + "\"",
            "../assets/site.js",
            "href=\"en.html\"");
    assertThat(en)
        .contains(
            "<html lang=\"en\"",
            ">Valid<",
            "Customer service in a shop",
            "data-log-key=\"" + IssuerKeyFiles.of(c.ws).verificationKeys().logKey() + "\"");
    assertThat(Files.readString(dir.resolve(c.revoked.value()).resolve("en.html")))
        .contains("data-state=\"revoked\"", "Revoked on 2025-03-");
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        String text = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
        assertThat(text)
            .as(f.toString())
            .doesNotContain("Anna", "Forsberg", "2001-04-17", "<script>");
      }
    }
    NoteVerifierKey key = NoteVerifierKey.parse(Files.readString(dir.resolve("log.vkey")).strip());
    SignedCheckpoint checkpoint =
        SignedCheckpoint.parse(Files.readString(dir.resolve("log/checkpoint")));
    assertThat(checkpoint.verify(key).passed()).isTrue();
    long size = checkpoint.treeHead().size();
    assertThat(dir.resolve("log/tile/0/000.p/" + size)).hasSize(32 * size);
    RevocationList list =
        RevocationList.verify(
            Files.readAllBytes(dir.resolve("revocations.p7m")),
            TrustAnchors.of(IssuerKeyFiles.of(c.ws).verificationKeys().issuerCertificate()));
    assertThat(list.find(c.revokedFingerprint)).isPresent();
    assertThat(Files.readString(dir.resolve("revocations.json")))
        .contains("\"fingerprint\":\"" + c.revokedFingerprint + "\"")
        .doesNotContain(c.validFingerprint);
    assertThat(dir.resolve("issuer-certificate.pem"))
        .hasSameBinaryContentAs(IssuerKeyFiles.of(c.ws).certificateFile());
  }

  @Test
  void publishingAgainWritesNothingThatDidNotChange() {
    Certificates c = Certificates.shared();
    StaticSite site = new StaticSite(c.ws);
    StaticSite.Result first = site.publish(dir, c.keys.issuer());
    assertThat(first.filesWritten()).isGreaterThan(10);
    long modified = dir.resolve("revocations.p7m").toFile().lastModified();
    StaticSite.Result again = site.publish(dir, c.keys.issuer());
    assertThat(again.pagesWritten()).isZero();
    assertThat(again.filesWritten()).isZero();
    assertThat(again.log().tilesWritten()).isZero();
    assertThat(dir.resolve("revocations.p7m").toFile().lastModified()).isEqualTo(modified);
  }
}
