package org.ocnkit.certificate;

import java.security.cert.X509Certificate;
import java.util.Objects;
import org.ocnkit.certificate.signature.CertificateDescription;
import org.ocnkit.ledger.NoteVerifierKey;

/**
 * The public halves of an issuer's keys, which verifiers pin: the X.509 issuer certificate that
 * signed certificate PDFs are checked against, and the verifier key of the transparency log that
 * checkpoints are checked against. Neither is secret.
 *
 * @param issuerCertificate the issuer's signing certificate
 * @param logKey the log's note verifier key; its name is the log's origin
 */
public record VerificationKeys(X509Certificate issuerCertificate, NoteVerifierKey logKey) {
  public VerificationKeys {
    Objects.requireNonNull(issuerCertificate, "issuerCertificate");
    Objects.requireNonNull(logKey, "logKey");
  }

  /** Subject, validity, SHA-256 fingerprint and key type of the issuer certificate. */
  public CertificateDescription describeIssuer() {
    return CertificateDescription.of(issuerCertificate);
  }

  /** The log's origin. */
  public String logOrigin() {
    return logKey.name();
  }
}
