package org.ocnkit.certificate;

import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.ocnkit.io.Sha256;

/**
 * A certificate's identity: the SHA-256 of the exact bytes of its record, as 64 lowercase hex
 * digits. The register and the transparency log hold fingerprints, never names.
 */
public record Fingerprint(String hex) {
  private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

  public Fingerprint {
    Objects.requireNonNull(hex, "hex");
    if (!HEX.matcher(hex).matches()) {
      throw new IllegalArgumentException("a fingerprint is 64 lowercase hex digits, got " + hex);
    }
  }

  /** The fingerprint of {@code recordBytes}. */
  public static Fingerprint of(byte[] recordBytes) {
    return new Fingerprint(HexFormat.of().formatHex(sha256(recordBytes)));
  }

  /**
   * A fingerprint as a person may type or copy it: hex digits in any case, with spaces between
   * groups.
   */
  public static Optional<Fingerprint> parse(String text) {
    String compact = text.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    return HEX.matcher(compact).matches()
        ? Optional.of(new Fingerprint(compact))
        : Optional.empty();
  }

  /** The 32 bytes. */
  public byte[] bytes() {
    return HexFormat.of().parseHex(hex);
  }

  /**
   * The first and last 8 digits, {@code 9f86d081…b0f00a08}, for a person to compare at a glance.
   */
  public String abbreviated() {
    return hex.substring(0, 8) + "\u2026" + hex.substring(56);
  }

  /** Eight groups of eight digits separated by spaces, as printed on a certificate. */
  public String grouped() {
    StringBuilder out = new StringBuilder(71);
    for (int i = 0; i < 64; i += 8) {
      if (i > 0) {
        out.append(' ');
      }
      out.append(hex, i, i + 8);
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return hex;
  }

  static byte[] sha256(byte[] bytes) {
    return Sha256.of(bytes);
  }
}
