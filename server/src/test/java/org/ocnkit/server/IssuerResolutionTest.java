package org.ocnkit.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocnkit.certificate.CertificateSettings;
import org.ocnkit.certificate.signature.TrustAnchors;
import org.ocnkit.pdf.PdfContents;

/**
 * What an Open Badges 3.0 credential names resolves on {@code ocn serve} and in the static site
 * (issue 20): the issuer profile its {@code issuer.id} names, the JWK Set with the key its JWS was
 * signed with, and the status document its {@code credentialStatus.id} names.
 */
class IssuerResolutionTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static Certificates certificates;
  private static VerificationServer server;
  private static Http http;
  @TempDir Path dir;

  @BeforeAll
  static void start() {
    certificates = Certificates.shared();
    server =
        VerificationServer.start(
            ServerOptions.defaults(certificates.ws).withAddress("127.0.0.1", 0), line -> {});
    http = new Http(server.url());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static String badge(Path pdf) throws Exception {
    return new String(
            PdfContents.read("c", Files.readAllBytes(pdf)).attachments().stream()
                .filter(a -> a.name().startsWith("openbadge-") && a.name().endsWith(".jwt"))
                .findFirst()
                .orElseThrow()
                .content(),
            StandardCharsets.US_ASCII)
        .strip();
  }

  private static JsonNode payload(String jws) throws Exception {
    return JSON.readTree(Base64.getUrlDecoder().decode(jws.split("\\.")[1]));
  }

  /** The issuer certificate as the workspace's PEM file holds it, read by the JDK. */
  private static X509Certificate issuerCertificate() {
    return TrustAnchors.readCertificates(
            org.ocnkit.certificate.IssuerKeyFiles.of(certificates.ws).certificateFile())
        .get(0);
  }

  /** The path on this server of a URL under the workspace's base URL. */
  private static String local(String url) {
    String base = CertificateSettings.baseUrl(certificates.ws.settings());
    assertThat(url).startsWith(base + "/");
    return url.substring(base.length());
  }

  @Test
  void theIssuerProfileIsServedAndIsTheIssuerTheCredentialsName() throws Exception {
    JsonNode credential = payload(badge(certificates.validPdf));
    HttpResponse<String> r = http.get("/issuer.json");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElseThrow().replace(" ", ""))
        .isEqualTo("application/json;charset=utf-8");
    JsonNode profile = JSON.readTree(r.body());
    assertThat(profile.path("id").asText())
        .isEqualTo(credential.path("issuer").path("id").asText());
    assertThat(profile.path("type").toString()).isEqualTo("[\"Profile\"]");
    assertThat(profile.path("name").asText())
        .isEqualTo(credential.path("issuer").path("name").asText())
        .isNotBlank();
    assertThat(profile.path("url").asText()).startsWith("https://");
    assertThat(local(profile.path("jwks_uri").asText())).isEqualTo("/.well-known/jwks.json");
  }

  @Test
  void theJwksHoldsTheIssuerCertificatesKeyAndVerifiesTheCredential() throws Exception {
    HttpResponse<String> r = http.get("/.well-known/jwks.json");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/jwk-set+json");
    JWKSet set = JWKSet.parse(r.body());
    assertThat(set.getKeys()).hasSize(1);
    JWK jwk = set.getKeys().get(0);
    assertThat(jwk.isPrivate()).isFalse();
    assertThat(r.body()).doesNotContain("\"d\"");
    ECKey ec = jwk.toECKey();
    assertThat(ec.getCurve().getName()).isEqualTo("P-256");
    X509Certificate certificate = issuerCertificate();
    // The same key as the certificate's, compared as X.509 SubjectPublicKeyInfo.
    assertThat(ec.toECPublicKey().getEncoded()).isEqualTo(certificate.getPublicKey().getEncoded());
    assertThat(jwk.getX509CertChain()).hasSize(1);
    assertThat(jwk.getX509CertChain().get(0).decode()).isEqualTo(certificate.getEncoded());

    // A wallet that finds the key by the JWS kid verifies the credential with it.
    JWSObject jws = JWSObject.parse(badge(certificates.validPdf));
    assertThat(jwk.getKeyID()).isEqualTo(jws.getHeader().getKeyID());
    assertThat(jws.verify(new ECDSAVerifier(ec))).isTrue();
  }

  @Test
  void theCredentialStatusResolvesToTheCertificatesStatus() throws Exception {
    JsonNode valid = payload(badge(certificates.validPdf));
    String path = local(valid.path("credentialStatus").path("id").asText());
    assertThat(path).isEqualTo("/" + certificates.valid.value() + "/status.json");
    HttpResponse<String> r = http.get(path);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElseThrow().replace(" ", ""))
        .isEqualTo("application/json;charset=utf-8");
    assertThat(r.body())
        .contains(
            "\"status\":\"valid\"", "\"fingerprint\":\"" + certificates.validFingerprint + "\"");
    assertThat(r.body())
        .isEqualTo(http.get("/api/v1/certificates/" + certificates.valid.value()).body());
    JsonNode revoked = payload(badge(certificates.revokedPdf));
    assertThat(http.get(local(revoked.path("credentialStatus").path("id").asText())).body())
        .contains("\"status\":\"revoked\"");
  }

  @Test
  void theStaticSiteWritesTheSameProfileKeysAndStatus() throws Exception {
    new StaticSite(certificates.ws).publish(dir, certificates.keys.issuer());
    assertThat(Files.readString(dir.resolve("issuer.json")))
        .isEqualTo(http.get("/issuer.json").body());
    assertThat(Files.readString(dir.resolve(".well-known/jwks.json")))
        .isEqualTo(http.get("/.well-known/jwks.json").body());
    for (String code :
        java.util.List.of(certificates.valid.value(), certificates.revoked.value())) {
      assertThat(Files.readString(dir.resolve(code).resolve("status.json")))
          .isEqualTo(http.get("/" + code + "/status.json").body());
    }
    assertThat(Files.readString(dir.resolve(certificates.revoked.value()).resolve("status.json")))
        .contains("\"status\":\"revoked\"");
  }
}
