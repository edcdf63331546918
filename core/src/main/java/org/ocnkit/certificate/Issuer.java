package org.ocnkit.certificate;

import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Who issues a certificate: the organisation's name, and the SHA-256 of its X.509 signing
 * certificate (DER), which ties the record to the key that signs the PDF.
 *
 * @param certificateSha256 64 lowercase hex digits
 */
public record Issuer(String organisation, String certificateSha256) {
  private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

  public Issuer {
    organisation = Texts.normalize(organisation, "issuer organisation", 200);
    Objects.requireNonNull(certificateSha256, "certificateSha256");
    if (!HEX.matcher(certificateSha256).matches()) {
      throw new IllegalArgumentException(
          "the issuer certificate's SHA-256 is 64 lowercase hex digits, got " + certificateSha256);
    }
  }

  /** The issuer whose signing certificate has the DER encoding {@code certificateDer}. */
  public static Issuer of(String organisation, byte[] certificateDer) {
    return new Issuer(organisation, HexFormat.of().formatHex(Fingerprint.sha256(certificateDer)));
  }

  /** The first and last 8 digits of the certificate hash, for printing. */
  public String abbreviatedCertificateSha256() {
    return certificateSha256.substring(0, 8) + "\u2026" + certificateSha256.substring(56);
  }
}
