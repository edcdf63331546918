package org.ocnkit.certificate;

import java.util.Locale;
import java.util.Optional;

/**
 * The main language of a certificate: its texts come first in this language, then in the other.
 * Every certificate is bilingual, Swedish and English.
 */
public enum Language {
  SV("sv"),
  EN("en");

  private final String code;

  Language(String code) {
    this.code = code;
  }

  /** {@code sv} or {@code en}, as in the record and the template file names. */
  public String code() {
    return code;
  }

  public Locale locale() {
    return Locale.forLanguageTag(code);
  }

  /** The second language on the certificate. */
  public Language other() {
    return this == SV ? EN : SV;
  }

  public static Optional<Language> fromCode(String code) {
    for (Language l : values()) {
      if (l.code.equals(code)) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }
}
