package org.ocnkit.certificate.credential;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocnkit.certificate.AchievedUnit;
import org.ocnkit.certificate.CertificateIssuer;
import org.ocnkit.certificate.CertificateRecord;
import org.ocnkit.certificate.CertificateRequest;
import org.ocnkit.certificate.CertificateService;
import org.ocnkit.certificate.IssuedBatch;
import org.ocnkit.certificate.IssuedCertificate;
import org.ocnkit.certificate.IssuingKeys;
import org.ocnkit.certificate.Language;
import org.ocnkit.certificate.VerificationCheck;
import org.ocnkit.certificate.VerificationOptions;
import org.ocnkit.certificate.VerificationResult;
import org.ocnkit.certificate.internal.testing.SampleRequests;
import org.ocnkit.certificate.signature.IssuerKey;
import org.ocnkit.certificate.signature.IssuerKeys;
import org.ocnkit.certificate.signature.KeyAlgorithm;
import org.ocnkit.certificate.signature.TrustAnchors;
import org.ocnkit.pdf.AfRelationship;
import org.ocnkit.pdf.Attachment;
import org.ocnkit.pdf.PdfContents;
import org.ocnkit.pdf.internal.testing.VeraPdf;
import org.ocnkit.store.Workspace;
import org.ocnkit.store.testing.Engine;
import org.ocnkit.store.testing.TestWorkspaces;
import org.ocnkit.unit.CourseUnit;
import org.ocnkit.unit.UnitService;
import org.ocnkit.unit.catalog.UnitCatalog;

/**
 * The Open Badges 3.0 and European Learning Model credentials an issued certificate carries,
 * checked against the standards (1EdTech's and the European Commission's published JSON Schemas,
 * VC-JOSE) and with the JDK's own ECDSA as a second signature path.
 */
class CertificateCredentialsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path UNITS = Path.of("..", "course-units");
  private static final String HOLDER = "Åsa Öberg-Ängström";

  @TempDir static Path dir;

  private static Workspace ws;
  private static IssuingKeys keys;
  private static IssuedCertificate issued;
  private static IssuedCertificate toRevoke;
  private static PdfContents pdf;

  @BeforeAll
  static void issue() throws Exception {
    ws = TestWorkspaces.create(Engine.SQLITE, dir.resolve("ws"));
    List<Path> files;
    try (java.util.stream.Stream<Path> all = Files.list(UNITS)) {
      files = all.filter(f -> f.toString().endsWith(".xml")).sorted().toList();
    }
    List<CourseUnit> units = new ArrayList<>();
    for (Path f : files) {
      org.ocnkit.unit.UnitRef ref =
          UnitCatalog.importUnits(ws.store(), "a", List.of(f)).get(0).ref();
      units.add(
          new UnitService(ws)
              .find(new org.ocnkit.unit.UnitRef.Query(ref.code(), Optional.of(ref.version())))
              .orElseThrow()
              .unit());
    }
    keys = SampleRequests.createKeys(ws);
    IssuedBatch batch =
        CertificateIssuer.of(ws, keys)
            .issue("a", List.of(request(units), SampleRequests.request("Olle Holm", 1)));
    issued = batch.certificates().get(0);
    toRevoke = batch.certificates().get(1);
    pdf = PdfContents.read("c", Files.readAllBytes(issued.file()));
  }

  static CertificateRequest request(List<CourseUnit> units) {
    List<AchievedUnit> achieved = new ArrayList<>();
    for (CourseUnit u : units) {
      achieved.add(
          new AchievedUnit(
              u.ref(),
              u.hash(),
              u.titleSv(),
              u.titleEn(),
              u.level(),
              u.credits(),
              SampleRequests.ACHIEVED,
              "2025-01-15/1"));
    }
    return CertificateRequest.builder()
        .holder(HOLDER, java.time.LocalDate.of(1991, 4, 12))
        .programme("Lärlingsprogrammet Fyra Arenor 2025")
        .language(Language.SV)
        .units(achieved)
        .build();
  }

  @AfterAll
  static void close() {
    ws.close();
  }

  private static List<Attachment> badges() {
    return pdf.attachments().stream()
        .filter(a -> a.name().startsWith(OpenBadgeCredential.FILE_PREFIX))
        .toList();
  }

  private static String jws(Attachment a) {
    return new String(a.content(), StandardCharsets.US_ASCII).strip();
  }

  private static JsonNode part(String jws, int i) throws Exception {
    return JSON.readTree(Base64.getUrlDecoder().decode(jws.split("\\.")[i]));
  }

  @Test
  void theCertificateCarriesOneBadgePerUnitAndOneEuropassCredentialAsAlternatives()
      throws Exception {
    CertificateRecord record = issued.record();
    assertThat(badges())
        .extracting(Attachment::name)
        .containsExactlyInAnyOrder(
            record.units().stream()
                .map(u -> "openbadge-" + u.ref().code() + ".jwt")
                .toArray(String[]::new));
    Attachment elm = pdf.attachment(EuropeanCredentials.FILE_NAME).orElseThrow();
    assertThat(elm.mimeType()).isEqualTo("application/ld+json");
    for (Attachment a : badges()) {
      assertThat(a.mimeType()).isEqualTo("application/vc+jwt");
      assertThat(a.relationship()).isEqualTo(AfRelationship.ALTERNATIVE);
    }
    assertThat(elm.relationship()).isEqualTo(AfRelationship.ALTERNATIVE);
    assertThat(pdf.associatedFiles())
        .contains(
            EuropeanCredentials.FILE_NAME, badges().get(0).name(), CertificateRecord.FILE_NAME);
    assertThat(VeraPdf.pdfa3bFailures(Files.readAllBytes(issued.file()))).isEmpty();
  }

  @Test
  void everyOpenBadgeCredentialIsValidAgainst1EdTechsPublishedSchema() throws Exception {
    assertThat(badges()).hasSize(issued.record().units().size()).hasSizeGreaterThan(10);
    for (Attachment a : badges()) {
      String payload = part(jws(a), 1).toString();
      assertThat(PublishedSchemas.violations(PublishedSchemas.openBadges(), payload))
          .as(a.name())
          .isEmpty();
    }
  }

  @Test
  void theSchemaCheckIsRealAnInvalidCredentialIsRejected() throws Exception {
    com.fasterxml.jackson.databind.node.ObjectNode vc =
        (com.fasterxml.jackson.databind.node.ObjectNode) part(jws(badges().get(0)), 1);
    vc.remove("validFrom");
    ((com.fasterxml.jackson.databind.node.ObjectNode)
            vc.get("credentialSubject").get("achievement"))
        .remove("criteria");
    assertThat(PublishedSchemas.violations(PublishedSchemas.openBadges(), vc.toString()))
        .anyMatch(v -> v.contains("validFrom"))
        .anyMatch(v -> v.contains("criteria"));
    com.fasterxml.jackson.databind.node.ObjectNode elm =
        (com.fasterxml.jackson.databind.node.ObjectNode)
            JSON.readTree(pdf.attachment(EuropeanCredentials.FILE_NAME).orElseThrow().content());
    elm.remove("displayParameter");
    assertThat(PublishedSchemas.violations(PublishedSchemas.europass(), elm.toString()))
        .anyMatch(v -> v.contains("displayParameter"));
  }

  @Test
  void theJwsFollowsVcJoseAndVerifiesWithTheJdksOwnEcdsa() throws Exception {
    X509Certificate issuer = keys.issuer().certificate();
    for (Attachment a : badges()) {
      String jws = jws(a);
      String[] parts = jws.split("\\.");
      assertThat(parts).hasSize(3);
      JsonNode header = part(jws, 0);
      assertThat(header.path("alg").asText()).isEqualTo("ES256");
      assertThat(header.path("typ").asText()).isEqualTo("vc+jwt");
      assertThat(header.path("cty").asText()).isEqualTo("vc");
      assertThat(header.path("kid").asText())
          .isEqualTo(keys.issuer().describe().sha256Fingerprint());
      assertThat(header.has("crit")).isFalse();
      byte[] x5c0 = Base64.getDecoder().decode(header.path("x5c").get(0).asText());
      assertThat(x5c0).isEqualTo(issuer.getEncoded());
      X509Certificate fromHeader =
          (X509Certificate)
              CertificateFactory.getInstance("X.509")
                  .generateCertificate(new ByteArrayInputStream(x5c0));

      // VC-JOSE: the payload is the credential itself, no JWT "vc" wrapper claim.
      JsonNode claims = part(jws, 1);
      assertThat(claims.has("vc")).isFalse();
      assertThat(claims.path("@context").get(0).asText())
          .isEqualTo("https://www.w3.org/ns/credentials/v2");
      assertThat(claims.path("type").toString())
          .contains("VerifiableCredential", "OpenBadgeCredential");
      assertThat(claims.path("validFrom").asText())
          .isEqualTo(
              issued.record().issueDate()
                  + "T"
                  + java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss")
                      .format(ws.store().clock().instant().atZone(java.time.ZoneOffset.UTC))
                  + "Z");
      assertThat(claims.path("issuer").path("id").asText())
          .isEqualTo("urn:ocnkit:issuer:sha256:" + keys.issuer().describe().sha256Fingerprint());
      assertThat(
              claims
                  .path("credentialSubject")
                  .path("achievement")
                  .path("alignment")
                  .get(0)
                  .path("targetUrl")
                  .asText())
          .startsWith("http://data.europa.eu/snb/eqf/");

      byte[] raw = Base64.getUrlDecoder().decode(parts[2]);
      assertThat(raw).hasSize(64);
      Signature ecdsa = Signature.getInstance("SHA256withECDSA");
      ecdsa.initVerify(fromHeader.getPublicKey());
      ecdsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
      assertThat(ecdsa.verify(der(raw))).as(a.name()).isTrue();

      // One changed byte in the payload and the JDK refuses it too.
      String changed =
          parts[1].substring(0, 10)
              + (parts[1].charAt(10) == 'A' ? 'B' : 'A')
              + parts[1].substring(11);
      ecdsa.initVerify(fromHeader.getPublicKey());
      ecdsa.update((parts[0] + "." + changed).getBytes(StandardCharsets.US_ASCII));
      assertThat(ecdsa.verify(der(raw))).isFalse();
    }
  }

  @Test
  void theAchievementCarriesTheUnitsOutcomesCriteriaLevelAndCredits() throws Exception {
    for (Attachment a : badges()) {
      JsonNode achievement = part(jws(a), 1).path("credentialSubject").path("achievement");
      AchievedUnit unit =
          issued.record().units().stream()
              .filter(u -> a.name().equals("openbadge-" + u.ref().code() + ".jwt"))
              .findFirst()
              .orElseThrow();
      CourseUnit content =
          new UnitService(ws)
              .find(
                  new org.ocnkit.unit.UnitRef.Query(
                      unit.ref().code(), Optional.of(unit.ref().version())))
              .orElseThrow()
              .unit();
      assertThat(achievement.path("name").asText()).contains(unit.titleSv());
      unit.titleEn().ifPresent(en -> assertThat(achievement.path("name").asText()).contains(en));
      assertThat(achievement.path("criteria").path("narrative").asText())
          .contains(content.outcomes().get(0).statement(), content.criteria().get(0).text());
      assertThat(achievement.path("creditsAvailable").asDouble()).isEqualTo(unit.credits());
      assertThat(achievement.path("description").asText())
          .contains(unit.credits() * 10 + " notional learning hours");
      assertThat(achievement.path("achievementType").asText()).isEqualTo("MicroCredential");
    }
  }

  @Test
  void theEuropassCredentialIsValidAgainstTheCommissionsPublishedSchema() throws Exception {
    String elm =
        new String(
            pdf.attachment(EuropeanCredentials.FILE_NAME).orElseThrow().content(),
            StandardCharsets.UTF_8);
    assertThat(PublishedSchemas.violations(PublishedSchemas.europass(), elm)).isEmpty();
    JsonNode vc = JSON.readTree(elm);
    assertThat(vc.path("type").toString()).contains("EuropeanDigitalCredential");
    JsonNode claims = vc.path("credentialSubject").path("hasClaim");
    assertThat(claims).hasSize(issued.record().units().size());
    for (JsonNode claim : claims) {
      JsonNode spec = claim.path("specifiedBy");
      assertThat(spec.path("educationLevel").get(0).path("id").asText())
          .matches("http://data\\.europa\\.eu/snb/eqf/[1-8]");
      assertThat(spec.path("learningOutcome").size()).isGreaterThan(0);
      assertThat(
              claim
                  .path("awardedBy")
                  .path("awardingBody")
                  .get(0)
                  .path("legalName")
                  .path("sv")
                  .asText())
          .isEqualTo(issued.record().issuer().organisation());
      assertThat(claim.path("provenBy").get(0).path("type").asText())
          .isEqualTo("LearningAssessment");
    }
  }

  @Test
  void theHolderIsNamedOnlyInsideTheParticipantsCredentialNeverInWhatIsPublic() throws Exception {
    for (Attachment a : badges()) {
      JsonNode vc = part(jws(a), 1);
      assertThat(
              vc.path("credentialSubject").path("identifier").get(0).path("identityHash").asText())
          .isEqualTo(HOLDER);
      // What the issuer publishes or shares with everyone: status page, issuer, achievement.
      assertThat(vc.path("credentialStatus").toString()).doesNotContain("\u00c5sa", "1991");
      assertThat(vc.path("issuer").toString()).doesNotContain("\u00c5sa");
      assertThat(vc.path("credentialSubject").path("achievement").toString())
          .doesNotContain("\u00c5sa");
    }
    assertThat(new CertificateService(ws).find(issued.code()).orElseThrow().toString())
        .doesNotContain("\u00c5sa");
  }

  @Test
  void ocnVerifyChecksACredentialFileLikeThePdf() throws Exception {
    Path file = dir.resolve("badge.jwt");
    Files.write(file, badges().get(0).content());
    assertThat(OpenBadgeVerifier.accepts(file)).isTrue();
    OpenBadgeVerifier verifier =
        new OpenBadgeVerifier(new CertificateService(ws).verificationOptions());
    VerificationResult r = verifier.verify(file);
    assertThat(r.verdict()).as(r.toString()).isEqualTo(VerificationResult.Verdict.VALID);
    assertThat(r.checks())
        .extracting(VerificationCheck::name)
        .containsExactly(
            "SIGNATURE_PRESENT",
            "SIGNATURE_INTACT",
            "COVERS_WHOLE_FILE",
            "SIGNER_TRUSTED",
            "CREDENTIAL",
            "RECORD",
            "RECORD_HASH",
            "ISSUER",
            "STATUS",
            "LOG_CHECKPOINT",
            "LOG_INCLUSION",
            "LOG_CONSISTENCY");
    assertThat(r.checks()).allMatch(VerificationCheck::passed);
    assertThat(r.record().orElseThrow()).isEqualTo(issued.record());

    // The same credential inside a VC 2.0 envelope (.json).
    Path envelope = dir.resolve("badge.json");
    Files.writeString(
        envelope,
        "{\"@context\":\"https://www.w3.org/ns/credentials/v2\","
            + "\"type\":\"EnvelopedVerifiableCredential\",\"id\":\"data:application/vc+jwt,"
            + jws(badges().get(0))
            + "\"}");
    assertThat(verifier.verify(envelope).verdict()).isEqualTo(VerificationResult.Verdict.VALID);
  }

  @Test
  void aChangedCredentialAnUntrustedSignerAndARevocationAreCaught() throws Exception {
    String jws = jws(badges().get(1));
    String[] parts = jws.split("\\.");
    OpenBadgeVerifier verifier =
        new OpenBadgeVerifier(new CertificateService(ws).verificationOptions());

    String forged = part(jws, 1).toString().replace("\"creditsEarned\":", "\"creditsEarned\":1");
    String tampered =
        parts[0]
            + "."
            + Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(forged.getBytes(StandardCharsets.UTF_8))
            + "."
            + parts[2];
    VerificationResult changed =
        verifier.verify("t.jwt", tampered.getBytes(StandardCharsets.US_ASCII));
    assertThat(changed.verdict()).isEqualTo(VerificationResult.Verdict.INVALID);
    assertThat(changed.check("SIGNATURE_INTACT").orElseThrow().failed()).isTrue();

    TrustAnchors otherIssuer =
        TrustAnchors.of(
            IssuerKeys.generate(
                    "Annan kommun",
                    KeyAlgorithm.EC_P256,
                    ws.store().clock().instant().minusSeconds(3600))
                .certificate());
    VerificationResult untrusted =
        new OpenBadgeVerifier(VerificationOptions.builder(otherIssuer).build())
            .verify("u.jwt", jws.getBytes(StandardCharsets.US_ASCII));
    assertThat(untrusted.verdict()).isEqualTo(VerificationResult.Verdict.INVALID);
    assertThat(untrusted.check("SIGNER_TRUSTED").orElseThrow().failed()).isTrue();

    assertThat(
            verifier.verify("n.jwt", "not a credential".getBytes(StandardCharsets.UTF_8)).verdict())
        .isEqualTo(VerificationResult.Verdict.NOT_A_CERTIFICATE);
  }

  @Test
  void anRsaIssuerSignsRs256AndTheJdkAgrees() throws Exception {
    IssuerKey rsa =
        IssuerKeys.generate(
            "Testkommunen", KeyAlgorithm.RSA_3072, ws.store().clock().instant().minusSeconds(3600));
    CertificateRecord record = issued.record();
    CertificateRecord rsaRecord =
        CertificateRecord.builder()
            .language(record.language())
            .holder(record.holder())
            .issuer(
                org.ocnkit.certificate.Issuer.of("Testkommunen", rsa.certificate().getEncoded()))
            .serial(1)
            .programme(record.programme())
            .units(record.units().subList(0, 1))
            .issueDate(record.issueDate())
            .build();
    OpenBadgeCredential badge =
        OpenBadgeCredentials.sign(
                new CredentialSource(
                    rsaRecord,
                    java.util.Map.of(),
                    ws.store().clock().instant(),
                    "https://intyg.example.se/verify",
                    Optional.empty()),
                rsa)
            .get(0);
    String[] parts = badge.compactJws().split("\\.");
    assertThat(part(badge.compactJws(), 0).path("alg").asText()).isEqualTo("RS256");
    Signature rs = Signature.getInstance("SHA256withRSA");
    rs.initVerify(rsa.certificate().getPublicKey());
    rs.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
    assertThat(rs.verify(Base64.getUrlDecoder().decode(parts[2]))).isTrue();
    assertThat(
            PublishedSchemas.violations(
                PublishedSchemas.openBadges(), part(badge.compactJws(), 1).toString()))
        .isEmpty();
    VerificationResult r =
        new OpenBadgeVerifier(
                VerificationOptions.builder(TrustAnchors.of(rsa.certificate())).build())
            .verify("r.jwt", badge.bytes());
    assertThat(r.check("SIGNATURE_INTACT").orElseThrow().passed()).as(r.toString()).isTrue();
    assertThat(r.check("SIGNER_TRUSTED").orElseThrow().passed()).isTrue();
    assertThat(r.check("RECORD_HASH").orElseThrow().passed()).isTrue();
    assertThat(r.check("ISSUER").orElseThrow().passed()).as(r.toString()).isTrue();
    // Without a log proof the credential cannot be logged: the log check fails, as for a PDF.
    assertThat(r.check("LOG_CHECKPOINT").orElseThrow().failed()).isTrue();
  }

  @Test
  void withAnHttpsBaseTheIssuerAndStatusAreUrlsThatTheServiceAndSitePublish() throws Exception {
    String base = "https://intyg.example.se/verify/";
    AchievedUnit unit = issued.record().units().get(0);
    CredentialSource source =
        new CredentialSource(
            issued.record(),
            java.util.Map.of(),
            ws.store().clock().instant(),
            base,
            Optional.empty());
    com.fasterxml.jackson.databind.node.ObjectNode vc =
        OpenBadgeCredentials.credential(source, unit);
    assertThat(vc.path("issuer").path("id").asText())
        .isEqualTo("https://intyg.example.se/verify/issuer.json");
    assertThat(vc.path("credentialStatus").path("id").asText())
        .isEqualTo("https://intyg.example.se/verify/" + issued.record().code() + "/status.json");
    assertThat(PublishedSchemas.violations(PublishedSchemas.openBadges(), vc.toString())).isEmpty();

    // The published profile is a valid OB 3.0 Profile: put in the issuer's place, the
    // credential still passes 1EdTech's schema, and its id is the one the credential names.
    IssuerProfile profile =
        new IssuerProfile(
            base, issued.record().issuer().organisation(), keys.issuer().certificate());
    com.fasterxml.jackson.databind.node.ObjectNode published = profile.profile();
    assertThat(published.path("id").asText()).isEqualTo(vc.path("issuer").path("id").asText());
    assertThat(published.path("jwks_uri").asText())
        .isEqualTo("https://intyg.example.se/verify/.well-known/jwks.json");
    vc.set("issuer", published);
    assertThat(PublishedSchemas.violations(PublishedSchemas.openBadges(), vc.toString())).isEmpty();

    // Without a configured https base (the shipped placeholder, or plain http) the URN stays.
    String urn = "urn:ocnkit:issuer:sha256:" + issued.record().issuer().certificateSha256();
    assertThat(
            IssuerProfile.id(
                org.ocnkit.certificate.CertificateSettings.DEFAULT_BASE_URL,
                issued.record().issuer().certificateSha256()))
        .isEqualTo(urn);
    assertThat(
            IssuerProfile.id("http://localhost:8080", issued.record().issuer().certificateSha256()))
        .isEqualTo(urn);
  }

  @Test
  void aRevokedCertificatesCredentialIsReportedRevoked() throws Exception {
    new CertificateService(ws).revoke("a", toRevoke.code(), "issued in error");
    Attachment badge =
        PdfContents.read("r", Files.readAllBytes(toRevoke.file())).attachments().stream()
            .filter(a -> a.name().endsWith(".jwt"))
            .findFirst()
            .orElseThrow();
    VerificationResult r =
        new OpenBadgeVerifier(new CertificateService(ws).verificationOptions())
            .verify("r.jwt", badge.content());
    assertThat(r.verdict()).as(r.toString()).isEqualTo(VerificationResult.Verdict.REVOKED);
    assertThat(r.revocation().orElseThrow().reason()).isEqualTo("issued in error");
    assertThat(r.check("STATUS").orElseThrow().reason().key()).isEqualTo("verify.status.revoked");
  }

  /** JOSE's fixed-size R || S as the DER SEQUENCE of two INTEGERs the JDK expects. */
  static byte[] der(byte[] rs) {
    int half = rs.length / 2;
    byte[] r = new BigInteger(1, Arrays.copyOfRange(rs, 0, half)).toByteArray();
    byte[] s = new BigInteger(1, Arrays.copyOfRange(rs, half, rs.length)).toByteArray();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(0x30);
    out.write(2 + r.length + 2 + s.length);
    out.write(0x02);
    out.write(r.length);
    out.writeBytes(r);
    out.write(0x02);
    out.write(s.length);
    out.writeBytes(s);
    return out.toByteArray();
  }
}
