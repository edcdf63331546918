package org.ocnkit.learner;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.ocnkit.Message;
import org.ocnkit.learner.internal.TypedText;

/** Gender as the funders count it (DESIGN §4). Stored as the constant's name. */
public enum Gender {
  WOMAN("woman", "kvinna"),
  MAN("man", "man"),
  NON_BINARY("non-binary", "icke-binär"),
  NOT_STATED("not-stated", "ej angivet");

  private final String code;
  private final String swedish;

  Gender(String code, String swedish) {
    this.code = code;
    this.swedish = swedish;
  }

  /** The code used in files and on the command line, such as {@code non-binary}. */
  public String code() {
    return code;
  }

  /** The name in {@code locale}, such as "Icke-binär". */
  public String displayName(Locale locale) {
    return Message.of(Gender.class, "gender." + code).format(locale);
  }

  /**
   * Reads what a coordinator writes: the code ({@code woman}, {@code non-binary} ...) or the
   * Swedish word ({@code kvinna}, {@code icke-binär}, {@code ej angivet}), in any case.
   */
  public static Optional<Gender> fromText(String text) {
    String t = TypedText.key(text);
    return Arrays.stream(values())
        .filter(
            g ->
                g.code.equals(t)
                    || TypedText.key(g.swedish).equals(t)
                    || (g == NOT_STATED && List.of("uppgift-saknas", "vill-ej-ange").contains(t)))
        .findFirst();
  }

  /** The accepted codes, for messages. */
  public static String codes() {
    return String.join(", ", Arrays.stream(values()).map(Gender::code).toList());
  }
}
