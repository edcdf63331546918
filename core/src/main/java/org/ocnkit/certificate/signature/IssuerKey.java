package org.ocnkit.certificate.signature;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;

/**
 * The issuer's signing key with its certificate (and the certificates that issued it, when the
 * organisation brought its own keystore).
 *
 * <p>The private key is deliberately hard to leak: {@link #toString()} names only the certificate,
 * there is no {@code equals} over key material, and the raw key comes out only through {@link
 * #insecurePrivateKey()}, a name that stands out in review. Obtain an instance from {@link
 * IssuerKeys}. Java offers no reliable way to erase a {@link PrivateKey} from memory; drop the
 * reference as soon as signing is done.
 */
public final class IssuerKey {
  private final PrivateKey privateKey;
  private final List<X509Certificate> chain;
  private final CertificateDescription description;

  IssuerKey(PrivateKey privateKey, List<X509Certificate> chain) {
    this.privateKey = Objects.requireNonNull(privateKey, "privateKey");
    this.chain = List.copyOf(chain);
    if (this.chain.isEmpty()) {
      throw new IllegalArgumentException("an issuer key needs its certificate");
    }
    this.description = CertificateDescription.of(this.chain.get(0));
  }

  /** The issuer certificate: the one that certifies this key. */
  public X509Certificate certificate() {
    return chain.get(0);
  }

  /** The issuer certificate first, then any certificates that issued it, as stored. */
  public List<X509Certificate> certificateChain() {
    return chain;
  }

  /** Subject, validity, fingerprint and key algorithm of {@link #certificate()}. */
  public CertificateDescription describe() {
    return description;
  }

  /**
   * The raw private key, for the code that signs with it. Every call is a place where the key could
   * escape: do not log it, store it or pass it on.
   */
  public PrivateKey insecurePrivateKey() {
    return privateKey;
  }

  /** Names the certificate only; never the key. */
  @Override
  public String toString() {
    return "IssuerKey["
        + description.subject()
        + ", "
        + description.keyAlgorithm()
        + ", certificate SHA-256 "
        + description.sha256Fingerprint()
        + "]";
  }
}
