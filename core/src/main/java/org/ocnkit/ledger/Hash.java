package org.ocnkit.ledger;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import org.ocnkit.io.Sha256;

/**
 * A 32-byte SHA-256 value: a certificate fingerprint (the data the log holds), a leaf hash, an
 * inner node hash or a tree root. Immutable; two hashes are equal when their bytes are.
 *
 * <p>The log never holds anything but such values, so it holds no personal data: a fingerprint is
 * the SHA-256 of a certificate record, and a hash cannot be turned back into the record.
 */
public final class Hash {
  /** The length of every hash, in bytes. */
  public static final int LENGTH = 32;

  private static final HexFormat HEX = HexFormat.of();

  private final byte[] bytes;

  private Hash(byte[] bytes) {
    this.bytes = bytes;
  }

  /** The hash with these 32 bytes (copied). */
  public static Hash of(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    if (bytes.length != LENGTH) {
      throw new IllegalArgumentException(
          "a SHA-256 hash is " + LENGTH + " bytes, got " + bytes.length);
    }
    return new Hash(bytes.clone());
  }

  /** The hash written as 64 hex digits (either case). */
  public static Hash fromHex(String hex) {
    Objects.requireNonNull(hex, "hex");
    if (hex.length() != 2 * LENGTH) {
      throw new IllegalArgumentException(
          "a SHA-256 hash is 64 hex digits, got " + hex.length() + " characters: " + hex);
    }
    try {
      return new Hash(HEX.parseHex(hex));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not a hex SHA-256 hash: " + hex, e);
    }
  }

  /** The hash written in standard base64 with padding (RFC 4648 §4), 44 characters. */
  public static Hash fromBase64(String base64) {
    Objects.requireNonNull(base64, "base64");
    byte[] decoded;
    try {
      decoded = Base64.getDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not base64: " + base64, e);
    }
    if (decoded.length != LENGTH || !Base64.getEncoder().encodeToString(decoded).equals(base64)) {
      throw new IllegalArgumentException(
          "not the canonical base64 of a 32-byte SHA-256 hash: " + base64);
    }
    return new Hash(decoded);
  }

  /** The SHA-256 of {@code data}. */
  public static Hash sha256(byte[] data) {
    return new Hash(newSha256().digest(data));
  }

  static MessageDigest newSha256() {
    return Sha256.newDigest();
  }

  /** A copy of the 32 bytes. */
  public byte[] bytes() {
    return bytes.clone();
  }

  /** Writes the 32 bytes into {@code digest} without copying them. */
  public void updateDigest(MessageDigest digest) {
    digest.update(bytes);
  }

  /** 64 lowercase hex digits. */
  public String hex() {
    return HEX.formatHex(bytes);
  }

  /** Standard base64 with padding, as used in checkpoints and proofs. */
  public String base64() {
    return Base64.getEncoder().encodeToString(bytes);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Hash h && MessageDigest.isEqual(bytes, h.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  /** The hex form. */
  @Override
  public String toString() {
    return hex();
  }
}
