package org.ocnkit.certificate;

import java.text.Normalizer;

/** Text normalization for record fields, so that equal content is equal bytes. */
final class Texts {
  private Texts() {}

  /**
   * Unicode NFC with whitespace runs collapsed to one space and the ends trimmed, as XML Schema's
   * {@code xs:token} sees it.
   *
   * @throws IllegalArgumentException if the text is empty, longer than {@code max}, or holds a
   *     control character (which XML 1.0 cannot carry)
   */
  static String normalize(String text, String field, int max) {
    if (text == null) {
      throw new NullPointerException(field);
    }
    String nfc =
        Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("[ \t\r\n]+", " ").trim();
    if (nfc.isEmpty() || nfc.length() > max) {
      throw new IllegalArgumentException(
          field + " must be 1-" + max + " characters, got \"" + text + "\"");
    }
    if (nfc.codePoints().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException(field + " holds a control character: \"" + text + "\"");
    }
    return nfc;
  }
}
