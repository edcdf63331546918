package org.ocnkit.certificate.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Calendar;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.junit.jupiter.api.Test;
import org.ocnkit.certificate.signature.internal.CmsSigning;

/** Each way a signed certificate PDF can be tampered with is reported by the right check. */
class PdfSignatureVerifierTest {
  private static final IssuerKey KEY = TestKeys.issuer(KeyAlgorithm.EC_P256);
  private static final TrustAnchors TRUST = TrustAnchors.of(KEY.certificate());
  private static final byte[] SIGNED =
      PdfSigner.sign(
          TestPdfs.certificateLike(), KEY, SigningOptions.builder(TestKeys.SIGNING_TIME).build());

  @Test
  void theUntouchedFilePasses() {
    PdfSignatureReport report = PdfSignatureVerifier.verify(SIGNED, TRUST);
    assertThat(report.verified()).as(report.toString()).isTrue();
    assertThat(report.failures()).isEmpty();
  }

  @Test
  void aByteChangedInThePageContentBreaksTheSignature() {
    byte[] tampered = SIGNED.clone();
    int at = TestPdfs.indexOf(tampered, TestPdfs.MARKER);
    assertThat(at).isPositive().isLessThan(SignedPdfs.parse(SIGNED).byteRange()[1]);
    tampered[at + 2] = '4'; // "123 456 ..." becomes "124 456 ...": the rectangle moves

    PdfSignatureReport report = PdfSignatureVerifier.verify(tampered, TRUST);

    assertThat(failedKeys(report)).containsExactly("intact.digestMismatch");
    assertThat(reason(report, SignatureCheck.SIGNATURE_INTACT))
        .contains("the signed bytes have been changed");
    assertThat(passed(report, SignatureCheck.COVERS_WHOLE_FILE)).isTrue();
  }

  @Test
  void aByteChangedInTheSignatureValueBreaksTheSignature() {
    int[] range = SignedPdfs.parse(SIGNED).byteRange();
    int cmsLength = CmsSigning.der(SignedPdfs.parse(SIGNED).cms()).length;
    byte[] tampered = SIGNED.clone();
    // Inside the last bytes of the CMS: the signature value of its one SignerInfo.
    int at = range[1] + 1 + 2 * (cmsLength - 8);
    tampered[at] = (byte) (tampered[at] == '0' ? '1' : '0');

    PdfSignatureReport report = PdfSignatureVerifier.verify(tampered, TRUST);

    assertThat(passed(report, SignatureCheck.SIGNATURE_INTACT)).isFalse();
    assertThat(key(report, SignatureCheck.SIGNATURE_INTACT))
        .isIn("intact.signatureInvalid", "intact.notCms");
    assertThat(passed(report, SignatureCheck.COVERS_WHOLE_FILE)).isTrue();
    assertThat(passed(report, SignatureCheck.SIGNATURE_PRESENT)).isTrue();
  }

  @Test
  void bytesHiddenInTheZeroPaddingAfterTheCmsAreCaught() {
    int[] range = SignedPdfs.parse(SIGNED).byteRange();
    byte[] tampered = SIGNED.clone();
    int at = range[2] - 10; // near the end of the hex string, inside the zero padding
    assertThat(tampered[at]).isEqualTo((byte) '0');
    tampered[at] = 'f';

    PdfSignatureReport report = PdfSignatureVerifier.verify(tampered, TRUST);

    assertThat(failedKeys(report)).containsExactly("intact.trailingBytes", "notChecked.noSigner");
    assertThat(passed(report, SignatureCheck.COVERS_WHOLE_FILE)).isTrue();
  }

  @Test
  void bytesAppendedAfterTheSignatureAreReported() {
    byte[] tampered = Arrays.copyOf(SIGNED, SIGNED.length + 12);
    System.arraycopy(
        "\n% appended\n".getBytes(StandardCharsets.US_ASCII), 0, tampered, SIGNED.length, 12);

    PdfSignatureReport report = PdfSignatureVerifier.verify(tampered, TRUST);

    assertThat(failedKeys(report)).containsExactly("covers.appended");
    assertThat(reason(report, SignatureCheck.COVERS_WHOLE_FILE))
        .isEqualTo("12 bytes were appended after the signed part of the file");
    assertThat(passed(report, SignatureCheck.SIGNATURE_INTACT)).isTrue();
  }

