package org.ocnkit.unit;

import java.text.Normalizer;

/** Text normalization shared by the unit model, so that equal content is equal text. */
final class Texts {
  private Texts() {}

  /**
   * Unicode NFC, with runs of whitespace collapsed to one space and the ends trimmed, as XML
   * Schema's {@code xs:token}. Re-wrapping or re-indenting a criterion does not change its text.
   */
  static String normalize(String text) {
    String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
    return nfc.replaceAll("[ \t\r\n]+", " ").trim();
  }
}
