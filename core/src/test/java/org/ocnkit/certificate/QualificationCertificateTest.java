package org.ocnkit.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocnkit.RefusedException;
import org.ocnkit.certificate.internal.testing.SampleRequests;
import org.ocnkit.pdf.PdfContents;
import org.ocnkit.pdf.internal.testing.VeraPdf;
import org.ocnkit.qualification.QualificationHash;
import org.ocnkit.qualification.QualificationRef;
import org.ocnkit.store.Workspace;
import org.ocnkit.store.testing.Engine;
import org.ocnkit.store.testing.TestWorkspaces;
import org.ocnkit.unit.EqfLevel;
import org.ocnkit.unit.UnitCode;

/**
 * A qualification certificate (issue 21) through the one issuing pipeline: rendered, signed,
 * logged, registered; read back, verified, PDF/A-3b; and flagged for review when a unit certificate
 * it rests on is revoked.
 */
class QualificationCertificateTest {
  @TempDir Path dir;

  private static final QualificationRef QUALIFICATION = QualificationRef.of("KVAL-OMSORG-INTRO", 1);

  @Test
  void aQualificationCertificateRestsOnUnitCertificatesAndIsFlaggedWhenOneIsRevoked()
      throws Exception {
    try (Workspace ws = TestWorkspaces.create(Engine.SQLITE, dir.resolve("ws"))) {
      IssuingKeys keys = SampleRequests.createKeys(ws);
      CertificateIssuer issuer = CertificateIssuer.of(ws, keys);
      List<AchievedUnit> units = SampleRequests.builder("Fatima Haddad", 2).build().units();
      // One unit certificate per unit, as two enrolments signed off at different times give.
      Map<UnitCode, CertificateCode> unitCertificates = new LinkedHashMap<>();
      for (int i = 0; i < units.size(); i++) {
        IssuedCertificate unit =
            issuer
                .issue(
                    "Maria Lind",
                    List.of(
                        CertificateRequest.builder()
                            .holder("Fatima Haddad", java.time.LocalDate.of(1991, 4, 12))
                            .programme("Lärlingsprogrammet Fyra Arenor 2025")
                            .unit(units.get(i))
                            .reference("apprentice", "A3")
                            .reference("enrolment", "E" + (4 + i))
                            .build()))
                .certificates()
                .get(0);
        unitCertificates.put(units.get(i).ref().code(), unit.code());
      }
      CertificateRequest.Builder request =
          SampleRequests.builder("Fatima Haddad", 2)
              .qualification(
                  new QualificationAward(
                      QUALIFICATION,
                      new QualificationHash("ab".repeat(32)),
                      "Introduktion till arbete i äldreomsorgen",
                      Optional.of("Introduction to work in elderly care"),
                      new EqfLevel(2),
                      "PANEL-Q-2025-01-13-1",
                      unitCertificates))
              .reference("apprentice", "A3")
              .reference(QualificationCertification.REF_QUALIFICATION, QUALIFICATION.toString());
      unitCertificates
          .values()
          .forEach(
              c -> request.reference(QualificationCertification.REF_UNIT_CERTIFICATE, c.value()));
      IssuedCertificate awarded =
          issuer
              .issue(
                  "Maria Lind",
                  List.of(request.build()),
                  IssueProgress.NONE,
                  QualificationCertification.STILL_GROUNDED)
              .certificates()
              .get(0);

      // The PDF read back: archival, signed, the record embedded, the unit certificates shown.
      byte[] pdf = Files.readAllBytes(awarded.file());
      assertThat(VeraPdf.pdfa3bFailures(pdf)).isEmpty();
      PdfContents contents = PdfContents.read("q", pdf);
      CertificateRecord embedded =
          CertificateRecord.read(
              "certificate.xml",
              contents.attachment(CertificateRecord.FILE_NAME).orElseThrow().content());
      assertThat(embedded).isEqualTo(awarded.record());
      assertThat(embedded.kind()).isEqualTo(CertificateRecord.Kind.QUALIFICATION);
      assertThat(embedded.qualification().orElseThrow().unitCertificates())
          .isEqualTo(unitCertificates);
      String text = contents.text().replaceAll("\\s+", " ");
      assertThat(text)
          .contains(
              "Utbildningsbevis",
              "Introduktion till arbete i äldreomsorgen",
              "KVAL-OMSORG-INTRO@1");
      // A code may break across lines in its narrow column: compare without whitespace.
      String compact = text.replace(" ", "");
      unitCertificates.values().forEach(c -> assertThat(compact).contains(c.value()));

      CertificateVerifier verifier = new CertificateVerifier(VerificationOptions.forWorkspace(ws));
      VerificationResult valid = verifier.verify(awarded.file());
      assertThat(valid.verdict()).as(valid.toString()).isEqualTo(VerificationResult.Verdict.VALID);
      assertThat(valid.checks()).allSatisfy(c -> assertThat(c.passed()).isTrue());
      Optional<RegisterEntry> held =
          ws.store()
              .read(
                  tx ->
                      QualificationCertification.held(
                          tx, org.ocnkit.learner.ApprenticeId.parse("A3"), QUALIFICATION));
      assertThat(held.map(RegisterEntry::code)).contains(awarded.code());

      // Revoking a unit certificate it rests on flags it for review, in the same transaction.
      CertificateCode cause = unitCertificates.values().iterator().next();
      CertificateRegister register = new CertificateRegister(ws.store());
      register.revoke("Maria Lind", cause, "utfärdat i fel namn / issued in the wrong name");
      RegisterEntry flagged = register.require(awarded.code());
      assertThat(flagged.status()).isEqualTo(RegisterEntry.Status.UNDER_REVIEW);
      assertThat(flagged.review().orElseThrow().cause()).isEqualTo(cause);
      assertThat(
              register
                  .require(unitCertificates.values().stream().skip(1).findFirst().orElseThrow())
                  .status())
          .isEqualTo(RegisterEntry.Status.VALID);
      assertThat(ws.verifyAudit().intact()).isTrue();

      VerificationResult review = verifier.verify(awarded.file());
      assertThat(review.verdict())
          .as(review.toString())
          .isEqualTo(VerificationResult.Verdict.UNDER_REVIEW);
      assertThat(review.valid()).isFalse();
      assertThat(review.check("STATUS").orElseThrow().reason().key())
          .isEqualTo("verify.status.underReview");
      assertThat(review.check("STATUS").orElseThrow().reason().format(java.util.Locale.ENGLISH))
          .contains(cause.value(), "UNDER REVIEW");
      assertThat(review.failures()).extracting(VerificationCheck::name).containsExactly("STATUS");

      // The same qualification cannot be certified on a revoked unit certificate.
      assertThatThrownBy(
              () ->
                  issuer.issue(
                      "Maria Lind",
                      List.of(request.build()),
                      IssueProgress.NONE,
                      QualificationCertification.STILL_GROUNDED))
          .isInstanceOf(RefusedException.class)
          .hasMessageContaining(cause.value());

      // A revocation beats the review flag.
      register.revoke("Maria Lind", awarded.code(), "omprövat / reviewed");
      assertThat(verifier.verify(awarded.file()).verdict())
          .isEqualTo(VerificationResult.Verdict.REVOKED);
      assertThat(register.require(awarded.code()).status()).isEqualTo(RegisterEntry.Status.REVOKED);
    }
  }

