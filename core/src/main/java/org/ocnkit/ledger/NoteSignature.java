package org.ocnkit.ledger;

import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * One signature line of a signed note, {@code — <key name> <base64(key ID || signature)>}.
 *
 * @param keyName the name of the key that claims to have signed
 * @param keyId the 32-bit key ID, the first four bytes of the encoded signature
 * @param base64 the encoded signature as written on the line: standard base64 of the key ID
 *     followed by the signature bytes
 */
public record NoteSignature(String keyName, int keyId, String base64) {
  /** The em dash (U+2014) and space that start every signature line. */
  public static final String LINE_PREFIX = "\u2014 ";

  public NoteSignature {
    if (!NoteRules.isValidKeyName(keyName)) {
      throw new IllegalArgumentException("not a valid key name: \"" + keyName + "\"");
    }
    byte[] raw =
        NoteRules.decodeBase64(Objects.requireNonNull(base64, "base64"))
            .orElseThrow(() -> new IllegalArgumentException("not canonical base64: " + base64));
    if (raw.length < 5) {
      throw new IllegalArgumentException("a signature holds a 4-byte key ID and at least 1 byte");
    }
    if (java.nio.ByteBuffer.wrap(raw).getInt() != keyId) {
      throw new IllegalArgumentException("the signature does not start with key ID " + keyId);
    }
  }

  /** Signs {@code text} with {@code key}. */
  static NoteSignature sign(String text, NoteSigningKey key) {
    byte[] signature = key.sign(text);
    NoteVerifierKey vkey = key.verifierKey();
    byte[] raw = new byte[4 + signature.length];
    java.nio.ByteBuffer.wrap(raw).putInt(vkey.keyId()).put(signature);
    return new NoteSignature(key.name(), vkey.keyId(), Base64.getEncoder().encodeToString(raw));
  }

  /** The signature bytes, without the key ID. */
  public byte[] signature() {
    byte[] raw = Base64.getDecoder().decode(base64);
    return Arrays.copyOfRange(raw, 4, raw.length);
  }

  /** The key ID as eight lowercase hex digits. */
  public String keyIdHex() {
    return NoteRules.hex(keyId);
  }

  /** The line, with its final newline. */
  public String line() {
    return LINE_PREFIX + keyName + " " + base64 + "\n";
  }
}
