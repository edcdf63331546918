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
 * The public key of a witness (a cosigner, C2SP tlog-cosignature): an Ed25519 key of the {@code
 * cosignature/v1} type, with its name, in the verifier-key encoding of C2SP signed-note with
 * signature type {@code 0x04}:
 *
 * <pre>{@code <name>+<hex(key ID)>+<base64(0x04 || 32-byte public key)>}</pre>
 *
 * The key ID is the first four bytes of {@code SHA-256(name || 0x0A || 0x04 || public key)}, so a
 * witness key is never mistaken for a log key (type {@code 0x01}) even with the same bytes.
 */
public final class WitnessVerifierKey {
  /** Signature type byte of Ed25519 {@code cosignature/v1} (C2SP tlog-cosignature). */
  static final byte COSIGNATURE_V1 = 0x04;

  private final String name;
  private final int keyId;
  private final byte[] publicKey;

  private WitnessVerifierKey(String name, byte[] publicKey) {
    this.name = name;
    this.publicKey = publicKey;
    this.keyId = NoteRules.keyId(name, COSIGNATURE_V1, publicKey);
  }

  /** The witness key of an Ed25519 public key under {@code name}. */
  public static WitnessVerifierKey ofEd25519(String name, byte[] publicKey) {
    if (!NoteRules.isValidKeyName(name)) {
      throw new IllegalArgumentException("not a valid key name: \"" + name + "\"");
    }
    if (publicKey.length != Ed25519.KEY_LENGTH) {
      throw new IllegalArgumentException(
          "an Ed25519 public key is 32 bytes, got " + publicKey.length);
    }
    return new WitnessVerifierKey(name, publicKey.clone());
  }

  /**
   * Reads a witness verifier key string; {@link InvalidInputException} says what is wrong. The type
   * byte must be {@code 0x04} and the key ID must match the name and key.
   */
  public static WitnessVerifierKey parse(String vkey) {
    Objects.requireNonNull(vkey, "vkey");
    String text = vkey.strip();
    int first = text.indexOf('+');
    int second = first < 0 ? -1 : text.indexOf('+', first + 1);
    if (second < 0) {
      throw NoteVerifierKey.invalid("key.verifier.format");
    }
    String name = text.substring(0, first);
    if (!NoteRules.isValidKeyName(name)) {
      throw NoteVerifierKey.invalid("key.name.invalid", name);
    }
    Optional<Integer> id = NoteRules.parseHexKeyId(text.substring(first + 1, second));
    if (id.isEmpty()) {
      throw NoteVerifierKey.invalid("key.id.format", text.substring(first + 1, second));
    }
    byte[] material = NoteRules.decodeBase64(text.substring(second + 1)).orElse(null);
    if (material == null) {
      throw NoteVerifierKey.invalid("key.base64");
    }
    if (material.length == 0 || material[0] != COSIGNATURE_V1) {
      throw NoteVerifierKey.invalid(
          "witness.key.type", material.length == 0 ? "none" : String.format("0x%02x", material[0]));
    }
    if (material.length != 1 + Ed25519.KEY_LENGTH) {
      throw NoteVerifierKey.invalid("key.length", material.length - 1);
    }
    WitnessVerifierKey key = ofEd25519(name, Arrays.copyOfRange(material, 1, material.length));
    if (key.keyId != id.get()) {
      throw NoteVerifierKey.invalid("key.id.mismatch", NoteRules.hex(id.get()), key.keyIdHex());
    }
    return key;
  }

  /** The message a {@code cosignature/v1} signs: header, time line, checkpoint body. */
  static String signedMessage(long timestamp, String checkpointText) {
    return "cosignature/v1\ntime " + Long.toUnsignedString(timestamp) + "\n" + checkpointText;
  }

  public String name() {
    return name;
  }

  public int keyId() {
    return keyId;
  }

  public String keyIdHex() {
    return NoteRules.hex(keyId);
  }

  /** {@code name+hex(id)}, how messages name this witness. */
  public String label() {
    return name + "+" + keyIdHex();
  }

  /** A copy of the 32-byte Ed25519 public key. */
  public byte[] publicKey() {
    return publicKey.clone();
  }

  /** Whether {@code signature} is a line of this witness (same name and key ID). */
  public boolean claims(NoteSignature signature) {
    return signature.keyName().equals(name) && signature.keyId() == keyId;
  }

  /**
   * The cosignature's timestamp when {@code signature} is this witness's valid {@code
   * cosignature/v1} over {@code checkpointText}; empty when it is not (another key, wrong length,
   * timestamp beyond 2^63-1, or a signature that does not verify).
   */
  public Optional<Long> verify(String checkpointText, NoteSignature signature) {
    if (!claims(signature)) {
      return Optional.empty();
    }
    byte[] raw = Base64.getDecoder().decode(signature.base64());
    if (raw.length != 4 + 8 + Ed25519.SIGNATURE_LENGTH) {
      return Optional.empty();
    }
    ByteBuffer buffer = ByteBuffer.wrap(raw, 4, 8);
    long timestamp = buffer.getLong();
    if (timestamp < 0) {
      return Optional.empty();
    }
    byte[] sig = Arrays.copyOfRange(raw, 12, raw.length);
    byte[] message = signedMessage(timestamp, checkpointText).getBytes(StandardCharsets.UTF_8);
    return Ed25519.verify(publicKey, message, sig) ? Optional.of(timestamp) : Optional.empty();
  }

  /** The verifier key string, {@code name+hex(id)+base64(0x04 || key)}. */
  public String encoded() {
    byte[] material = new byte[1 + publicKey.length];
    material[0] = COSIGNATURE_V1;
    System.arraycopy(publicKey, 0, material, 1, publicKey.length);
    return name + "+" + keyIdHex() + "+" + Base64.getEncoder().encodeToString(material);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WitnessVerifierKey k
        && name.equals(k.name)
        && Arrays.equals(publicKey, k.publicKey);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, Arrays.hashCode(publicKey));
  }

  @Override
  public String toString() {
    return encoded();
  }
}
