package org.ocnkit.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256, the one digest ocnkit uses for identities (unit, qualification and record hashes,
 * attachment names, the audit chain). Every Java runtime has it, so its absence is a broken runtime
 * ({@link IllegalStateException}), not something a caller handles.
 */
public final class Sha256 {
  private Sha256() {}

  /** A fresh digest for feeding in parts. */
  public static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** The 32 bytes of the SHA-256 of {@code data}. */
  public static byte[] of(byte[] data) {
    return newDigest().digest(data);
  }

  /** The SHA-256 of {@code data} as 64 lowercase hex digits. */
  public static String hex(byte[] data) {
    return HexFormat.of().formatHex(of(data));
  }

  /** The SHA-256 of {@code text} in UTF-8, as 64 lowercase hex digits. */
  public static String hex(String text) {
    return hex(text.getBytes(StandardCharsets.UTF_8));
  }

  /** The SHA-256 of a file's content, read in pieces, as 64 lowercase hex digits. */
  public static String hexOf(Path file) throws IOException {
    MessageDigest sha = newDigest();
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buffer = new byte[64 * 1024];
      int n;
      while ((n = in.read(buffer)) > 0) {
        sha.update(buffer, 0, n);
      }
    }
    return HexFormat.of().formatHex(sha.digest());
  }
}
