package org.ocnkit.certificate.signature.internal;

import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The one trust rule ocnkit applies: a certificate is trusted when it is one of the anchors, or
 * when a CA anchor issued it (names match and the anchor's key verifies its signature) and that
 * anchor was valid at the time in question.
 */
public final class Trust {
  private Trust() {}

  /** The anchor that vouches for {@code certificate} at {@code at}, if any. */
  public static Optional<X509Certificate> anchorFor(
      X509Certificate certificate, List<X509Certificate> anchors, Instant at) {
    byte[] encoded = Certificates.encoded(certificate);
    for (X509Certificate anchor : anchors) {
      if (Arrays.equals(encoded, Certificates.encoded(anchor))) {
        return Optional.of(anchor);
      }
    }
    for (X509Certificate anchor : anchors) {
      if (issued(anchor, certificate) && validAt(anchor, at)) {
        return Optional.of(anchor);
      }
    }
    return Optional.empty();
  }

  private static boolean issued(X509Certificate issuer, X509Certificate certificate) {
    if (!issuer.getSubjectX500Principal().equals(certificate.getIssuerX500Principal())
        || !Certificates.canIssue(issuer)) {
      return false;
    }
    try {
      certificate.verify(issuer.getPublicKey());
      return true;
    } catch (GeneralSecurityException e) {
      return false;
    }
  }

  /** True when {@code at} lies within the certificate's validity (both ends included). */
  public static boolean validAt(X509Certificate certificate, Instant at) {
    return !at.isBefore(certificate.getNotBefore().toInstant())
        && !at.isAfter(certificate.getNotAfter().toInstant());
  }
}
