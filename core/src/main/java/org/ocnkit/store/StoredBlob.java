package org.ocnkit.store;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A file in the workspace's content-addressed attachment store.
 *
 * @param sha256 the SHA-256 of the content, 64 lowercase hex digits; also its name in {@code
 *     evidence/}
 * @param sizeBytes the content's length
 */
public record StoredBlob(String sha256, long sizeBytes) {
  private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

  public StoredBlob {
    requireSha256(sha256);
    if (sizeBytes < 0) {
      throw new IllegalArgumentException("size cannot be negative: " + sizeBytes);
    }
  }

  /** Whether {@code text} is a SHA-256 in the store's form: 64 lowercase hex digits. */
  public static boolean isSha256(String text) {
    return text != null && HEX.matcher(text).matches();
  }

  static String requireSha256(String sha256) {
    Objects.requireNonNull(sha256, "sha256");
    if (!isSha256(sha256)) {
      throw new IllegalArgumentException("a SHA-256 is 64 lowercase hex digits, got " + sha256);
    }
    return sha256;
  }
}
