package org.ocnkit.learner.internal;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How words typed by people are compared: Unicode form, letter case (Swedish rules), spacing and
 * underscores do not matter.
 */
public final class TypedText {
  /** Swedish, for letter case. */
  private static final Locale SWEDISH = Locale.forLanguageTag("sv");

  private TypedText() {}

  /** NFC, lower case, runs of blanks and underscores as one hyphen, trimmed. */
  public static String key(String text) {
    if (text == null) {
      return "";
    }
    String nfc = Normalizer.normalize(text, Normalizer.Form.NFC).strip();
    return nfc.toLowerCase(SWEDISH).replaceAll("[\\s_]+", "-");
  }

  /** NFC with runs of whitespace (including non-breaking spaces) as one space, trimmed. */
  public static String clean(String text) {
    if (text == null) {
      return "";
    }
    return Normalizer.normalize(text, Normalizer.Form.NFC)
        .replaceAll("[\\s\\u00a0\\u2007\\u202f]+", " ")
        .strip();
  }

  /** {@link #clean} text compared without regard to letter case. */
  public static boolean sameWords(String a, String b) {
    return clean(a).toLowerCase(SWEDISH).equals(clean(b).toLowerCase(SWEDISH));
  }
}
