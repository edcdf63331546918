package org.ocnkit.certificate.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ocnkit.InvalidInputException;
import org.ocnkit.RefusedException;

class PdfSignerTest {
  private static final byte[] PDF = TestPdfs.certificateLike();

  private static SigningOptions options() {
    return SigningOptions.builder(TestKeys.SIGNING_TIME)
        .signerName("Lunds kommun")
        .reason("OCN-intyg / OCN certificate")
        .location("Lund")
        .build();
  }

  @ParameterizedTest
  @EnumSource(KeyAlgorithm.class)
  void aSignedPdfPassesEveryCheck(KeyAlgorithm algorithm) {
    IssuerKey key = TestKeys.issuer(algorithm);

    byte[] signed = PdfSigner.sign(PDF, key, options());
    PdfSignatureReport report =
        PdfSignatureVerifier.verify(signed, TrustAnchors.of(key.certificate()));

    assertThat(report.verified()).as(report.toString()).isTrue();
    assertThat(report.checks())
        .extracting(CheckResult::check)
        .containsExactly(
            SignatureCheck.SIGNATURE_PRESENT, SignatureCheck.SIGNATURE_INTACT,
            SignatureCheck.COVERS_WHOLE_FILE, SignatureCheck.SIGNER_TRUSTED);
    SignatureInfo info = report.signature().orElseThrow();
    assertThat(info.subFilter()).isEqualTo("ETSI.CAdES.detached");
    assertThat(info.level()).isEqualTo(PadesLevel.B_B);
    assertThat(info.claimedSigningTime()).contains(TestKeys.SIGNING_TIME);
    assertThat(info.signerSubject()).contains(key.describe().subject());
    assertThat(info.signerName()).contains("Lunds kommun");
    assertThat(info.reason()).contains("OCN-intyg / OCN certificate");
    assertThat(info.location()).contains("Lund");
    assertThat(info.timestampTime()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(KeyAlgorithm.class)
  void theCmsHasExactlyThePadesSignedAttributes(KeyAlgorithm algorithm) throws Exception {
    IssuerKey key = TestKeys.issuer(algorithm);
    byte[] signed = PdfSigner.sign(PDF, key, options());

    SignedPdfs.Parsed parsed = SignedPdfs.parse(signed);

    assertThat(parsed.dictionary().getFilter()).isEqualTo("Adobe.PPKLite");
    assertThat(parsed.dictionary().getSubFilter()).isEqualTo("ETSI.CAdES.detached");
    assertThat(parsed.dictionary().getSignDate().toInstant()).isEqualTo(TestKeys.SIGNING_TIME);
    assertThat(parsed.cms().isDetachedSignature()).isTrue();
    assertThat(parsed.cms().getCertificates().getMatches(null))
        .containsExactly(new X509CertificateHolder(key.certificate().getEncoded()));
    List<SignerInformation> signers = List.copyOf(parsed.cms().getSignerInfos().getSigners());
    assertThat(signers).hasSize(1);
    SignerInformation signer = signers.get(0);
    assertThat(signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(key.certificate())))
        .isTrue();
    assertThat(signer.getDigestAlgOID()).isEqualTo(NISTObjectIdentifiers.id_sha256.getId());
    assertThat(signer.getEncryptionAlgOID())
        .isEqualTo(
            algorithm == KeyAlgorithm.EC_P256
                ? X9ObjectIdentifiers.ecdsa_with_SHA256.getId()
                : PKCSObjectIdentifiers.sha256WithRSAEncryption.getId());

    AttributeTable attributes = signer.getSignedAttributes();
    assertThat(attributes.size())
        .as("content-type, message-digest, signing-certificate-v2")
        .isEqualTo(3);
    assertThat(attributes.get(CMSAttributes.signingTime)).isNull();
    assertThat(attributes.get(CMSAttributes.cmsAlgorithmProtect)).isNull();
    assertThat(value(attributes.get(CMSAttributes.contentType)))
        .isEqualTo(CMSObjectIdentifiers.data);
    assertThat(
            ASN1OctetString.getInstance(value(attributes.get(CMSAttributes.messageDigest)))
                .getOctets())
        .isEqualTo(sha256(parsed.signedBytes()));
    Attribute certificateAttribute =
        attributes.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
    assertThat(certificateAttribute).isNotNull();
    ESSCertIDv2[] ids = SigningCertificateV2.getInstance(value(certificateAttribute)).getCerts();
    assertThat(ids).hasSize(1);
    assertThat(ids[0].getHashAlgorithm().getAlgorithm()).isEqualTo(NISTObjectIdentifiers.id_sha256);
    assertThat(ids[0].getCertHash()).isEqualTo(sha256(key.certificate().getEncoded()));
    assertThat(ids[0].getIssuerSerial().getSerial().getValue())
        .isEqualTo(key.certificate().getSerialNumber());
    assertThat(signer.getUnsignedAttributes()).isNull();
  }

  @Test
  void theSignatureIsAnIncrementalUpdateWithAnInvisibleField() throws Exception {
    byte[] signed = PdfSigner.sign(PDF, TestKeys.issuer(KeyAlgorithm.EC_P256), options());

    assertThat(Arrays.copyOf(signed, PDF.length)).as("original bytes kept").isEqualTo(PDF);
    try (PDDocument document = Loader.loadPDF(signed)) {
      List<PDField> fields = document.getDocumentCatalog().getAcroForm().getFields();
      assertThat(fields).hasSize(1).first().isInstanceOf(PDSignatureField.class);
      var widget = fields.get(0).getWidgets().get(0);
      assertThat(widget.getRectangle().getWidth()).isZero();
      assertThat(widget.getRectangle().getHeight()).isZero();
      assertThat(widget.isPrinted()).isTrue();
    }
  }

  @Test
  void aSecondSignatureIsRefused() {
    IssuerKey key = TestKeys.issuer(KeyAlgorithm.EC_P256);
    byte[] signed = PdfSigner.sign(PDF, key, options());
    assertThatThrownBy(() -> PdfSigner.sign(signed, key, options()))
        .isInstanceOf(RefusedException.class)
        .hasMessageContaining("already signed");
  }

  @Test
  void bytesThatAreNotAPdfAreAnInputError() {
    assertThatThrownBy(
            () ->
                PdfSigner.sign(
                    "hello".getBytes(), TestKeys.issuer(KeyAlgorithm.EC_P256), options()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("not a readable PDF");
  }

  @Test
  void signingOutsideTheCertificatesValidityIsRefused() {
    IssuerKey key = TestKeys.issuer(KeyAlgorithm.EC_P256);
    SigningOptions late = SigningOptions.builder(Instant.parse("2040-01-01T00:00:00Z")).build();
    assertThatThrownBy(() -> PdfSigner.sign(PDF, key, late))
        .isInstanceOf(RefusedException.class)
        .hasMessageContaining("not valid at the signing time 2040-01-01T00:00:00Z");
  }

  @Test
  void aKeyIssuedByACaSignsWithItsChainAndIsTrustedThroughTheCa() {
    TestKeys.CaIssued org = TestKeys.caIssuedSigner("secp384r1");
    IssuerKey key = new IssuerKey(org.signerKeys().getPrivate(), org.chain());

    byte[] signed = PdfSigner.sign(PDF, key, options());
    PdfSignatureReport report = PdfSignatureVerifier.verify(signed, TrustAnchors.of(org.ca()));

    assertThat(report.verified()).as(report.toString()).isTrue();
    assertThat(report.result(SignatureCheck.SIGNER_TRUSTED).orElseThrow().reason().toString())
        .contains("trusted through CN=Test Kommun CA");
    assertThat(SignedPdfs.parse(signed).cms().getCertificates().getMatches(null)).hasSize(2);
  }

  static ASN1Encodable value(Attribute attribute) {
    assertThat(attribute).isNotNull();
    assertThat(attribute.getAttrValues().size()).isEqualTo(1);
    return attribute.getAttrValues().getObjectAt(0);
  }

  static byte[] sha256(byte[] data) throws Exception {
    return MessageDigest.getInstance("SHA-256").digest(data);
  }
}
