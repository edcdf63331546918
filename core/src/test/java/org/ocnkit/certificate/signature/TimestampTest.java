package org.ocnkit.certificate.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.List;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.tsp.TimeStampToken;
import org.junit.jupiter.api.Test;
import org.ocnkit.EnvironmentException;

/** PAdES B-T against an RFC 3161 authority the test runs on the loopback interface. */
class TimestampTest {
  private static final IssuerKey KEY = TestKeys.issuer(KeyAlgorithm.EC_P256);
  private static final byte[] PDF = TestPdfs.certificateLike();
  private static final Instant TSA_TIME = TestKeys.SIGNING_TIME.plusSeconds(2);

  private static SigningOptions withAuthority(URI url) {
    return SigningOptions.builder(TestKeys.SIGNING_TIME).timestampAuthority(url).build();
  }

  @Test
  void aTimestampedSignatureIsBaselineTAndEveryCheckPasses() throws Exception {
    try (LoopbackTsa tsa = LoopbackTsa.start(TSA_TIME)) {
      byte[] signed = PdfSigner.sign(PDF, KEY, withAuthority(tsa.url()));
      TrustAnchors trust =
          TrustAnchors.of(KEY.certificate()).withTimestampAuthorities(List.of(tsa.certificate()));

      PdfSignatureReport report = PdfSignatureVerifier.verify(signed, trust);

      assertThat(report.verified()).as(report.toString()).isTrue();
      assertThat(report.checks())
          .extracting(CheckResult::check)
          .containsExactly(
              SignatureCheck.SIGNATURE_PRESENT,
              SignatureCheck.SIGNATURE_INTACT,
              SignatureCheck.COVERS_WHOLE_FILE,
              SignatureCheck.SIGNER_TRUSTED,
              SignatureCheck.TIMESTAMP);
      SignatureInfo info = report.signature().orElseThrow();
      assertThat(info.level()).isEqualTo(PadesLevel.B_T);
      assertThat(info.timestampTime()).contains(TSA_TIME);
      assertThat(info.timestampAuthority().orElseThrow().subject())
          .isEqualTo("CN=Loopback Test TSA,O=ocnkit tests,C=SE");
      assertThat(PdfSignatureVerifierTest.key(report, SignatureCheck.SIGNER_TRUSTED))
          .isEqualTo("trusted.okTimestamp");
      assertThat(tsa.served()).isEqualTo(1);
    }
  }

