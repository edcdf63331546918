package org.ocnkit.ledger;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import org.ocnkit.InvalidInputException;
import org.ocnkit.ledger.internal.Ed25519;

/**
 * The log's private Ed25519 key that signs checkpoints, with its key name (the log's origin). Its
 * string form is the private-key encoding of Go's {@code golang.org/x/mod/sumdb/note}:
 *
 * <pre>{@code PRIVATE+KEY+<name>+<hex(key ID)>+<base64(0x01 || 32-byte seed)>}</pre>
 *
 * <p>The key is a secret: {@link #toString()} shows only the name and key ID, and the private
 * string comes out only through the deliberately named {@link #revealPrivateKeyString()}, for
 * writing it to the workspace's {@code keys/} folder.
 */
public final class NoteSigningKey {
  private static final String PREFIX = "PRIVATE+KEY+";

  private final String name;
  private final byte[] seed;
  private final NoteVerifierKey verifierKey;

  private NoteSigningKey(String name, byte[] seed, byte[] publicKey) {
    this.name = name;
    this.seed = seed;
    this.verifierKey = NoteVerifierKey.ofEd25519(name, publicKey);
  }

  /**
   * A new random key named {@code name}; for a log, the origin, such as {@code
   * intyg.example-kommun.se/ocn-log}.
   */
  public static NoteSigningKey generate(String name) {
    checkName(name);
    byte[][] pair = Ed25519.generate();
    return new NoteSigningKey(name, pair[0], pair[1]);
  }

  /** The key of a 32-byte Ed25519 seed (RFC 8032 private key). */
  public static NoteSigningKey fromSeed(String name, byte[] seed) {
    checkName(name);
    byte[] copy = seed.clone();
    return new NoteSigningKey(name, copy, Ed25519.publicKey(copy));
  }

  /**
   * Reads a private key string; {@link InvalidInputException} says what is wrong, without echoing
   * the secret. The key ID must match the name and the public key derived from the seed.
   */
  public static NoteSigningKey parse(String skey) {
    Objects.requireNonNull(skey, "skey");
    if (!skey.startsWith(PREFIX)) {
      throw NoteVerifierKey.invalid("key.private.format");
    }
    String rest = skey.substring(PREFIX.length());
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
      if (material.length == 0 || material[0] != NoteRules.ED25519) {
        throw NoteVerifierKey.invalid(
            "key.algorithm", material.length == 0 ? "none" : String.format("0x%02x", material[0]));
      }
      if (material.length != 1 + Ed25519.KEY_LENGTH) {
        throw NoteVerifierKey.invalid("key.length", material.length - 1);
      }
      NoteSigningKey key = fromSeed(name, Arrays.copyOfRange(material, 1, material.length));
      if (key.verifierKey.keyId() != id.get()) {
        throw NoteVerifierKey.invalid(
            "key.id.mismatch", NoteRules.hex(id.get()), key.verifierKey.keyIdHex());
      }
      return key;
    } finally {
      Arrays.fill(material, (byte) 0);
    }
  }

  private static void checkName(String name) {
    if (!NoteRules.isValidKeyName(name)) {
      throw new IllegalArgumentException(
          "a key name must be non-empty, with no spaces, plus signs or control characters: \""
              + name
              + "\"");
    }
  }

  /** The key name. */
  public String name() {
    return name;
  }

  /** The public half, to publish and pin. */
  public NoteVerifierKey verifierKey() {
    return verifierKey;
  }

  /** The Ed25519 signature of the UTF-8 bytes of {@code text}. */
  byte[] sign(String text) {
    return Ed25519.sign(seed, text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The private key string {@code PRIVATE+KEY+name+hex(id)+base64(0x01 || seed)}. Whoever has it
   * can sign checkpoints in the log's name: store it only where the issuer's other keys live.
   */
  public String revealPrivateKeyString() {
    byte[] material = new byte[1 + seed.length];
    material[0] = NoteRules.ED25519;
    System.arraycopy(seed, 0, material, 1, seed.length);
    try {
      return PREFIX
          + name
          + "+"
          + verifierKey.keyIdHex()
          + "+"
          + Base64.getEncoder().encodeToString(material);
    } finally {
      Arrays.fill(material, (byte) 0);
    }
  }

  /** Name and key ID only; never the secret. */
  @Override
  public String toString() {
    return "NoteSigningKey[" + name + "+" + verifierKey.keyIdHex() + ", secret hidden]";
  }
}
