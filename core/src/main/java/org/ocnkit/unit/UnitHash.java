package org.ocnkit.unit;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The identity of a unit version: the SHA-256 of its canonical content, as 64 lowercase hex digits.
 * A panel approves a hash, not a file: any change to the content gives a new hash, which needs a
 * new decision.
 */
public record UnitHash(String hex) {
  private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

  public UnitHash {
    Objects.requireNonNull(hex, "hex");
    if (!HEX.matcher(hex).matches()) {
      throw new IllegalArgumentException("a unit hash is 64 lowercase hex digits, got " + hex);
    }
  }

  /** The first 12 hex digits, enough for a person to compare two hashes at a glance. */
  public String prefix() {
    return hex.substring(0, 12);
  }

  @Override
  public String toString() {
    return hex;
  }
}
