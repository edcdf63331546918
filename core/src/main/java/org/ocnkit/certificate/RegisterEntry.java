package org.ocnkit.certificate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A certificate as the register knows it: identifiers, when it was issued, where it is in the
 * transparency log, and whether it was revoked. No personal data.
 *
 * @param serial the issuer's serial number
 * @param code the short code
 * @param fingerprint the SHA-256 of its record
 * @param issuedAt when it was issued
 * @param issueDate the issue date printed on it
 * @param leafIndex the index of its fingerprint in the transparency log
 * @param treeSize the size of the checkpoint its embedded log proof leads to
 * @param revocation its revocation, if it was revoked
 */
public record RegisterEntry(long serial, CertificateCode code, Fingerprint fingerprint,
    Instant issuedAt, LocalDate issueDate, long leafIndex, long treeSize,
    Optional<Revocation> revocation) {
  public RegisterEntry {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(fingerprint, "fingerprint");
    Objects.requireNonNull(issuedAt, "issuedAt");
    Objects.requireNonNull(issueDate, "issueDate");
    Objects.requireNonNull(revocation, "revocation");
  }

  /** Valid or revoked. */
  public Status status() {
    return revocation.isPresent() ? Status.REVOKED : Status.VALID;
  }

  /** The status of a certificate in the register. */
  public enum Status {
    VALID,
    REVOKED
  }

  /**
   * When and why a certificate was revoked.
   *
   * @param reason the coordinator's words
   */
  public record Revocation(Instant revokedAt, String reason) {
    public Revocation {
      Objects.requireNonNull(revokedAt, "revokedAt");
      Objects.requireNonNull(reason, "reason");
    }
  }
}
