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
 */
public final class Crypto {
  /** One provider instance for the process; never added to {@link java.security.Security}. */
  public static final Provider BC = new BouncyCastleProvider();

  private static final SecureRandom RANDOM = new SecureRandom();

  private Crypto() {}

  public static SecureRandom random() {
    return RANDOM;
  }

  public static byte[] sha256(byte[] data) {
    return Sha256.of(data);
  }

  /** Digest calculators for CMS and timestamp processing, by algorithm identifier. */
  public static DigestCalculatorProvider digests() {
    try {
      return new JcaDigestCalculatorProviderBuilder().setProvider(BC).build();
    } catch (OperatorCreationException e) {
      throw new IllegalStateException("Bouncy Castle offers digest calculators", e);
    }
  }
}
