package org.ocnkit.learner;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.ocnkit.Message;
import org.ocnkit.learner.internal.TypedText;

/** Whether the apprentice was born outside Sweden, as the funders count it. */
public enum BornAbroad {
  YES("yes", "ja"),
  NO("no", "nej"),
  UNKNOWN("unknown", "okänt");

  private final String code;
  private final String swedish;

  BornAbroad(String code, String swedish) {
    this.code = code;
    this.swedish = swedish;
  }

  /** The code used in files and on the command line: {@code yes}, {@code no}, {@code unknown}. */
  public String code() {
    return code;
  }

  public String displayName(Locale locale) {
    return Message.of(BornAbroad.class, "bornAbroad." + code).format(locale);
  }

  /** Reads the code or the Swedish word ({@code ja}, {@code nej}, {@code okänt}), in any case. */
  public static Optional<BornAbroad> fromText(String text) {
    String t = TypedText.key(text);
    return Arrays.stream(values())
        .filter(b -> b.code.equals(t) || TypedText.key(b.swedish).equals(t))
        .findFirst();
  }

  /** The accepted codes, for messages. */
  public static String codes() {
    return String.join(", ", Arrays.stream(values()).map(BornAbroad::code).toList());
  }
}
