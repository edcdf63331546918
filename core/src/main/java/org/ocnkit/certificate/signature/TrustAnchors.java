package org.ocnkit.certificate.signature;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.List;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Message;
import org.ocnkit.Problem;
import org.ocnkit.certificate.signature.internal.Certificates;

/**
 * The certificates a verifier trusts. A signer is trusted when its certificate is one of {@link
 * #signers()} or was issued (signed) by one of them that is a CA certificate; the same rule,
 * against {@link #timestampAuthorities()}, decides whether a timestamp's time can be believed.
 * Nothing else is trusted: no system trust store, no chain longer than one link.
 *
 * @param signers issuer certificates (or the CAs that issued them) whose signatures are accepted
 * @param timestampAuthorities RFC 3161 timestamp authority certificates (or their CAs) whose times
 *     are accepted; may be empty, and then a timestamp never counts
 */
public record TrustAnchors(
    List<X509Certificate> signers, List<X509Certificate> timestampAuthorities) {
  public TrustAnchors {
    signers = List.copyOf(signers);
    timestampAuthorities = List.copyOf(timestampAuthorities);
  }

  /** Trusts {@code signers}; no timestamp authority. */
  public static TrustAnchors of(Collection<X509Certificate> signers) {
    return new TrustAnchors(List.copyOf(signers), List.of());
  }

  /** Trusts {@code signer}; no timestamp authority. */
  public static TrustAnchors of(X509Certificate signer) {
    return of(List.of(signer));
  }

  /** These anchors, also trusting {@code authorities} for timestamps. */
  public TrustAnchors withTimestampAuthorities(Collection<X509Certificate> authorities) {
    return new TrustAnchors(signers, List.copyOf(authorities));
  }

  /**
   * Every certificate in a PEM file (one or several {@code BEGIN CERTIFICATE} blocks) or a DER
   * file.
   *
   * @throws InvalidInputException when the file is missing, unreadable or holds no certificate
   */
  public static List<X509Certificate> readCertificates(Path file) {
    String where = file.toString();
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new InvalidInputException(
          new Problem(where, Message.of(TrustAnchors.class, "trust.fileMissing")));
    } catch (IOException e) {
      throw new InvalidInputException(
          new Problem(
              where,
              Message.of(
                  TrustAnchors.class, "trust.fileUnreadable", String.valueOf(e.getMessage()))),
          e);
    }
    List<X509Certificate> certificates;
    try {
      certificates = Certificates.parse(bytes);
    } catch (CertificateException e) {
      throw new InvalidInputException(
          new Problem(
              where,
              Message.of(
                  TrustAnchors.class, "trust.notCertificates", String.valueOf(e.getMessage()))),
          e);
    }
    if (certificates.isEmpty()) {
      throw new InvalidInputException(
          new Problem(where, Message.of(TrustAnchors.class, "trust.noCertificate")));
    }
    return certificates;
  }
}
