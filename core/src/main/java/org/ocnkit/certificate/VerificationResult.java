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
 * @param logKeySource where the log key the checkpoint was checked with came from, if there was
 *     one
 */
public record VerificationResult(String source, Verdict verdict, List<VerificationCheck> checks,
    Optional<CertificateRecord> record, Optional<SignatureInfo> signature,
    Optional<RegisterEntry.Revocation> revocation,
    Optional<VerificationOptions.LogKeySource> logKeySource) {
  public VerificationResult {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(verdict, "verdict");
    checks = List.copyOf(checks);
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(signature, "signature");
    Objects.requireNonNull(revocation, "revocation");
    Objects.requireNonNull(logKeySource, "logKeySource");
    if (checks.isEmpty()) {
      throw new IllegalArgumentException("a verification lists at least one check");
    }
  }

  /** The conclusion of a verification. */
  public enum Verdict {
    /** Every check passed, or could not be run for lack of something to check against. */
    VALID,
    /** A check failed: forged, altered, not issued by a trusted issuer, or not in the log. */
    INVALID,
    /** Intact and genuine, but the issuer revoked it. */
    REVOKED,
    /** The file is not a PDF, or a PDF without a certificate record. */
    NOT_A_CERTIFICATE
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

  /** The checks that could not be run, in order. */
  public List<VerificationCheck> notChecked() {
    return checks.stream()
        .filter(c -> c.outcome() == VerificationCheck.Outcome.NOT_CHECKED).toList();
  }

  @Override
  public String toString() {
    return source + ": " + verdict + "\n" + checks.stream().map(VerificationCheck::toString)
        .collect(Collectors.joining("\n"));
  }
}
