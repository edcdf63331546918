package org.ocnkit.certificate;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ocnkit.certificate.signature.SignatureInfo;

/**
 * Everything {@link CertificateVerifier} found out about one file: the verdict, every check it ran
 * in order with its outcome and reason, and what the certificate says about itself.
 *
 * @param source how the file was named
 * @param verdict the conclusion
 * @param checks every check, in the order run; never empty
 * @param record the embedded record, when the file carries a valid one (claims, until the checks
 *     say otherwise)
 * @param signature what the signature claims about itself, when there is one
 * @param revocation when and why the certificate was revoked, if the register or revocation list
 *     says so
 * @param logKeySource where the log key the checkpoint was checked with came from, if there was one
 * @param policy the rule applied: which checks were accepted as not run, and the verifier's time
 */
public record VerificationResult(
    String source,
    Verdict verdict,
    List<VerificationCheck> checks,
    Optional<CertificateRecord> record,
    Optional<SignatureInfo> signature,
    Optional<RegisterEntry.Revocation> revocation,
    Optional<VerificationOptions.LogKeySource> logKeySource,
    VerificationOptions.Policy policy) {
  public VerificationResult {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(verdict, "verdict");
    checks = List.copyOf(checks);
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(signature, "signature");
    Objects.requireNonNull(revocation, "revocation");
    Objects.requireNonNull(logKeySource, "logKeySource");
    Objects.requireNonNull(policy, "policy");
    if (checks.isEmpty()) {
      throw new IllegalArgumentException("a verification lists at least one check");
    }
  }

  /** The conclusion of a verification. */
  public enum Verdict {
    /**
     * Every check ran and passed; or, where the policy accepts a check as not run by name, every
     * other check did.
     */
    VALID,
    /**
     * No check failed, but one the policy requires could not be run for lack of something to check
     * against (no status source, no log key, no log to compare with): "valid as far as checked".
     * {@link #unchecked()} names them; {@code ocn verify} exits 5.
     */
    VALID_AS_FAR_AS_CHECKED,
    /** A check failed: forged, altered, not issued by a trusted issuer, or not in the log. */
    INVALID,
    /** Intact and genuine, but the issuer revoked it. */
    REVOKED,
    /**
     * Intact, genuine and not revoked, but a qualification certificate one of whose unit
     * certificates was revoked: the issuer is reviewing it; not to be relied on meanwhile. {@code
     * ocn verify} exits 6.
     */
    UNDER_REVIEW,
    /** The file is not a PDF, or a PDF without a certificate record. */
    NOT_A_CERTIFICATE
  }

  /**
   * The verdict {@code checks} lead to under {@code policy}: {@link Verdict#INVALID} when a check
   * failed (a failed status check counts as {@link Verdict#REVOKED} when {@code revoked}), {@link
   * Verdict#VALID_AS_FAR_AS_CHECKED} when a check the policy requires was not run, else {@link
   * Verdict#VALID}. Every verifier of a certificate format concludes through this one rule.
   */
  public static Verdict conclude(
      List<VerificationCheck> checks, boolean revoked, VerificationOptions.Policy policy) {
    return conclude(checks, revoked, false, policy);
  }

  /**
   * As {@link #conclude(List, boolean, VerificationOptions.Policy)}, where a failed status check
   * counts as {@link Verdict#UNDER_REVIEW} when {@code underReview} (and not revoked): nothing else
   * failed, but the issuer flagged the certificate for review.
   */
  public static Verdict conclude(
      List<VerificationCheck> checks,
      boolean revoked,
      boolean underReview,
      VerificationOptions.Policy policy) {
    boolean statusExplained = revoked || underReview;
    boolean failed =
        checks.stream()
            .anyMatch(c -> c.failed() && !(c.name().equals("STATUS") && statusExplained));
    return failed
        ? Verdict.INVALID
        : revoked
            ? Verdict.REVOKED
            : underReview
                ? Verdict.UNDER_REVIEW
                : !unchecked(checks, policy).isEmpty()
                    ? Verdict.VALID_AS_FAR_AS_CHECKED
                    : Verdict.VALID;
  }

  /** True when the verdict is {@link Verdict#VALID}. */
  public boolean valid() {
    return verdict == Verdict.VALID;
  }

  /** The check named {@code name}, if it was run. */
  public Optional<VerificationCheck> check(String name) {
    return checks.stream().filter(c -> c.name().equals(name)).findFirst();
  }

  /** The failed checks, in order. */
  public List<VerificationCheck> failures() {
    return checks.stream().filter(VerificationCheck::failed).toList();
  }

  /**
   * The checks that could not be run and that the policy does not accept as not run: what keeps a
   * {@link Verdict#VALID_AS_FAR_AS_CHECKED} certificate from being {@link Verdict#VALID}.
   */
  public List<VerificationCheck> unchecked() {
    return unchecked(checks, policy);
  }

  static List<VerificationCheck> unchecked(
      List<VerificationCheck> checks, VerificationOptions.Policy policy) {
    return checks.stream()
        .filter(c -> c.outcome() == VerificationCheck.Outcome.NOT_CHECKED)
        .filter(c -> !c.name().equals("TIMESTAMP") && !policy.accepts(c.name()))
        .toList();
  }

  /** The checks that could not be run, in order. */
  public List<VerificationCheck> notChecked() {
    return checks.stream()
        .filter(c -> c.outcome() == VerificationCheck.Outcome.NOT_CHECKED)
        .toList();
  }

  @Override
  public String toString() {
    return source
        + ": "
        + verdict
        + "\n"
        + checks.stream().map(VerificationCheck::toString).collect(Collectors.joining("\n"));
  }
}
