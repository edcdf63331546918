package org.ocnkit.certificate.signature;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One revoked certificate in a {@link RevocationList}. Holds no personal data: a certificate is
 * named by its short code and its fingerprint only.
 *
 * @param certificateCode the certificate's short human code: 1 to 100 characters, no whitespace or
 *     control characters
 * @param fingerprint the certificate's SHA-256 fingerprint, 64 lowercase hex digits
 * @param revokedAt when it was revoked, kept to the second
 * @param reason why, in the coordinator's words; not blank; may hold any text but control
 *     characters other than tab, line feed and carriage return
 */
public record RevocationEntry(
    String certificateCode, String fingerprint, Instant revokedAt, String reason) {
  private static final Pattern CODE = Pattern.compile("[^\\s\\p{Cntrl}]{1,100}");
  private static final Pattern FINGERPRINT = Pattern.compile("[0-9a-f]{64}");

  public RevocationEntry {
    Objects.requireNonNull(certificateCode, "certificateCode");
    Objects.requireNonNull(fingerprint, "fingerprint");
    Objects.requireNonNull(revokedAt, "revokedAt");
    Objects.requireNonNull(reason, "reason");
    if (!CODE.matcher(certificateCode).matches()) {
      throw new IllegalArgumentException(
          "a certificate code is 1-100 characters without "
              + "whitespace or control characters, got \""
              + certificateCode
              + "\"");
    }
    if (!FINGERPRINT.matcher(fingerprint).matches()) {
      throw new IllegalArgumentException(
          "a fingerprint is 64 lowercase hex digits, got \"" + fingerprint + "\"");
    }
    if (reason.isBlank()) {
      throw new IllegalArgumentException("a revocation needs a reason");
    }
    if (reason
        .chars()
        .anyMatch(c -> Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r')) {
      throw new IllegalArgumentException("a revocation reason cannot hold control characters");
    }
    revokedAt = revokedAt.truncatedTo(ChronoUnit.SECONDS);
  }
}
