package org.ocnkit.qualification;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The identity of a qualification version: the SHA-256 of its canonical content, as 64 lowercase
 * hex digits. The panel approves this hash; any change of content, rules included, gives a new hash
 * that needs a new decision.
 */
public record QualificationHash(String hex) {
  private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

  public QualificationHash {
    Objects.requireNonNull(hex, "hex");
    if (!HEX.matcher(hex).matches()) {
      throw new IllegalArgumentException(
          "a qualification hash is 64 lowercase hex digits, got " + hex);
    }
  }

  /** The first 12 hex digits. */
  public String prefix() {
    return hex.substring(0, 12);
  }

  @Override
  public String toString() {
    return hex;
  }
}
