package org.ocnkit.certificate.signature;

import java.util.Locale;
import java.util.Objects;
import org.ocnkit.Message;

/**
 * The outcome of one {@link SignatureCheck}: passed or not, and why, in words a verifier can show.
 *
 * @param check which check
 * @param passed true when the check holds
 * @param reason what was found; for a failure, what is wrong
 */
public record CheckResult(SignatureCheck check, boolean passed, Message reason) {
  public CheckResult {
    Objects.requireNonNull(check, "check");
    Objects.requireNonNull(reason, "reason");
  }

  /** The check's stable name, such as {@code SIGNATURE_INTACT}. */
  public String name() {
    return check.name();
  }

  @Override
  public String toString() {
    return check + (passed ? " passed: " : " FAILED: ") + reason.format(Locale.ROOT);
  }
}
