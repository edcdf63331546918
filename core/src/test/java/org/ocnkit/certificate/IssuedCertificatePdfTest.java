package org.ocnkit.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocnkit.certificate.internal.testing.SampleRequests;
import org.ocnkit.certificate.signature.LoopbackTsa;
import org.ocnkit.certificate.signature.PadesLevel;
import org.ocnkit.certificate.signature.RevocationList;
import org.ocnkit.pdf.AfRelationship;
import org.ocnkit.pdf.PdfContents;
import org.ocnkit.pdf.internal.testing.VeraPdf;
import org.ocnkit.store.Workspace;
import org.ocnkit.store.testing.Engine;
import org.ocnkit.store.testing.TestClock;
import org.ocnkit.store.testing.TestWorkspaces;

/** The issued, signed PDF itself: archival format, scripts, long unit lists, offline checks. */
class IssuedCertificatePdfTest {
  private static final List<String> NAMES =
      List.of("Åsa Öberg-Ängström", "Łukasz Żółkiewski", "Ağrı Işıl Çağlar", "Nguyễn Thị Hương");

  @TempDir static Path dir;

  private static Workspace ws;
  private static IssuedBatch batch;

  @BeforeAll
  static void issue() {
    ws = TestWorkspaces.create(Engine.SQLITE, dir.resolve("ws"));
    IssuingKeys keys = SampleRequests.createKeys(ws);
    List<CertificateRequest> requests = new java.util.ArrayList<>();
    NAMES.forEach(n -> requests.add(SampleRequests.request(n, 3)));
    requests.add(SampleRequests.request("Anna Berg", 30));
    requests.add(SampleRequests.request("Karin Ek", 2));
    requests.add(SampleRequests.request("Olle Holm", 2));
    batch = CertificateIssuer.of(ws, keys).issue("a", requests);
  }

  @AfterAll
  static void close() {
    ws.close();
  }

  private static byte[] pdf(int i) throws java.io.IOException {
    return Files.readAllBytes(batch.certificates().get(i).file());
  }

  @Test
  void theSignedCertificateIsStillPdfA3b() throws Exception {
    assertThat(VeraPdf.pdfa3bFailures(pdf(0))).isEmpty();
    PdfContents contents = PdfContents.read("c", pdf(0));
    List<String> expected =
        new java.util.ArrayList<>(
            List.of(
                CertificateRecord.FILE_NAME,
                CertificateIssuer.LOG_PROOF_FILE,
                org.ocnkit.certificate.credential.EuropeanCredentials.FILE_NAME));
    batch
        .certificates()
        .get(0)
        .record()
        .units()
        .forEach(u -> expected.add("openbadge-" + u.ref().code() + ".jwt"));
    assertThat(contents.associatedFiles()).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(contents.attachment(CertificateIssuer.LOG_PROOF_FILE).orElseThrow().relationship())
        .isEqualTo(AfRelationship.SUPPLEMENT);
  }

  @Test
  void holderNamesInFourScriptsSurviveInTheIssuedPdf() throws Exception {
    CertificateVerifier verifier = new CertificateVerifier(VerificationOptions.forWorkspace(ws));
    for (int i = 0; i < NAMES.size(); i++) {
      byte[] pdf = pdf(i);
      assertThat(PdfContents.read("c", pdf).text().lines()).contains(NAMES.get(i));
      VerificationResult result = verifier.verify("c", pdf);
      assertThat(result.valid()).as(result.toString()).isTrue();
      assertThat(result.record().orElseThrow().holder().name()).isEqualTo(NAMES.get(i));
    }
  }

  @Test
  void thirtyUnitsContinueOnFurtherPagesAndVerify() throws Exception {
    byte[] pdf = pdf(NAMES.size());
    PdfContents contents = PdfContents.read("c", pdf);
    assertThat(contents.pageCount()).isGreaterThanOrEqualTo(2);
    IssuedCertificate thirty = batch.certificates().get(NAMES.size());
    for (AchievedUnit unit : thirty.record().units()) {
      assertThat(contents.text()).contains(unit.ref().code().value());
    }
    assertThat(VeraPdf.pdfa3bFailures(pdf)).isEmpty();
    VerificationResult result =
        new CertificateVerifier(VerificationOptions.forWorkspace(ws)).verify("c", pdf);
    assertThat(result.valid()).as(result.toString()).isTrue();
  }

