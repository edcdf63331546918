package org.ocnkit.ledger.internal;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.EdECPrivateKeySpec;
import java.security.spec.NamedParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;

/**
 * Ed25519 (RFC 8032) on raw 32-byte seeds and public keys, the encodings signed notes use. Signing
 * and verifying go through the JDK's own provider ({@code Signature.getInstance("Ed25519")}); only
 * the derivation of a public key from a stored seed, which the JDK does not offer, uses Bouncy
 * Castle's lightweight API.
 */
public final class Ed25519 {
  /** Length of seeds, public keys, in bytes. */
  public static final int KEY_LENGTH = 32;

  /** Length of a signature, in bytes. */
  public static final int SIGNATURE_LENGTH = 64;

  /** The DER prefix of an Ed25519 SubjectPublicKeyInfo (RFC 8410): the raw key follows it. */
  private static final byte[] SPKI_PREFIX = {
    0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00
  };

  private Ed25519() {}

  /** A new key pair: {@code [seed, publicKey]}. */
  public static byte[][] generate() {
    try {
      KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
      byte[] seed =
          ((EdECPrivateKey) pair.getPrivate())
              .getBytes()
              .orElseThrow(() -> new IllegalStateException("the JDK hid the Ed25519 seed"));
      byte[] spki = pair.getPublic().getEncoded();
      byte[] publicKey = Arrays.copyOfRange(spki, spki.length - KEY_LENGTH, spki.length);
      return new byte[][] {seed, publicKey};
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every Java 15+ runtime has Ed25519", e);
    }
  }

  /** The public key of {@code seed}. */
  public static byte[] publicKey(byte[] seed) {
    checkLength(seed, "seed");
    return new Ed25519PrivateKeyParameters(seed, 0).generatePublicKey().getEncoded();
  }

  /** The RFC 8032 signature of {@code message} with {@code seed} (deterministic). */
  public static byte[] sign(byte[] seed, byte[] message) {
    checkLength(seed, "seed");
    try {
      PrivateKey key =
          KeyFactory.getInstance("Ed25519")
              .generatePrivate(new EdECPrivateKeySpec(NamedParameterSpec.ED25519, seed));
      Signature signer = Signature.getInstance("Ed25519");
      signer.initSign(key);
      signer.update(message);
      return signer.sign();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Ed25519 signing failed", e);
    }
  }

  /** Whether {@code signature} is a valid signature of {@code message} by {@code publicKey}. */
  public static boolean verify(byte[] publicKey, byte[] message, byte[] signature) {
    checkLength(publicKey, "public key");
    if (signature.length != SIGNATURE_LENGTH) {
      return false;
    }
    byte[] spki = Arrays.copyOf(SPKI_PREFIX, SPKI_PREFIX.length + KEY_LENGTH);
    System.arraycopy(publicKey, 0, spki, SPKI_PREFIX.length, KEY_LENGTH);
    try {
      PublicKey key =
          KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(spki));
      Signature verifier = Signature.getInstance("Ed25519");
      verifier.initVerify(key);
      verifier.update(message);
      return verifier.verify(signature);
    } catch (GeneralSecurityException
        | java.security.ProviderException
        | IllegalArgumentException e) {
      // An encoding that is not a curve point, or a malformed signature: not valid.
      return false;
    }
  }

  private static void checkLength(byte[] key, String what) {
    if (key.length != KEY_LENGTH) {
      throw new IllegalArgumentException(
          "an Ed25519 " + what + " is " + KEY_LENGTH + " bytes, got " + key.length);
    }
  }
}
