package org.ocnkit.certificate;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.ocnkit.Message;

/**
 * One named check of a certificate verification and its outcome, with the reason in words an
 * employer can act on (Swedish and English).
 *
 * @param name the check's stable name, such as {@code SIGNATURE_INTACT} or {@code LOG_INCLUSION}
 * @param outcome passed, failed, or not checked (and then the reason says why not)
 * @param reason what was found
 */
public record VerificationCheck(String name, Outcome outcome, Message reason) {
  private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]*");

  public VerificationCheck {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(reason, "reason");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("a check name is CAPITALS_AND_DIGITS, got " + name);
    }
  }

  /** What came of a check. */
  public enum Outcome {
    PASSED,
    FAILED,
    /** The check could not be run: nothing to check against (no register, no log key). */
    NOT_CHECKED
  }

  static VerificationCheck passed(String name, Message reason) {
    return new VerificationCheck(name, Outcome.PASSED, reason);
  }

  static VerificationCheck failed(String name, Message reason) {
    return new VerificationCheck(name, Outcome.FAILED, reason);
  }

  static VerificationCheck notChecked(String name, Message reason) {
    return new VerificationCheck(name, Outcome.NOT_CHECKED, reason);
  }

  static VerificationCheck of(String name, boolean passed, Message reason) {
    return new VerificationCheck(name, passed ? Outcome.PASSED : Outcome.FAILED, reason);
  }

  public boolean passed() {
    return outcome == Outcome.PASSED;
  }

  public boolean failed() {
    return outcome == Outcome.FAILED;
  }

  @Override
  public String toString() {
    return name + " " + outcome + ": " + reason.format(Locale.ROOT);
  }
}
