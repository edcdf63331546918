package org.ocnkit.certificate;

import java.util.Objects;
import java.util.regex.Pattern;
import org.ocnkit.Message;

/**
 * The result of one named verification check, such as {@code RECORD_HASH}: whether it passed and
 * why, in a sentence a person can act on (Swedish and English).
 *
 * @param name the check's stable name, capital letters, digits and underscores
 */
public record Check(String name, boolean passed, Message reason) {
  private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]*");

  public Check {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(reason, "reason");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("a check name is CAPITALS_AND_DIGITS, got " + name);
    }
  }

  public static Check pass(String name, Message reason) {
    return new Check(name, true, reason);
  }

  public static Check fail(String name, Message reason) {
    return new Check(name, false, reason);
  }

  @Override
  public String toString() {
    return name + " " + (passed ? "PASS" : "FAIL") + ": " + reason;
  }
}
