package org.ocnkit.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ocnkit.pdf.PdfContents;

/**
 * An Open Badges 3.0 credential taken from an issued certificate (issue 20) is verified by the
 * server like the PDF: the JSON API and the upload form give the same verdict as {@code ocn verify
 * FILE.jwt}, and a changed credential is invalid.
 */
class CredentialUploadTest {
  private static Certificates certificates;
  private static VerificationServer server;
  private static Http http;

  @BeforeAll
  static void start() {
    certificates = Certificates.shared();
    server =
        VerificationServer.start(
            ServerOptions.defaults(certificates.ws)
                .withAddress("127.0.0.1", 0)
                .withUploadsPerMinute(1000),
            line -> {});
    http = new Http(server.url());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static byte[] badge(Path pdf) throws Exception {
    return PdfContents.read("c", Files.readAllBytes(pdf)).attachments().stream()
        .filter(a -> a.name().startsWith("openbadge-") && a.name().endsWith(".jwt"))
        .findFirst()
        .orElseThrow()
        .content();
  }

  @Test
  void anUploadedOpenBadgeIsVerifiedLikeThePdf() throws Exception {
    byte[] jwt = badge(certificates.validPdf);
    for (HttpResponse<String> r :
        java.util.List.of(
            http.post("/api/v1/verify", "application/vc+jwt", jwt),
            http.upload("/api/v1/verify", "pdf", "badge.jwt", jwt))) {
      assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
      assertThat(r.body())
          .contains(
              "\"verdict\":\"valid\"",
              "\"code\":\"" + certificates.valid.value() + "\"",
              "{\"name\":\"SIGNATURE_INTACT\",\"outcome\":\"passed\"",
              "{\"name\":\"CREDENTIAL\",\"outcome\":\"passed\"");
    }
    byte[] changed = jwt.clone();
    changed[jwt.length / 2] = (byte) (changed[jwt.length / 2] == 'A' ? 'B' : 'A');
    assertThat(http.post("/api/v1/verify", "application/vc+jwt", changed).body())
        .contains("\"verdict\":\"invalid\"");
    assertThat(
            http.post("/api/v1/verify", "application/vc+jwt", badge(certificates.revokedPdf))
                .body())
        .contains("\"verdict\":\"revoked\"");
  }

  @Test
  void theFormAcceptsCredentialFiles() {
    assertThat(http.get("/verify").body()).contains(".jwt", ".json");
  }
}