  @Test
  void aRevocationListIsCheckedOfflineWithoutTheWorkspace() throws Exception {
    IssuedCertificate revoked = batch.certificates().get(NAMES.size() + 1);
    IssuedCertificate valid = batch.certificates().get(NAMES.size() + 2);
    Path trust = dir.resolve("issuer.pem");
    Path list = dir.resolve("revocations.p7m");
    IssuerKeyFiles.of(ws).exportCertificate(trust);
    CertificateRegister register = new CertificateRegister(ws.store());
    register.revoke("a", revoked.code(), "issued to the wrong person");
    IssuingKeys keys = IssuerKeyFiles.of(ws).load(SampleRequests.PASSWORD.toCharArray());
    RevocationList written = register.writeRevocationList(keys.issuer(), list);
    assertThat(written.entries())
        .singleElement()
        .satisfies(e -> assertThat(e.certificateCode()).isEqualTo(revoked.code().value()));

    CertificateVerifier offline =
        new CertificateVerifier(
            new VerificationSources(
                    Optional.empty(),
                    List.of(trust),
                    List.of(),
                    List.of(list),
                    Optional.empty(),
                    Optional.empty(),
                    java.util.Set.of(),
                    ws.store().clock())
                .options());
    VerificationResult r = offline.verify(revoked.file());
    assertThat(r.verdict()).as(r.toString()).isEqualTo(VerificationResult.Verdict.REVOKED);
    assertThat(r.revocation().orElseThrow().reason()).isEqualTo("issued to the wrong person");
    assertThat(r.check("STATUS").orElseThrow().reason().key()).isEqualTo("verify.status.listed");
    assertThat(r.check("LOG_CHECKPOINT").orElseThrow().outcome())
        .isEqualTo(VerificationCheck.Outcome.NOT_CHECKED);
    VerificationResult v = offline.verify(valid.file());
    // Strict by default: without the log, valid only as far as checked.
    assertThat(v.verdict()).isEqualTo(VerificationResult.Verdict.VALID_AS_FAR_AS_CHECKED);
    assertThat(v.unchecked())
        .extracting(VerificationCheck::name)
        .containsExactly("LOG_CHECKPOINT", "LOG_INCLUSION", "LOG_CONSISTENCY");
    assertThat(v.check("STATUS").orElseThrow().reason().key()).isEqualTo("verify.status.notListed");
    assertThat(v.notChecked())
        .extracting(VerificationCheck::name)
        .containsExactly("LOG_CHECKPOINT", "LOG_INCLUSION", "LOG_CONSISTENCY");
  }

  @Test
  void popplersPdfsigFindsTheSignatureValid() throws Exception {
    assumeTrue(IssuerKeyFilesTest.onPath("pdfsig"), "poppler's pdfsig is not on the PATH");
    Process process =
        new ProcessBuilder("pdfsig", batch.certificates().get(0).file().toString())
            .redirectErrorStream(true)
            .start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    process.waitFor();
    assertThat(out).contains("ETSI.CAdES.detached", "Signature is Valid", "Total document signed");
  }

  @Test
  void aTimestampAuthorityMakesPadesBtAndItsTimeCountsWhenTrusted() throws Exception {
    Instant now = Instant.parse("2026-11-23T10:15:30Z");
    try (Workspace bt =
            TestWorkspaces.create(
                Engine.SQLITE,
                dir.resolve("bt"),
                new TestClock(now, ZoneId.of("Europe/Stockholm")));
        LoopbackTsa tsa = LoopbackTsa.start(now)) {
      IssuingKeys keys = SampleRequests.createKeys(bt);
      IssuedCertificate c =
          CertificateIssuer.of(bt, keys)
              .issue("a", List.of(SampleRequests.request("Anna Berg", 2)), IssueProgress.NONE)
              .certificates()
              .get(0);
      IssuedCertificate timestamped =
          new CertificateIssuer(
                  bt, keys, IssueOptions.forWorkspace(bt).withTimestampAuthority(tsa.url()))
              .issue("a", List.of(SampleRequests.request("Eva Forsberg", 2)))
              .certificates()
              .get(0);

      VerificationResult plain =
          new CertificateVerifier(VerificationOptions.forWorkspace(bt)).verify(c.file());
      assertThat(plain.signature().orElseThrow().level()).isEqualTo(PadesLevel.B_B);
      assertThat(plain.check("TIMESTAMP")).isEmpty();

      VerificationResult untrusted =
          new CertificateVerifier(VerificationOptions.forWorkspace(bt)).verify(timestamped.file());
      assertThat(untrusted.signature().orElseThrow().level()).isEqualTo(PadesLevel.B_T);
      assertThat(untrusted.verdict()).isEqualTo(VerificationResult.Verdict.VALID);
      assertThat(untrusted.check("TIMESTAMP").orElseThrow().outcome())
          .isEqualTo(VerificationCheck.Outcome.NOT_CHECKED);

      Path trust = dir.resolve("bt-issuer.pem");
      Path tsaPem = dir.resolve("tsa.pem");
      IssuerKeyFiles.of(bt).exportCertificate(trust);
      Files.writeString(
          tsaPem, org.ocnkit.certificate.signature.IssuerKeys.toPem(tsa.certificate()));
      VerificationResult trusted =
          new CertificateVerifier(
                  new VerificationSources(
                          Optional.of(bt),
                          List.of(trust),
                          List.of(tsaPem),
                          Optional.empty(),
                          Optional.empty(),
                          Optional.empty())
                      .options())
              .verify(timestamped.file());
      assertThat(trusted.verdict())
          .as(trusted.toString())
          .isEqualTo(VerificationResult.Verdict.VALID);
      assertThat(trusted.check("TIMESTAMP").orElseThrow().passed()).isTrue();
      assertThat(trusted.checks()).allSatisfy(check -> assertThat(check.passed()).isTrue());
    }
  }
}