  @Test
  void theTokenIsTheSignatureTimestampAttributeAndVerifiesWithBouncyCastle() throws Exception {
    try (LoopbackTsa tsa = LoopbackTsa.start(TSA_TIME)) {
      byte[] signed = PdfSigner.sign(PDF, KEY, withAuthority(tsa.url()));

      SignerInformation signer =
          SignedPdfs.parse(signed).cms().getSignerInfos().getSigners().iterator().next();
      assertThat(signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(KEY.certificate())))
          .as("the unsigned attribute leaves the signature intact")
          .isTrue();
      Attribute attribute =
          signer.getUnsignedAttributes().get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
      assertThat(attribute).isNotNull();
      TimeStampToken token =
          new TimeStampToken(ContentInfo.getInstance(attribute.getAttrValues().getObjectAt(0)));
      token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(tsa.certificate()));
      assertThat(token.getTimeStampInfo().getMessageImprintDigest())
          .isEqualTo(MessageDigest.getInstance("SHA-256").digest(signer.getSignature()));
      assertThat(token.getTimeStampInfo().getGenTime().toInstant()).isEqualTo(TSA_TIME);
      assertThat(token.getTimeStampInfo().getPolicy()).isEqualTo(LoopbackTsa.POLICY);
    }
  }

  @Test
  void aTimestampFromAnUntrustedAuthorityFailsAndTheClaimedTimeIsUsed() {
    try (LoopbackTsa tsa = LoopbackTsa.start(TSA_TIME)) {
      byte[] signed = PdfSigner.sign(PDF, KEY, withAuthority(tsa.url()));

      PdfSignatureReport report =
          PdfSignatureVerifier.verify(signed, TrustAnchors.of(KEY.certificate()));

      assertThat(PdfSignatureVerifierTest.failedKeys(report))
          .containsExactly("timestamp.untrusted");
      assertThat(PdfSignatureVerifierTest.key(report, SignatureCheck.SIGNER_TRUSTED))
          .isEqualTo("trusted.okNow");
    }
  }

  @Test
  void aTimestampTokenChangedInsideTheFileIsCaught() {
    byte[] signed;
    LoopbackTsa tsa = LoopbackTsa.start(TSA_TIME);
    try (tsa) {
      signed = PdfSigner.sign(PDF, KEY, withAuthority(tsa.url()));
    }
    TrustAnchors trust =
        TrustAnchors.of(KEY.certificate()).withTimestampAuthorities(List.of(tsa.certificate()));
    int[] range = SignedPdfs.parse(signed).byteRange();
    int cmsLength =
        org.ocnkit.certificate.signature.internal.CmsSigning.der(SignedPdfs.parse(signed).cms())
            .length;
    byte[] tampered = signed.clone();
    // The token is the last thing in the CMS; its own signature value is at its very end.
    int at = range[1] + 1 + 2 * (cmsLength - 6);
    tampered[at] = (byte) (tampered[at] == '0' ? '1' : '0');

    PdfSignatureReport report = PdfSignatureVerifier.verify(tampered, trust);

    assertThat(PdfSignatureVerifierTest.passed(report, SignatureCheck.SIGNATURE_INTACT))
        .as("unsigned attributes are outside the CMS signature")
        .isTrue();
    assertThat(PdfSignatureVerifierTest.key(report, SignatureCheck.TIMESTAMP))
        .isIn("timestamp.invalid", "timestamp.unreadable");
    assertThat(PdfSignatureVerifierTest.key(report, SignatureCheck.SIGNER_TRUSTED))
        .isEqualTo("trusted.okNow");
  }

  @Test
  void aReplyForOtherDataIsRejected() {
    assertTsaFailure(LoopbackTsa.Behaviour.WRONG_IMPRINT, "tsa.mismatch", "message imprint");
  }

  @Test
  void aReplyWithAnotherNonceIsRejected() {
    assertTsaFailure(LoopbackTsa.Behaviour.WRONG_NONCE, "tsa.mismatch", "nonce");
  }

  @Test
  void aRefusalIsReportedWithTheAuthoritysReason() {
    assertTsaFailure(
        LoopbackTsa.Behaviour.REJECT, "tsa.refused", "test authority refuses everything");
  }

  @Test
  void anHttpErrorIsReported() {
    assertTsaFailure(LoopbackTsa.Behaviour.HTTP_ERROR, "tsa.httpStatus", "HTTP status 500");
  }

  @Test
  void anAuthorityThatIsNotListeningIsReported() {
    URI gone;
    try (LoopbackTsa tsa = LoopbackTsa.start(TSA_TIME)) {
      gone = tsa.url();
    }
    EnvironmentException e =
        catchThrowableOfType(
            EnvironmentException.class, () -> PdfSigner.sign(PDF, KEY, withAuthority(gone)));
    assertThat(e.problems().get(0).message().key()).isEqualTo("tsa.unreachable");
    assertThat(e.getMessage()).contains(gone.toString());
  }

  @Test
  void anAddressThatIsNotHttpIsAnInputError() {
    assertThatThrownBy(
            () ->
                SigningOptions.builder(TestKeys.SIGNING_TIME)
                    .timestampAuthority(URI.create("ftp://timestamp.example.org/")))
        .isInstanceOf(org.ocnkit.InvalidInputException.class)
        .hasMessageContaining("ftp://timestamp.example.org/");
  }

  private static void assertTsaFailure(LoopbackTsa.Behaviour behaviour, String key, String detail) {
    try (LoopbackTsa tsa = LoopbackTsa.start(TSA_TIME, behaviour)) {
      EnvironmentException e =
          catchThrowableOfType(
              EnvironmentException.class, () -> PdfSigner.sign(PDF, KEY, withAuthority(tsa.url())));
      assertThat(e).as("signing must fail").isNotNull();
      assertThat(e.problems().get(0).message().key()).isEqualTo(key);
      assertThat(e.getMessage()).contains(tsa.url().toString()).contains(detail);
      assertThat(tsa.served()).isEqualTo(1);
    }
  }
}
