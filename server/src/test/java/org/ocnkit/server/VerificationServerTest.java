package org.ocnkit.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ocnkit.certificate.CertificateCode;
import org.ocnkit.certificate.CertificateService;
import org.ocnkit.certificate.CertificateVerifier;
import org.ocnkit.certificate.Fingerprint;
import org.ocnkit.certificate.IssuerKeyFiles;
import org.ocnkit.certificate.VerificationCheck;
import org.ocnkit.certificate.VerificationResult;
import org.ocnkit.certificate.signature.RevocationList;
import org.ocnkit.certificate.signature.TrustAnchors;
import org.ocnkit.ledger.NoteVerifierKey;
import org.ocnkit.ledger.SignedCheckpoint;

/**
 * Every route of {@code ocn serve} over HTTP against a real server on a loopback port: status
 * codes, refusals, headers, languages, the same verdicts and words as {@code ocn verify}, the JSON
 * API's shapes, and what a verifier downloads; and no personal data in pages or log lines.
 */
class VerificationServerTest {
  private static Certificates certificates;
  private static VerificationServer server;
  private static Http http;

  /** A well-formed code no certificate has. */
  private static final String UNKNOWN =
      CertificateCode.of(new Fingerprint("00".repeat(32))).value();

  private static final List<String> log = Collections.synchronizedList(new ArrayList<>());

  @BeforeAll
  static void start() {
    certificates = Certificates.shared();
    server =
        VerificationServer.start(
            ServerOptions.defaults(certificates.ws)
                .withAddress("127.0.0.1", 0)
                .withUploadsPerMinute(1000)
                .withRevocationSigner(certificates.keys.issuer()),
            log::add);
    http = new Http(server.url());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static String validLink() {
    return "/" + certificates.valid.value();
  }

  @Test
  void theQrLinkOfAValidCertificateShowsWhatTheRegisterKnowsAndNoPersonalData() {
    HttpResponse<String> r = http.get(validLink(), "Accept-Language", "en-GB,en;q=0.9");
    assertThat(r.statusCode()).isEqualTo(200);
    String page = r.body();
    assertThat(page)
        .contains(
            "<html lang=\"en\"",
            "data-state=\"valid\"",
            ">Valid<",
            "Testkommunen",
            "HS-TEST-01@1",
            "Customer service in a shop",
            "data-fingerprint=\"" + certificates.validFingerprint + "\"",
            "/assets/fingerprint.js");
    assertThat(page)
        .containsPattern(
            "<td>HS-TEST-01@1</td><td>Customer service in a shop</td>" + "<td>2</td><td>3</td>");
    assertThat(page).doesNotContain("Anna", "Berg", "2001-04-17", "<script>");
  }

  @Test
  void swedishIsTheDefaultAndTheSwitchLinkChangesLanguage() {
    String sv = http.get(validLink()).body();
    assertThat(sv)
        .contains("<html lang=\"sv\"", ">Giltigt<", "Kundbemötande i butik", "href=\"?lang=en\"");
    String en = http.get(validLink() + "?lang=en", "Accept-Language", "sv").body();
    assertThat(en).contains("<html lang=\"en\"", ">Valid<", "href=\"?lang=sv\"");
  }

  @Test
  void aRevokedCertificateShowsTheDateItWasRevoked() {
    HttpResponse<String> r = http.get("/" + certificates.revoked.value() + "?lang=en");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body())
        .contains("data-state=\"revoked\"", "Revoked on 2025-03-")
        .doesNotContain("Eva", "Forsberg");
  }

