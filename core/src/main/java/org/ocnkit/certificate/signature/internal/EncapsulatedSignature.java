package org.ocnkit.certificate.signature.internal;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Message;
import org.ocnkit.RefusedException;
import org.ocnkit.certificate.signature.CertificateDescription;
import org.ocnkit.certificate.signature.RevocationList;

/**
 * A CMS SignedData with its content inside (a {@code .p7m}), checked the way ocnkit signs one: one
 * signer, SHA-256, the signer certificate included and bound by signing-certificate-v2, the
 * signature verifying over the content.
 */
public final class EncapsulatedSignature {
  private final CMSSignedData cms;
  private final byte[] content;
  private X509Certificate signer;

  private EncapsulatedSignature(CMSSignedData cms, byte[] content) {
    this.cms = cms;
    this.content = content;
  }

  /**
   * Parses {@code der}.
   *
   * @throws InvalidInputException when it is not a CMS SignedData with encapsulated content
   */
  public static EncapsulatedSignature parse(byte[] der) {
    try {
      CMSSignedData cms = new CMSSignedData(der);
      if (cms.getSignedContent() == null
          || !(cms.getSignedContent().getContent() instanceof byte[] bytes)) {
        throw new InvalidInputException(message("revocations.notSigned", "no content inside"));
      }
      return new EncapsulatedSignature(cms, bytes.clone());
    } catch (CMSException | RuntimeException e) {
      if (e instanceof InvalidInputException invalid) {
        throw invalid;
      }
      throw new InvalidInputException(message("revocations.notSigned", detail(e)));
    }
  }

  /** The signed content; trust it only after {@link #verify()} and {@link #requireTrusted}. */
  public byte[] content() {
    return content.clone();
  }

  /**
   * Verifies the signature over the content.
   *
   * @throws RefusedException naming what does not hold
   */
  public void verify() {
    var signers = cms.getSignerInfos().getSigners();
    if (signers.size() != 1) {
      throw refused("revocations.signerCount", String.valueOf(signers.size()));
    }
    SignerInformation info = signers.iterator().next();
    try {
      signer =
          Certificates.find(cms.getCertificates(), info.getSID())
              .orElseThrow(() -> refused("revocations.noCertificate"));
    } catch (java.security.cert.CertificateException e) {
      throw refused("revocations.noCertificate");
    }
    if (!NISTObjectIdentifiers.id_sha256.getId().equals(info.getDigestAlgOID())) {
      throw refused("revocations.digestAlgorithm", info.getDigestAlgOID());
    }
    AttributeTable signed = info.getSignedAttributes();
    Attribute certificate =
        signed == null ? null : signed.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
    if (certificate == null) {
      throw refused("revocations.noSigningCertificateV2");
    }
    Optional<String> problem = SigningCertificateCheck.problem(certificate, signer);
    if (problem.isPresent()) {
      throw refused("revocations.signingCertificateMismatch", problem.get());
    }
    try {
      if (!info.verify(new JcaSimpleSignerInfoVerifierBuilder().build(signer))) {
        throw refused("revocations.signatureInvalid", "-");
      }
    } catch (Exception e) {
      if (e instanceof RefusedException refused) {
        throw refused;
      }
      throw refused("revocations.signatureInvalid", detail(e));
    }
  }

  /**
   * Requires the verified signer to be trusted at {@code at}.
   *
   * @throws RefusedException when the signer is not an anchor or issued by one, or its certificate
   *     was not valid at {@code at}
   */
  public void requireTrusted(List<X509Certificate> anchors, Instant at) {
    if (signer == null) {
      throw new IllegalStateException("verify() first");
    }
    CertificateDescription described = CertificateDescription.of(signer);
    if (Trust.anchorFor(signer, anchors, at).isEmpty()) {
      throw refused(
          "revocations.untrusted", described.subject(), described.fingerprintForDisplay());
    }
    if (!described.validAt(at)) {
      throw refused(
          "revocations.signerNotValid",
          at.toString(),
          described.notBefore().toString(),
          described.notAfter().toString());
    }
  }

  private static RefusedException refused(String key, Object... args) {
    return new RefusedException(message(key, args));
  }

  private static Message message(String key, Object... args) {
    return Message.of(RevocationList.class, key, args);
  }

  private static String detail(Exception e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