  @Test
  void aCertificateOfUnitsWithoutFlagsStillConcludesAsBefore() {
    List<VerificationCheck> checks =
        List.of(
            VerificationCheck.failed(
                "STATUS",
                org.ocnkit.Message.of(CertificateVerifier.class, "verify.status.unknown")));
    VerificationOptions.Policy strict =
        new VerificationOptions.Policy(
            java.util.Set.of(), java.time.Instant.parse("2026-01-01T00:00:00Z"));
    assertThat(VerificationResult.conclude(checks, false, strict))
        .isEqualTo(VerificationResult.Verdict.INVALID);
    assertThat(VerificationResult.conclude(checks, true, strict))
        .isEqualTo(VerificationResult.Verdict.REVOKED);
    assertThat(VerificationResult.conclude(checks, false, true, strict))
        .isEqualTo(VerificationResult.Verdict.UNDER_REVIEW);
    assertThat(VerificationResult.conclude(checks, true, true, strict))
        .isEqualTo(VerificationResult.Verdict.REVOKED);
  }

  @Test
  void popplersPdfsigFindsTheQualificationCertificateSignatureValid() throws Exception {
    assumeTrue(IssuerKeyFilesTest.onPath("pdfsig"), "poppler's pdfsig is not on the PATH");
    try (Workspace ws = TestWorkspaces.create(Engine.SQLITE, dir.resolve("p"))) {
      IssuingKeys keys = SampleRequests.createKeys(ws);
      CertificateRecord sample =
          org.ocnkit.certificate.internal.testing.SampleRecords.qualificationRecord(
              "Fatima Haddad", 2);
      IssuedCertificate awarded =
          CertificateIssuer.of(ws, keys)
              .issue(
                  "a",
                  List.of(
                      SampleRequests.builder("Fatima Haddad", 2)
                          .qualification(sample.qualification().orElseThrow())
                          .build()))
              .certificates()
              .get(0);
      Process process =
          new ProcessBuilder("pdfsig", awarded.file().toString()).redirectErrorStream(true).start();
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      process.waitFor();
      assertThat(out)
          .contains("ETSI.CAdES.detached", "Signature is Valid", "Total document signed");
    }
  }
}
