package org.ocnkit.ledger;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Message;
import org.ocnkit.ledger.internal.Ed25519;

/**
 * The public key that verifies a log's signed notes: an Ed25519 key with its name and key ID, in
 * the verifier-key encoding of C2SP signed-note (the same as Go's {@code
 * golang.org/x/mod/sumdb/note}):
 *
 * <pre>{@code <name>+<hex(key ID)>+<base64(0x01 || 32-byte public key)>}</pre>
 *
 * for example {@code example.com/foo+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k}. The
 * key ID is the first four bytes of {@code SHA-256(name || 0x0A || 0x01 || public key)}.
 *
 * <p>A verifier pins this string (in its configuration, or printed on the issuer's web page): a
 * checkpoint is only trusted when a signature by this exact key verifies.
 */
public final class NoteVerifierKey {
  private final String name;
  private final int keyId;
  private final byte[] publicKey;

  /**
   * Signed texts this key has already found valid, with their signatures: the certificates of one
   * batch carry the same checkpoint, and verifying a folder of them checked the same Ed25519
   * signature once per file (about 6 % of the time). Only exact repeats of a valid pair are taken
   * from here; anything else is verified. Not part of the key's value.
   */
  private final Set<String> verified = ConcurrentHashMap.newKeySet();

  private static final int VERIFIED_KEPT = 256;

  private NoteVerifierKey(String name, int keyId, byte[] publicKey) {
    this.name = name;
    this.keyId = keyId;
    this.publicKey = publicKey;
  }

  /** The verifier key of an Ed25519 public key under {@code name}. */
  public static NoteVerifierKey ofEd25519(String name, byte[] publicKey) {
    if (!NoteRules.isValidKeyName(name)) {
      throw new IllegalArgumentException(
          "a key name must be non-empty, with no spaces, plus signs or control characters: \""
              + name
              + "\"");
    }
    if (publicKey.length != Ed25519.KEY_LENGTH) {
      throw new IllegalArgumentException(
          "an Ed25519 public key is 32 bytes, got " + publicKey.length);
    }
    byte[] key = publicKey.clone();
    return new NoteVerifierKey(name, NoteRules.keyId(name, NoteRules.ED25519, key), key);
  }

  /**
   * Reads a verifier key string; {@link InvalidInputException} says what is wrong with it. The key
   * ID must match the name and key.
   */
  public static NoteVerifierKey parse(String vkey) {
    Objects.requireNonNull(vkey, "vkey");
    int first = vkey.indexOf('+');
    int second = first < 0 ? -1 : vkey.indexOf('+', first + 1);
    if (second < 0) {
      throw invalid("key.verifier.format");
    }
    String name = vkey.substring(0, first);
    if (!NoteRules.isValidKeyName(name)) {
      throw invalid("key.name.invalid", name);
    }
    Optional<Integer> id = NoteRules.parseHexKeyId(vkey.substring(first + 1, second));
    if (id.isEmpty()) {
      throw invalid("key.id.format", vkey.substring(first + 1, second));
    }
    byte[] material = NoteRules.decodeBase64(vkey.substring(second + 1)).orElse(null);
    if (material == null) {
      throw invalid("key.base64");
    }
    if (material.length == 0 || material[0] != NoteRules.ED25519) {
      throw invalid(
          "key.algorithm", material.length == 0 ? "none" : String.format("0x%02x", material[0]));
    }
    if (material.length != 1 + Ed25519.KEY_LENGTH) {
      throw invalid("key.length", material.length - 1);
    }
    NoteVerifierKey key = ofEd25519(name, Arrays.copyOfRange(material, 1, material.length));
    if (key.keyId != id.get()) {
      throw invalid("key.id.mismatch", NoteRules.hex(id.get()), key.keyIdHex());
    }
    return key;
  }

  static InvalidInputException invalid(String key, Object... args) {
    return new InvalidInputException(Message.of(NoteVerifierKey.class, key, args));
  }

  /** The key name; for a log key, the log's origin. */
  public String name() {
    return name;
  }

  /** The 32-bit key ID. */
  public int keyId() {
    return keyId;
  }

  /** The key ID as eight lowercase hex digits. */
  public String keyIdHex() {
    return NoteRules.hex(keyId);
  }

  /** A copy of the 32-byte Ed25519 public key. */
  public byte[] publicKey() {
    return publicKey.clone();
  }

  /** Whether {@code signature} (without the key ID prefix) is a valid signature of {@code text}. */
  public boolean verifies(String text, byte[] signature) {
    String pair = text + "\n" + Base64.getEncoder().encodeToString(signature);
    if (verified.contains(pair)) {
      return true;
    }
    boolean valid = Ed25519.verify(publicKey, text.getBytes(StandardCharsets.UTF_8), signature);
    if (valid) {
      if (verified.size() >= VERIFIED_KEPT) {
        verified.clear();
      }
      verified.add(pair);
    }
    return valid;
  }

  /** The verifier key string, {@code name+hex(id)+base64(0x01 || key)}. */
  public String encoded() {
    byte[] material = new byte[1 + publicKey.length];
    material[0] = NoteRules.ED25519;
    System.arraycopy(publicKey, 0, material, 1, publicKey.length);
    return name + "+" + keyIdHex() + "+" + Base64.getEncoder().encodeToString(material);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NoteVerifierKey k
        && name.equals(k.name)
        && keyId == k.keyId
        && Arrays.equals(publicKey, k.publicKey);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, keyId, Arrays.hashCode(publicKey));
  }

  /** The verifier key string. */
  @Override
  public String toString() {
    return encoded();
  }
}
