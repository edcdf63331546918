package org.ocnkit.moderation;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.ocnkit.Message;

/**
 * What a sample plan covers at least once (DESIGN §3, the CAMERA dimensions that can be counted):
 * every assessor, every unit, every assessment method used in the evidence, every assessment site
 * (placement) among the sign-offs the plan decides.
 */
public enum Dimension {
  ASSESSOR("assessor"),
  UNIT("unit"),
  METHOD("method"),
  SITE("site");

  private final String code;

  Dimension(String code) {
    this.code = code;
  }

  /**
   * The code in settings and files: {@code assessor}, {@code unit}, {@code method}, {@code site}.
   */
  public String code() {
    return code;
  }

  /** "bedömare", "kursenhet" ... */
  public String displayName(Locale locale) {
    return Message.of(Dimension.class, "dimension." + code).format(locale);
  }

  public static Optional<Dimension> fromCode(String code) {
    return Arrays.stream(values()).filter(d -> d.code.equals(code)).findFirst();
  }
}
