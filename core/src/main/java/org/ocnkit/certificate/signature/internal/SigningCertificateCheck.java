package org.ocnkit.certificate.signature.internal;

import java.io.OutputStream;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Optional;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.operator.DigestCalculator;

/**
 * Checks that a signing-certificate-v2 attribute (RFC 5035) names the certificate that verifies the
 * signature: its first ESSCertIDv2 hashes to that certificate and, when it carries issuer and
 * serial, they are that certificate's. This binds the certificate to the signature, so a signer
 * cannot be swapped for another with the same key.
 */
public final class SigningCertificateCheck {
  private SigningCertificateCheck() {}

  /** Why {@code attribute} does not name {@code signer}, or empty when it does. */
  public static Optional<String> problem(Attribute attribute, X509Certificate signer) {
    try {
      ESSCertIDv2[] ids =
          SigningCertificateV2.getInstance(attribute.getAttrValues().getObjectAt(0)).getCerts();
      if (ids.length == 0) {
        return Optional.of("no ESSCertIDv2");
      }
      ESSCertIDv2 id = ids[0];
      DigestCalculator calculator = Crypto.digests().get(id.getHashAlgorithm());
      try (OutputStream out = calculator.getOutputStream()) {
        out.write(Certificates.encoded(signer));
      }
      if (!Arrays.equals(calculator.getDigest(), id.getCertHash())) {
        return Optional.of("the certificate hash differs from the signer certificate's");
      }
      IssuerSerial issuerSerial = id.getIssuerSerial();
      if (issuerSerial != null) {
        boolean serialMatches =
            issuerSerial.getSerial().getValue().equals(signer.getSerialNumber());
        X500Name issuer = X500Name.getInstance(signer.getIssuerX500Principal().getEncoded());
        boolean issuerMatches =
            Arrays.stream(issuerSerial.getIssuer().getNames())
                .anyMatch(
                    n ->
                        n.getTagNo() == GeneralName.directoryName
                            && X500Name.getInstance(n.getName()).equals(issuer));
        if (!serialMatches || !issuerMatches) {
          return Optional.of("the issuer and serial number differ from the signer certificate's");
        }
      }
      return Optional.empty();
    } catch (Exception e) {
      return Optional.of(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }
  }
}
