package org.ocnkit.unit;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.ocnkit.Message;

/** How an assessor gathers evidence that a learner meets a criterion. */
public enum AssessmentMethod {
  OBSERVATION("observation"),
  PRODUCT("product"),
  WITNESS_TESTIMONY("witness-testimony"),
  PROFESSIONAL_DISCUSSION("professional-discussion"),
  PHOTO("photo"),
  DOCUMENT("document");

  private final String code;

  AssessmentMethod(String code) {
    this.code = code;
  }

  /** The code used in files and on the command line, such as {@code witness-testimony}. */
  public String code() {
    return code;
  }

  /** The method's name in {@code locale}, such as "Vittnesintyg". */
  public String displayName(Locale locale) {
    return Message.of(AssessmentMethod.class, "method." + code).format(locale);
  }

  public static Optional<AssessmentMethod> fromCode(String code) {
    return Arrays.stream(values()).filter(m -> m.code.equals(code)).findFirst();
  }
}
