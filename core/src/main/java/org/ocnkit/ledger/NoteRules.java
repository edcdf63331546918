package org.ocnkit.ledger;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;

/** The lexical rules of C2SP signed-note shared by keys, notes and checkpoints. */
final class NoteRules {
  /** Signature type byte of Ed25519 in C2SP signed-note. */
  static final byte ED25519 = 0x01;

  private NoteRules() {}

  /**
   * Whether {@code name} is a valid key name: non-empty, no Unicode space and no plus (C2SP
   * signed-note §Format), and no character below U+0020 (no note may hold one).
   */
  static boolean isValidKeyName(String name) {
    if (name == null || name.isEmpty()) {
      return false;
    }
    return name.codePoints().noneMatch(cp -> isSpace(cp) || cp == '+' || cp < 0x20)
        && isWellFormed(name);
  }

  /** Unicode spaces as Go's {@code unicode.IsSpace}: White_Space characters. */
  static boolean isSpace(int cp) {
    return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0x85;
  }

  /** No unpaired surrogates, so the string has a UTF-8 encoding. */
  static boolean isWellFormed(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
          return false;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The line (1-based) of the first ASCII control character other than newline, that is a character
   * below U+0020 (C2SP signed-note §Format), if any.
   */
  static Optional<Integer> lineWithControlCharacter(String text) {
    int line = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        line++;
      } else if (c < 0x20) {
        return Optional.of(line);
      }
    }
    return Optional.empty();
  }

  /** Strict UTF-8 decoding: empty when {@code bytes} is not valid UTF-8. */
  static Optional<String> decodeUtf8(byte[] bytes) {
    try {
      return Optional.of(
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  /** Canonical standard base64 with padding, or empty. */
  static Optional<byte[]> decodeBase64(String s) {
    try {
      byte[] decoded = Base64.getDecoder().decode(s);
      return Base64.getEncoder().encodeToString(decoded).equals(s)
          ? Optional.of(decoded)
          : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * The key ID: the first four bytes, big-endian, of {@code SHA-256(name || 0x0A || type ||
   * publicKey)}.
   */
  static int keyId(String name, byte type, byte[] publicKey) {
    MessageDigest digest = Hash.newSha256();
    digest.update(name.getBytes(StandardCharsets.UTF_8));
    digest.update((byte) '\n');
    digest.update(type);
    digest.update(publicKey);
    return ByteBuffer.wrap(digest.digest()).getInt();
  }

  /** Eight lowercase hex digits. */
  static String hex(int keyId) {
    return String.format("%08x", keyId);
  }

  /** Parses exactly eight lowercase hex digits. */
  static Optional<Integer> parseHexKeyId(String s) {
    if (s.length() != 8
        || !s.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
      return Optional.empty();
    }
    return Optional.of(Integer.parseUnsignedInt(s, 16));
  }
}
