package org.ocnkit.certificate.signature.internal;

import java.security.Provider;
import java.security.SecureRandom;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.ocnkit.io.Sha256;

/**
 * The Bouncy Castle provider instance ocnkit uses, without registering it in the JVM (other
 * libraries in the same process keep their providers), and the few primitives every class here
 * needs.
 *
 * <p>Only signing and key handling use the Bouncy Castle provider. Verification (CMS signer infos,
 * timestamp tokens, certificate chains, digests) uses the JDK's own providers, which check ECDSA
 * P-256 and RSA signatures and compute SHA-2 digests the same way: creating the Bouncy Castle
 * provider loads over 800 classes from a signed jar, most of the CPU of an {@code ocn verify} run.
 */
public final class Crypto {

  private static final SecureRandom RANDOM = new SecureRandom();

  private Crypto() {}

  /**
   * One provider instance for the process, created on first use; never added to {@link
   * java.security.Security}.
   */
  public static Provider bc() {
    return Bc.PROVIDER;
  }

  private static final class Bc {
    static final Provider PROVIDER = new BouncyCastleProvider();
  }

  public static SecureRandom random() {
    return RANDOM;
  }

  public static byte[] sha256(byte[] data) {
    return Sha256.of(data);
  }

  /**
   * Digest calculators for CMS and timestamp processing, by algorithm identifier, from the JDK's
   * providers.
   */
  public static DigestCalculatorProvider digests() {
    try {
      return new JcaDigestCalculatorProviderBuilder().build();
    } catch (OperatorCreationException e) {
      throw new IllegalStateException("the JDK offers digest calculators", e);
    }
  }
}