  @Test
  void anIncrementalUpdateThatChangesThePageAfterSigningIsReported() throws Exception {
    byte[] updated;
    try (PDDocument document = Loader.loadPDF(SIGNED)) {
      PDPage page = document.getPage(0);
      PDStream content = new PDStream(document);
      try (OutputStream out = content.createOutputStream()) {
        out.write("0 0 1 rg 10 10 300 300 re f\n".getBytes(StandardCharsets.US_ASCII));
      }
      page.setContents(content);
      page.getCOSObject().setNeedToBeUpdated(true);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.saveIncremental(out, Set.of(page.getCOSObject()));
      updated = out.toByteArray();
    }
    assertThat(Arrays.copyOf(updated, SIGNED.length)).isEqualTo(SIGNED);
    try (PDDocument document = Loader.loadPDF(updated);
        InputStream content = document.getPage(0).getContents()) {
      assertThat(new String(content.readAllBytes(), StandardCharsets.US_ASCII))
          .as("a viewer now shows the new page")
          .contains("300 300 re f")
          .doesNotContain(TestPdfs.MARKER);
    }

    PdfSignatureReport report = PdfSignatureVerifier.verify(updated, TRUST);

    assertThat(failedKeys(report)).containsExactly("covers.incrementalUpdate");
    assertThat(reason(report, SignatureCheck.COVERS_WHOLE_FILE))
        .startsWith("the file was changed after signing");
    assertThat(passed(report, SignatureCheck.SIGNATURE_INTACT)).isTrue();
  }

  @Test
  void aSignatureByAKeyOutsideTheTrustAnchorsIsNotTrusted() {
    TrustAnchors others = TrustAnchors.of(TestKeys.issuer(KeyAlgorithm.RSA_3072).certificate());

    PdfSignatureReport report = PdfSignatureVerifier.verify(SIGNED, others);

    assertThat(failedKeys(report)).containsExactly("trusted.notTrusted");
    assertThat(reason(report, SignatureCheck.SIGNER_TRUSTED))
        .contains("CN=Lunds kommun")
        .contains(KEY.describe().fingerprintForDisplay());
    assertThat(passed(report, SignatureCheck.SIGNATURE_INTACT)).isTrue();
  }

  @Test
  void aSelfSignedCertificateWithTheSameNameAsTheTrustedIssuerIsNotTrusted() {
    IssuerKey impostor =
        IssuerKeys.generate("Lunds kommun", KeyAlgorithm.EC_P256, TestKeys.NOT_BEFORE);
    byte[] forged =
        PdfSigner.sign(
            TestPdfs.certificateLike(),
            impostor,
            SigningOptions.builder(TestKeys.SIGNING_TIME).build());

    PdfSignatureReport report = PdfSignatureVerifier.verify(forged, TRUST);

    assertThat(failedKeys(report)).containsExactly("trusted.notTrusted");
  }

  @Test
  void aSecondSignatureAddedAfterOursIsReported() {
    KeyPair otherKeys = TestKeys.ecKeyPair("secp256r1");
    X509Certificate other =
        TestKeys.certificate(
            "C=SE,CN=Someone else",
            otherKeys,
            "C=SE,CN=Someone else",
            otherKeys,
            TestKeys.Kind.SIGNER,
            TestKeys.NOT_BEFORE,
            TestKeys.SIGNING_TIME.plusSeconds(86_400 * 365));
    byte[] twice =
        signWithPdfBox(
            SIGNED,
            PDSignature.SUBFILTER_ETSI_CADES_DETACHED,
            (content, unused) ->
                CmsSigning.der(
                    CmsSigning.signDetached(content, otherKeys.getPrivate(), List.of(other))));

    PdfSignatureReport report =
        PdfSignatureVerifier.verify(twice, TrustAnchors.of(List.of(KEY.certificate(), other)));

    assertThat(failedKeys(report)).containsExactly("covers.severalSignatures");
    assertThat(reason(report, SignatureCheck.SIGNATURE_PRESENT)).startsWith("2 signatures");
  }

