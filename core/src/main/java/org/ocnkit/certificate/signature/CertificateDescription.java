package org.ocnkit.certificate.signature;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.security.auth.x500.X500Principal;
import org.ocnkit.certificate.signature.internal.Certificates;

/**
 * What a person needs to know about an X.509 certificate to recognise it: whose it is, when it is
 * valid, its SHA-256 fingerprint and its key. Shown by {@code ocn keys show} and in verification
 * reports.
 *
 * @param subject the subject in RFC 2253 form, such as {@code CN=Lunds kommun,O=Lunds kommun,C=SE}
 * @param issuer the issuer in RFC 2253 form; equal to {@code subject} for a self-signed certificate
 * @param serialNumber the serial number as lowercase hex
 * @param notBefore start of validity
 * @param notAfter end of validity
 * @param sha256Fingerprint SHA-256 of the certificate's DER encoding, 64 lowercase hex digits
 * @param keyAlgorithm the public key, such as {@code EC P-256} or {@code RSA 3072}
 */
public record CertificateDescription(
    String subject,
    String issuer,
    String serialNumber,
    Instant notBefore,
    Instant notAfter,
    String sha256Fingerprint,
    String keyAlgorithm) {
  private static final Pattern FINGERPRINT = Pattern.compile("[0-9a-f]{64}");

  public CertificateDescription {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(serialNumber, "serialNumber");
    Objects.requireNonNull(notBefore, "notBefore");
    Objects.requireNonNull(notAfter, "notAfter");
    Objects.requireNonNull(keyAlgorithm, "keyAlgorithm");
    if (!FINGERPRINT.matcher(sha256Fingerprint).matches()) {
      throw new IllegalArgumentException(
          "a SHA-256 fingerprint is 64 lowercase hex digits, got " + sha256Fingerprint);
    }
  }

  /** Describes {@code certificate}. */
  public static CertificateDescription of(X509Certificate certificate) {
    return new CertificateDescription(
        certificate.getSubjectX500Principal().getName(X500Principal.RFC2253),
        certificate.getIssuerX500Principal().getName(X500Principal.RFC2253),
        certificate.getSerialNumber().toString(16),
        certificate.getNotBefore().toInstant(),
        certificate.getNotAfter().toInstant(),
        Certificates.sha256Fingerprint(certificate),
        Certificates.keyAlgorithm(certificate.getPublicKey()));
  }

  /**
   * The fingerprint as people compare it: uppercase hex pairs joined by colons, the form {@code
   * openssl x509 -fingerprint -sha256} prints.
   */
  public String fingerprintForDisplay() {
    return HexFormat.ofDelimiter(":")
        .withUpperCase()
        .formatHex(HexFormat.of().parseHex(sha256Fingerprint));
  }

  /**
   * The organisation the subject names: its O, else its CN; empty when it names neither or cannot
   * be read.
   */
  public java.util.Optional<String> organisation() {
    try {
      javax.naming.ldap.LdapName name = new javax.naming.ldap.LdapName(subject);
      for (String type : java.util.List.of("O", "CN")) {
        for (javax.naming.ldap.Rdn rdn : name.getRdns()) {
          if (rdn.getType().equalsIgnoreCase(type)) {
            return java.util.Optional.of(rdn.getValue().toString());
          }
        }
      }
    } catch (javax.naming.InvalidNameException | ClassCastException e) {
      // A name that cannot be read names no organisation.
    }
    return java.util.Optional.empty();
  }

  /** True when subject and issuer are the same name. */
  public boolean selfIssued() {
    return subject.equals(issuer);
  }

  /** True when {@code instant} lies within the validity period (both ends included). */
  public boolean validAt(Instant instant) {
    return !instant.isBefore(notBefore) && !instant.isAfter(notAfter);
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "%s (%s, valid %s to %s, SHA-256 %s)",
        subject,
        keyAlgorithm,
        notBefore,
        notAfter,
        fingerprintForDisplay());
  }
}
