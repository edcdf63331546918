package org.ocnkit.certificate.signature;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Every check {@link PdfSignatureVerifier} ran on a file, in order, with what the signature claims
 * about itself. Immutable; a verifier of whole certificates merges {@link #checks()} with its own.
 *
 * @param checks the checks in {@link SignatureCheck} order; never empty
 * @param signature the signature's claims, empty when the file has no readable signature
 */
public record PdfSignatureReport(List<CheckResult> checks, Optional<SignatureInfo> signature) {
  public PdfSignatureReport {
    checks = List.copyOf(checks);
    Objects.requireNonNull(signature, "signature");
    if (checks.isEmpty()) {
      throw new IllegalArgumentException("a report lists at least one check");
    }
  }

  /** True when every check passed. */
  public boolean verified() {
    return checks.stream().allMatch(CheckResult::passed);
  }

  /** The result of {@code check}, empty when it was not run (a timestamp check without one). */
  public Optional<CheckResult> result(SignatureCheck check) {
    return checks.stream().filter(c -> c.check() == check).findFirst();
  }

  /** The checks that failed, in order. */
  public List<CheckResult> failures() {
    return checks.stream().filter(c -> !c.passed()).toList();
  }

  @Override
  public String toString() {
    return checks.stream().map(CheckResult::toString).collect(Collectors.joining("\n"));
  }
}
