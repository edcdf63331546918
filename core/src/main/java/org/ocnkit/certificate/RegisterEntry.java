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
 * @param review the flag raised on a qualification certificate when a unit certificate it rests on
 *     was revoked, if there is one
 */
public record RegisterEntry(
    long serial,
    CertificateCode code,
    Fingerprint fingerprint,
    Instant issuedAt,
    LocalDate issueDate,
    long leafIndex,
    long treeSize,
    Optional<Revocation> revocation,
    Optional<Review> review) {
  /** An entry without a review flag. */
  public RegisterEntry(
      long serial,
      CertificateCode code,
      Fingerprint fingerprint,
      Instant issuedAt,
      LocalDate issueDate,
      long leafIndex,
      long treeSize,
      Optional<Revocation> revocation) {
    this(
        serial,
        code,
        fingerprint,
        issuedAt,
        issueDate,
        leafIndex,
        treeSize,
        revocation,
        Optional.empty());
  }

  public RegisterEntry {
    Objects.requireNonNull(review, "review");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(fingerprint, "fingerprint");
    Objects.requireNonNull(issuedAt, "issuedAt");
    Objects.requireNonNull(issueDate, "issueDate");
    Objects.requireNonNull(revocation, "revocation");
  }

  /** Valid, under review or revoked; a revocation beats a review flag. */
  public Status status() {
    return revocation.isPresent()
        ? Status.REVOKED
        : review.isPresent() ? Status.UNDER_REVIEW : Status.VALID;
  }

  /** The status of a certificate in the register. */
  public enum Status {
    VALID,
    /**
     * A qualification certificate one of whose unit certificates was revoked: not to be relied on
     * until the issuer has reviewed it (and revoked it, or issued it anew).
     */
    UNDER_REVIEW,
    REVOKED
  }

  /**
   * The review flag on a qualification certificate: when it was raised and the revoked unit
   * certificate that raised it (the first, when several were revoked).
   */
  public record Review(Instant flaggedAt, CertificateCode cause) {
    public Review {
      Objects.requireNonNull(flaggedAt, "flaggedAt");
      Objects.requireNonNull(cause, "cause");
    }
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