  @Test
  void aPlainPdfBoxStyleSignatureIsNotPadesAndLacksTheCertificateBinding() {
    // What PDFBox's own example and Bouncy Castle's defaults produce: adbe.pkcs7.detached, a
    // signing-time attribute, no signing-certificate-v2 (DESIGN §3, pitfalls).
    byte[] signed =
        signWithPdfBox(
            TestPdfs.certificateLike(),
            PDSignature.SUBFILTER_ADBE_PKCS7_DETACHED,
            (content, unused) -> {
              try {
                CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
                generator.addSignerInfoGenerator(
                    new JcaSignerInfoGeneratorBuilder(
                            new JcaDigestCalculatorProviderBuilder().build())
                        .build(
                            new JcaContentSignerBuilder("SHA256withECDSA")
                                .build(KEY.insecurePrivateKey()),
                            KEY.certificate()));
                generator.addCertificates(new JcaCertStore(List.of(KEY.certificate())));
                return generator.generate(new CMSProcessableByteArray(content), false).getEncoded();
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });

    PdfSignatureReport report = PdfSignatureVerifier.verify(signed, TRUST);

    assertThat(report.signature().orElseThrow().subFilter()).isEqualTo("adbe.pkcs7.detached");
    assertThat(report.signature().orElseThrow().level()).isEqualTo(PadesLevel.NOT_PADES);
    assertThat(failedKeys(report)).containsExactly("intact.noSigningCertificateV2");
  }

  private static byte[] signedClaiming(String claimed) {
    Calendar time = Calendar.getInstance(java.util.TimeZone.getTimeZone("UTC"));
    time.setTimeInMillis(java.time.Instant.parse(claimed).toEpochMilli());
    return signWithPdfBox(
        TestPdfs.certificateLike(),
        PDSignature.SUBFILTER_ETSI_CADES_DETACHED,
        time,
        (content, unused) ->
            CmsSigning.der(
                CmsSigning.signDetached(
                    content, KEY.insecurePrivateKey(), KEY.certificateChain())));
  }

  @Test
  void aClaimedSigningTimeInTheFutureFailsNamingItself() {
    // The signer chose a time inside its certificate's validity, but after the verifier's clock:
    // checked at the claimed time alone this passed.
    byte[] signed = signedClaiming("2030-05-06T07:08:09Z");

    PdfSignatureReport report =
        PdfSignatureVerifier.verify(signed, TRUST, java.time.Instant.parse("2027-01-01T00:00:00Z"));

    assertThat(failedKeys(report)).containsExactly("trusted.claimedInFuture");
    assertThat(reason(report, SignatureCheck.SIGNER_TRUSTED))
        .contains("2030-05-06T07:08:09Z")
        .contains("2027-01-01T00:00:00Z");
    assertThat(report.signature().orElseThrow().level()).isEqualTo(PadesLevel.B_B);
  }

  @Test
  void aBbSignerIsCheckedAtTheVerifiersClockAndAtTheClaimedTime() {
    byte[] signed = signedClaiming("2030-05-06T07:08:09Z");
    // Valid at the claimed time, but the certificate ended before the verifier's clock.
    PdfSignatureReport expired =
        PdfSignatureVerifier.verify(signed, TRUST, java.time.Instant.parse("2040-01-01T00:00:00Z"));
    assertThat(failedKeys(expired)).containsExactly("trusted.notValidNow");
    assertThat(reason(expired, SignatureCheck.SIGNER_TRUSTED))
        .contains("2040-01-01T00:00:00Z")
        .contains("2036-01-01T00:00:00Z");

    // Valid now, but not at the time the signature claims.
    byte[] early = signedClaiming("2025-06-01T00:00:00Z");
    PdfSignatureReport beforeValidity =
        PdfSignatureVerifier.verify(early, TRUST, java.time.Instant.parse("2027-01-01T00:00:00Z"));
    assertThat(failedKeys(beforeValidity)).containsExactly("trusted.notValidAtClaimed");

    PdfSignatureReport ok =
        PdfSignatureVerifier.verify(signed, TRUST, java.time.Instant.parse("2031-01-01T00:00:00Z"));
    assertThat(failedKeys(ok)).isEmpty();
    assertThat(ok.result(SignatureCheck.SIGNER_TRUSTED).orElseThrow().reason().key())
        .isEqualTo("trusted.okNow");
  }

  @Test
  void bytesThatAreNotAPdfGiveAReportNotAnException() {
    for (byte[] bytes :
        List.of(
            new byte[0], "hello".getBytes(StandardCharsets.US_ASCII), Arrays.copyOf(SIGNED, 400))) {
      PdfSignatureReport report = PdfSignatureVerifier.verify(bytes, TRUST);

      assertThat(report.verified()).isFalse();
      assertThat(key(report, SignatureCheck.SIGNATURE_PRESENT)).isEqualTo("present.notPdf");
      assertThat(report.checks()).hasSize(4);
      assertThat(report.checks().subList(1, 4))
          .allSatisfy(c -> assertThat(c.reason().key()).isEqualTo("notChecked.noSignature"));
      assertThat(report.signature()).isEmpty();
    }
  }

  @Test
  void aPdfWithoutSignatureSaysSo() {
    PdfSignatureReport report = PdfSignatureVerifier.verify(TestPdfs.certificateLike(), TRUST);

    assertThat(key(report, SignatureCheck.SIGNATURE_PRESENT)).isEqualTo("present.none");
    assertThat(reason(report, SignatureCheck.SIGNATURE_PRESENT))
        .isEqualTo("the PDF has no signature");
    assertThat(
            report
                .result(SignatureCheck.SIGNATURE_PRESENT)
                .orElseThrow()
                .reason()
                .format(org.ocnkit.Message.SWEDISH))
        .isEqualTo("PDF-filen har ingen signatur");
  }

  @Test
  void aTruncatedSignedFileFailsWithoutAnException() {
    byte[] truncated = Arrays.copyOf(SIGNED, SIGNED.length - 30);
    PdfSignatureReport report = PdfSignatureVerifier.verify(truncated, TRUST);
    assertThat(report.verified()).isFalse();
  }

  /** Signs {@code pdf} with plain PDFBox external signing and {@code cms} making /Contents. */
  static byte[] signWithPdfBox(
      byte[] pdf, COSName subFilter, BiFunction<byte[], Void, byte[]> cms) {
    return signWithPdfBox(pdf, subFilter, Calendar.getInstance(), cms);
  }

  static byte[] signWithPdfBox(
      byte[] pdf, COSName subFilter, Calendar time, BiFunction<byte[], Void, byte[]> cms) {
    try (PDDocument document = Loader.loadPDF(pdf);
        SignatureOptions options = new SignatureOptions()) {
      PDSignature signature = new PDSignature();
      signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
      signature.setSubFilter(subFilter);
      signature.setSignDate(time);
      options.setPreferredSignatureSize(8192);
      document.addSignature(signature, options);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ExternalSigningSupport external = document.saveIncrementalForExternalSigning(out);
      byte[] content;
      try (InputStream in = external.getContent()) {
        content = in.readAllBytes();
      }
      external.setSignature(cms.apply(content, null));
      return out.toByteArray();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static List<String> failedKeys(PdfSignatureReport report) {
    return report.failures().stream().map(c -> c.reason().key()).toList();
  }

  static boolean passed(PdfSignatureReport report, SignatureCheck check) {
    return report.result(check).orElseThrow().passed();
  }

  static String key(PdfSignatureReport report, SignatureCheck check) {
    return report.result(check).orElseThrow().reason().key();
  }

  static String reason(PdfSignatureReport report, SignatureCheck check) {
    return report.result(check).orElseThrow().reason().toString();
  }
}
