package org.ocnkit.moderation;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.ocnkit.Message;

/**
 * A moderator's outcome for an assessment: the sign-off stands, or it goes back to the assessor.
 */
public enum Verdict {
  /** The assessment stands: the unit may be certified. */
  CONFIRM("confirm"),
  /** The assessment does not stand: the sign-off is withdrawn and the enrolment reopened. */
  REJECT("reject");

  private final String code;

  Verdict(String code) {
    this.code = code;
  }

  /** {@code confirm} or {@code reject}, as typed on the command line. */
  public String code() {
    return code;
  }

  /** "bekräftad", "underkänd" ... */
  public String displayName(Locale locale) {
    return Message.of(Verdict.class, "verdict." + code).format(locale);
  }

  public static Optional<Verdict> fromCode(String code) {
    return Arrays.stream(values()).filter(v -> v.code.equals(code)).findFirst();
  }
}