  @Test
  void anUnknownCodeIsNotFoundAndAWrongCheckCharacterIsATypingMistake() {
    String code = certificates.valid.value();
    char last = code.charAt(code.length() - 1);
    String typo = code.substring(0, code.length() - 1) + (last == 'A' ? 'B' : 'A');
    HttpResponse<String> typing = http.get("/" + typo + "?lang=en");
    assertThat(typing.statusCode()).isEqualTo(400);
    assertThat(typing.body())
        .contains("data-state=\"typing\"", "Typing mistake in the code", "check character");
    HttpResponse<String> unknown = http.get("/" + UNKNOWN + "?lang=en");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.body()).contains("data-state=\"unknown\"", "No certificate with this code");
    HttpResponse<String> bad = http.get("/not-a-code?lang=en");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("data-state=\"bad\"", "Not a certificate code");
    // Lower case and without hyphens, as people type it, is the same certificate.
    assertThat(http.get("/" + code.toLowerCase(Locale.ROOT).replace("-", "")).statusCode())
        .isEqualTo(200);
  }

  @Test
  void everyResponseCarriesTheSecurityHeaders() {
    for (HttpResponse<String> r :
        List.of(
            http.get("/"),
            http.get(validLink()),
            http.get("/assets/style.css"),
            http.get("/api/v1/certificates/x"),
            http.get("/a/b/c"),
            http.get("/log.vkey"))) {
      assertThat(r.headers().firstValue("Content-Security-Policy"))
          .as(r.uri().toString())
          .hasValue(VerificationServer.CSP);
      assertThat(VerificationServer.CSP)
          .contains("script-src 'self'", "frame-ancestors 'none'")
          .doesNotContain("unsafe-inline");
      assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
      assertThat(r.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
      assertThat(r.headers().firstValue("X-Frame-Options")).hasValue("DENY");
      assertThat(r.headers().firstValue("Server")).isEmpty();
    }
  }

  @Test
  void homeLookupAndAssets() {
    assertThat(http.get("/?lang=en").body()).contains("action=\"/lookup\"", "Testkommunen");
    HttpResponse<String> lookup =
        http.get("/lookup?code=" + certificates.valid.value() + "&lang=en");
    assertThat(lookup.statusCode()).isEqualTo(303);
    assertThat(lookup.headers().firstValue("Location"))
        .hasValue("/" + certificates.valid.value() + "?lang=en");
    assertThat(http.get("/lookup?code=").statusCode()).isEqualTo(303);
    HttpResponse<String> js = http.get("/assets/fingerprint.js");
    assertThat(js.statusCode()).isEqualTo(200);
    assertThat(js.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/javascript"));
    assertThat(http.get("/assets/secret.txt").statusCode()).isEqualTo(404);
    assertThat(http.get("/assets/..%2Fmessages.properties").statusCode()).isEqualTo(404);
  }

  @Test
  void anUnknownPathIsABilingualNotFoundPageWithoutAStackTrace() {
    HttpResponse<String> r = http.get("/x/y?lang=en");
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(r.body())
        .contains("There is no page at this address.")
        .doesNotContain("Exception", "at org.", "Javalin");
    assertThat(http.get("/x/y").body()).contains("Det finns ingen sida");
  }

  /** The words of {@code ocn verify}: the core's check reasons, in English. */
  private static VerificationResult direct(Path pdf) throws Exception {
    return new CertificateVerifier(new CertificateService(certificates.ws).verificationOptions())
        .verify(pdf.getFileName().toString(), Files.readAllBytes(pdf));
  }

  private static void assertSameAsOcnVerify(Path pdf, String verdictWord) throws Exception {
    HttpResponse<String> r =
        http.upload(
            "/verify?lang=en", "pdf", pdf.getFileName().toString(), Files.readAllBytes(pdf));
    assertThat(r.statusCode()).isEqualTo(200);
    VerificationResult expected = direct(pdf);
    String page = r.body();
    assertThat(page)
        .contains(
            "data-verdict=\"" + expected.verdict().name().toLowerCase(Locale.ROOT) + "\"",
            ">" + verdictWord + "<");
    for (VerificationCheck c : expected.checks()) {
      String outcome = c.outcome().name().toLowerCase(Locale.ROOT);
      assertThat(page).contains("data-check=\"" + c.name() + "\" data-outcome=\"" + outcome + "\"");
      assertThat(page).contains(escape(c.reason().format(Locale.ENGLISH)));
    }
    assertThat(page).doesNotContain("Anna", "2001-04-17");
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  @Test
  void aGenuineUploadIsValidWithEveryCheckInTheWordsOfOcnVerify() throws Exception {
    assertSameAsOcnVerify(certificates.validPdf, "VALID");
  }

  @Test
  void aRevokedUploadIsRevoked() throws Exception {
    assertSameAsOcnVerify(certificates.revokedPdf, "REVOKED");
  }

  @Test
  void aPdfWithOneByteChangedIsInvalid() throws Exception {
    assertSameAsOcnVerify(certificates.tamperedPdf, "INVALID");
    assertThat(direct(certificates.tamperedPdf).verdict())
        .isEqualTo(VerificationResult.Verdict.INVALID);
  }

  @Test
  void aPdfOfAnotherIssuerIsInvalidBecauseItsSignerIsNotTrusted() throws Exception {
    assertSameAsOcnVerify(certificates.otherIssuerPdf, "INVALID");
    assertThat(direct(certificates.otherIssuerPdf).check("SIGNER_TRUSTED").orElseThrow().failed())
        .isTrue();
  }

  @Test
  void hostileOrEmptyFilesGetAVerdictOrARefusalNeverAnError() {
    byte[] garbage = new byte[200_000];
    new Random(13).nextBytes(garbage);
    System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, garbage, 0, 9);
    HttpResponse<String> r = http.upload("/verify?lang=en", "pdf", "x.pdf", garbage);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("data-verdict=\"not_a_certificate\"", "NOT A CERTIFICATE");
    HttpResponse<String> empty = http.upload("/verify?lang=en", "pdf", "x.pdf", new byte[0]);
    assertThat(empty.statusCode()).isEqualTo(400);
    assertThat(empty.body()).contains("No file was chosen");
    HttpResponse<String> wrongField =
        http.upload("/verify?lang=en", "other", "x.pdf", new byte[] {1});
    assertThat(wrongField.statusCode()).isEqualTo(400);
  }

  @Test
  void aFileOverTheLimitIsRefusedWithAClearMessage() {
    byte[] big = new byte[(int) ServerOptions.DEFAULT_MAX_UPLOAD + 200_000];
    HttpResponse<String> page = http.upload("/verify?lang=en", "pdf", "big.pdf", big);
    assertThat(page.statusCode()).isEqualTo(413);
    assertThat(page.body()).contains("larger than 10 MB");
    HttpResponse<String> api = http.post("/api/v1/verify", "application/pdf", big);
    assertThat(api.statusCode()).isEqualTo(413);
    assertThat(api.body()).startsWith("{\"error\":{\"status\":413,\"code\":\"too-large\"");
  }

  @Test
  void uploadsOverTheClientsRateAreRefused() {
    try (VerificationServer limited =
        VerificationServer.start(
            ServerOptions.defaults(certificates.ws)
                .withAddress("127.0.0.1", 0)
                .withUploadsPerMinute(2),
            line -> {})) {
      Http h = new Http(limited.url());
      assertThat(h.upload("/verify", "pdf", "a.pdf", new byte[] {1}).statusCode()).isEqualTo(200);
      assertThat(h.upload("/verify", "pdf", "a.pdf", new byte[] {1}).statusCode()).isEqualTo(200);
      HttpResponse<String> third = h.upload("/verify?lang=en", "pdf", "a.pdf", new byte[] {1});
      assertThat(third.statusCode()).isEqualTo(429);
      assertThat(third.headers().firstValue("Retry-After")).hasValue("60");
      assertThat(third.body()).contains("Too many files");
      assertThat(h.post("/api/v1/verify", "application/pdf", new byte[] {1}).body())
          .contains("\"code\":\"rate-limited\"");
      // Looking certificates up is not limited.
      assertThat(h.get("/" + certificates.valid.value()).statusCode()).isEqualTo(200);
    }
  }

  @Test
  void uploadsOverTheLimitCountAgainstTheClientsRate() {
    try (VerificationServer limited =
        VerificationServer.start(
            ServerOptions.defaults(certificates.ws)
                .withAddress("127.0.0.1", 0)
                .withUploadsPerMinute(2),
            line -> {})) {
      Http h = new Http(limited.url());
      byte[] big = new byte[(int) ServerOptions.DEFAULT_MAX_UPLOAD + 200_000];
      assertThat(h.upload("/verify?lang=en", "pdf", "big.pdf", big).statusCode()).isEqualTo(413);
      assertThat(h.upload("/verify?lang=en", "pdf", "big.pdf", big).statusCode()).isEqualTo(413);
      assertThat(h.upload("/verify", "pdf", "a.pdf", new byte[] {1}).statusCode()).isEqualTo(429);
    }
  }

  @Test
  void theJsonApiGivesACertificatesPublicFactsAndStableErrors() {
    HttpResponse<String> r =
        http.get("/api/v1/certificates/" + certificates.valid.value() + "?lang=en");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    assertThat(r.body())
        .startsWith("{\"code\":\"" + certificates.valid.value() + "\",\"status\":\"valid\"")
        .contains(
            "\"issuer\":\"Testkommunen\"",
            "\"fingerprint\":\"" + certificates.validFingerprint + "\"",
            "\"units\":[{\"unit\":\"HS-TEST-01@1\",\"title\":\"Customer service in a shop\","
                + "\"eqfLevel\":2,\"credits\":3}]",
            "\"totalCredits\":3")
        .doesNotContain("Anna");
    assertThat(http.get("/api/v1/certificates/" + certificates.revoked.value()).body())
        .contains("\"status\":\"revoked\"", "\"revokedOn\":\"2025-03-");
    HttpResponse<String> unknown = http.get("/api/v1/certificates/" + UNKNOWN);
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.body())
        .startsWith("{\"error\":{\"status\":404,\"code\":\"unknown-certificate\",\"message\":");
    assertThat(http.get("/api/v1/certificates/zzz").body()).contains("\"code\":\"not-a-code\"");
  }

  @Test
  void theJsonApiVerifiesAnUploadLikeOcnVerify() throws Exception {
    byte[] pdf = Files.readAllBytes(certificates.validPdf);
    for (HttpResponse<String> r :
        List.of(
            http.post("/api/v1/verify", "application/pdf", pdf),
            http.upload("/api/v1/verify", "pdf", "c.pdf", pdf))) {
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.body())
          .contains(
              "\"verdict\":\"valid\"",
              "\"valid\":true",
              "\"code\":\"" + certificates.valid.value() + "\"",
              "{\"name\":\"SIGNATURE_INTACT\",\"outcome\":\"passed\",\"passed\":true")
          .doesNotContain("Anna");
    }
    assertThat(
            http.post(
                    "/api/v1/verify",
                    "application/pdf",
                    Files.readAllBytes(certificates.tamperedPdf))
                .body())
        .contains("\"verdict\":\"invalid\"");
    assertThat(http.post("/api/v1/verify", "application/pdf", new byte[0]).statusCode())
        .isEqualTo(400);
  }

  @Test
  void aVerifierCanDownloadTheIssuerCertificateLogKeyCheckpointTilesAndRevocations()
      throws Exception {
    IssuerKeyFiles files = IssuerKeyFiles.of(certificates.ws);
    assertThat(http.bytes("/issuer-certificate.pem").body())
        .isEqualTo(Files.readAllBytes(files.certificateFile()));
    NoteVerifierKey key = NoteVerifierKey.parse(http.get("/log.vkey").body().strip());
    assertThat(key).hasToString(files.verificationKeys().logKey().toString());
    HttpResponse<String> checkpoint = http.get("/log/checkpoint");
    assertThat(checkpoint.statusCode()).isEqualTo(200);
    SignedCheckpoint signed = SignedCheckpoint.parse(checkpoint.body());
    assertThat(signed.verify(key).passed()).isTrue();
    long size = signed.treeHead().size();
    HttpResponse<byte[]> tile = http.bytes("/log/tile/0/000.p/" + size);
    assertThat(tile.statusCode()).isEqualTo(200);
    assertThat(tile.body()).hasSize((int) (32 * size));
    assertThat(tile.headers().firstValue("Cache-Control"))
        .hasValueSatisfying(c -> assertThat(c).contains("immutable"));
    assertThat(http.bytes("/log/tile/0/000").statusCode()).isEqualTo(404);
    assertThat(http.bytes("/log/../ocnkit.properties").statusCode()).isEqualTo(404);
    assertThat(http.bytes("/log/tile/..%2F..%2Focnkit.properties").statusCode()).isEqualTo(404);
    HttpResponse<byte[]> revocations = http.bytes("/revocations.p7m");
    assertThat(revocations.statusCode()).isEqualTo(200);
    RevocationList list =
        RevocationList.verify(
            revocations.body(), TrustAnchors.of(files.verificationKeys().issuerCertificate()));
    assertThat(list.find(certificates.revokedFingerprint)).isPresent();
    assertThat(list.find(certificates.validFingerprint)).isEmpty();
  }

  @Test
  void withoutTheKeyPasswordNoRevocationListIsServed() {
    try (VerificationServer plain =
        VerificationServer.start(
            ServerOptions.defaults(certificates.ws).withAddress("127.0.0.1", 0), line -> {})) {
      HttpResponse<String> r = new Http(plain.url()).get("/revocations.p7m?lang=en");
      assertThat(r.statusCode()).isEqualTo(503);
      assertThat(r.body()).contains("OCNKIT_KEY_PASSWORD");
    }
  }

  @Test
  void theServerWritesNothingAndAcceptsNoOtherMethod() {
    assertThat(
            http.post("/" + certificates.valid.value(), "text/plain", new byte[] {1}).statusCode())
        .isIn(404, 405);
    assertThat(
            http.post(
                    "/api/v1/certificates/" + certificates.valid.value(),
                    "text/plain",
                    new byte[] {1})
                .statusCode())
        .isIn(404, 405);
  }

  @Test
  void logLinesNameTheRouteAndNeitherPersonNorAddress() {
    http.get(validLink());
    http.upload("/verify", "pdf", "Anna Berg.pdf", new byte[] {1});
    assertThat(log).anySatisfy(line -> assertThat(line).matches("GET /\\{code} 200 [0-9.]+ ms"));
    assertThat(log).anySatisfy(line -> assertThat(line).startsWith("POST /verify 200"));
    assertThat(String.join("\n", log))
        .doesNotContain("Anna", "127.0.0.1", certificates.validFingerprint);
  }
}
