package org.ocnkit.evidence;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.ocnkit.Message;
import org.ocnkit.learner.internal.TypedText;

/**
 * Whether a criterion is met: the assessor's judgement, or the recorder's claim before it. Stored
 * as the constant's name.
 */
public enum Judgement {
  MET("met"),
  NOT_YET("not-yet");

  private final String code;

  Judgement(String code) {
    this.code = code;
  }

  /** The code on the command line: {@code met}, {@code not-yet}. */
  public String code() {
    return code;
  }

  /** "Uppnått" / "Inte än", "Met" / "Not yet". */
  public String displayName(Locale locale) {
    return Message.of(Judgement.class, "judgement." + code).format(locale);
  }

  /**
   * Reads the code, the Swedish or English name ({@code Uppnått}, {@code Inte än}, {@code Not yet})
   * or {@code ja}/{@code nej}, in any case.
   */
  public static Optional<Judgement> fromText(String text) {
    String key = TypedText.key(text);
    return Arrays.stream(values())
        .filter(
            j ->
                j.code.equals(key)
                    || TypedText.key(j.displayName(Message.SWEDISH)).equals(key)
                    || TypedText.key(j.displayName(Locale.ENGLISH)).equals(key)
                    || (j == MET ? "ja" : "nej").equals(key)
                    || (j == MET ? "yes" : "no").equals(key))
        .findFirst();
  }
}
