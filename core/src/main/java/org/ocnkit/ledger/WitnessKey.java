package org.ocnkit.ledger;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import org.ocnkit.InvalidInputException;
import org.ocnkit.ledger.internal.Ed25519;

/**
 * A witness's private Ed25519 key that makes {@code cosignature/v1} cosignatures (C2SP
 * tlog-cosignature). Its string form follows the private-key encoding of signed notes with the
 * cosignature type byte:
 *
 * <pre>{@code PRIVATE+KEY+<name>+<hex(key ID)>+<base64(0x04 || 32-byte seed)>}</pre>
 *
 * <p>A secret: {@link #toString()} hides it, {@link #revealPrivateKeyString()} is for writing the
 * witness's key file only.
 */
public final class WitnessKey {
  private static final String PREFIX = "PRIVATE+KEY+";

  private final byte[] seed;
  private final WitnessVerifierKey verifierKey;

  private WitnessKey(String name, byte[] seed) {
    this.seed = seed;
    this.verifierKey = WitnessVerifierKey.ofEd25519(name, Ed25519.publicKey(seed));
  }

  /** A new random key named {@code name}, such as {@code witness.grannkommun.se/ocn}. */
  public static WitnessKey generate(String name) {
    if (!NoteRules.isValidKeyName(name)) {
      throw new InvalidInputException(
          org.ocnkit.Message.of(WitnessKey.class, "key.name.invalid", String.valueOf(name)));
    }
    return new WitnessKey(name, Ed25519.generate()[0]);
  }

  /** The key of a 32-byte Ed25519 seed. */
  public static WitnessKey fromSeed(String name, byte[] seed) {
    return new WitnessKey(name, seed.clone());
  }

  /** Reads a private key string; the error never echoes the secret. */
  public static WitnessKey parse(String skey) {
    Objects.requireNonNull(skey, "skey");
    String text = skey.strip();
    if (!text.startsWith(PREFIX)) {
      throw NoteVerifierKey.invalid("key.private.format");
    }
    String rest = text.substring(PREFIX.length());
    int first = rest.indexOf('+');
    int second = first < 0 ? -1 : rest.indexOf('+', first + 1);
    if (second < 0) {
      throw NoteVerifierKey.invalid("key.private.format");
    }
    String name = rest.substring(0, first);
    if (!NoteRules.isValidKeyName(name)) {
      throw NoteVerifierKey.invalid("key.name.invalid", name);
    }
    Optional<Integer> id = NoteRules.parseHexKeyId(rest.substring(first + 1, second));
    if (id.isEmpty()) {
      throw NoteVerifierKey.invalid("key.id.format", rest.substring(first + 1, second));
    }
    byte[] material = NoteRules.decodeBase64(rest.substring(second + 1)).orElse(null);
    if (material == null) {
      throw NoteVerifierKey.invalid("key.base64");
    }
    try {
      if (material.length == 0 || material[0] != WitnessVerifierKey.COSIGNATURE_V1) {
        throw NoteVerifierKey.invalid(
            "witness.key.type",
            material.length == 0 ? "none" : String.format("0x%02x", material[0]));
      }
      if (material.length != 1 + Ed25519.KEY_LENGTH) {
        throw NoteVerifierKey.invalid("key.length", material.length - 1);
      }
      WitnessKey key = new WitnessKey(name, Arrays.copyOfRange(material, 1, material.length));
      if (key.verifierKey.keyId() != id.get()) {
        throw NoteVerifierKey.invalid(
            "key.id.mismatch", NoteRules.hex(id.get()), key.verifierKey.keyIdHex());
      }
      return key;
    } finally {
      Arrays.fill(material, (byte) 0);
    }
  }

  public String name() {
    return verifierKey.name();
  }

  /** The public half, for verifiers to pin ({@code ocn verify --witness}). */
  public WitnessVerifierKey verifierKey() {
    return verifierKey;
  }

  /**
   * The {@code cosignature/v1} line over {@code checkpointText} at {@code timestamp} (POSIX
   * seconds): base64 of key ID (4 bytes) || timestamp (8 bytes, big-endian) || Ed25519 signature.
   */
  NoteSignature cosign(String checkpointText, long timestamp) {
    if (timestamp < 0) {
      throw new IllegalArgumentException("a cosignature timestamp is 0 to 2^63-1: " + timestamp);
    }
    byte[] signature =
        Ed25519.sign(
            seed,
            WitnessVerifierKey.signedMessage(timestamp, checkpointText)
                .getBytes(StandardCharsets.UTF_8));
    byte[] raw =
        ByteBuffer.allocate(4 + 8 + signature.length)
            .putInt(verifierKey.keyId())
            .putLong(timestamp)
            .put(signature)
            .array();
    return new NoteSignature(name(), verifierKey.keyId(), Base64.getEncoder().encodeToString(raw));
  }

  /**
   * {@code PRIVATE+KEY+name+hex(id)+base64(0x04 || seed)}: whoever has it cosigns as this witness.
   */
  public String revealPrivateKeyString() {
    byte[] material = new byte[1 + seed.length];
    material[0] = WitnessVerifierKey.COSIGNATURE_V1;
    System.arraycopy(seed, 0, material, 1, seed.length);
    try {
      return PREFIX
          + name()
          + "+"
          + verifierKey.keyIdHex()
          + "+"
          + Base64.getEncoder().encodeToString(material);
    } finally {
      Arrays.fill(material, (byte) 0);
    }
  }

  @Override
  public String toString() {
    return "WitnessKey[" + verifierKey.label() + ", secret hidden]";
  }
}
