package org.ocnkit.server;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.ocnkit.Message;
import org.ocnkit.certificate.Language;

/**
 * The visitor's language (Swedish or English) and the texts in it, for templates: {@code
 * t.get("code.issuer")}. Chosen by {@code ?lang=}, else by {@code Accept-Language}, else Swedish.
 */
public final class Texts {
  private static final List<Locale> SUPPORTED = List.of(Message.SWEDISH, Locale.ENGLISH);

  private final Locale locale;

  private Texts(Locale locale) {
    this.locale = locale;
  }

  public static Texts of(Locale locale) {
    return new Texts(locale.getLanguage().equals("en") ? Locale.ENGLISH : Message.SWEDISH);
  }

  /** The language asked for by {@code lang} (sv, en) or else by the Accept-Language header. */
  public static Texts negotiate(String lang, String acceptLanguage) {
    if ("en".equals(lang) || "sv".equals(lang)) {
      return of(Locale.forLanguageTag(lang));
    }
    if (acceptLanguage != null && !acceptLanguage.isBlank() && acceptLanguage.length() < 500) {
      try {
        Locale best = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), SUPPORTED);
        if (best != null) {
          return of(best);
        }
      } catch (IllegalArgumentException e) {
        // A malformed header: the default language.
      }
    }
    return of(Message.SWEDISH);
  }

  public Locale locale() {
    return locale;
  }

  /** {@code sv} or {@code en}. */
  public String code() {
    return locale.getLanguage();
  }

  /** The other language's code, for the switch link. */
  public String other() {
    return english() ? "sv" : "en";
  }

  public boolean english() {
    return locale.getLanguage().equals("en");
  }

  /** The certificate language matching this one, for unit titles. */
  public Language language() {
    return english() ? Language.EN : Language.SV;
  }

  /** A text of this module's bundle. */
  public String get(String key, Object... args) {
    return Message.of(Texts.class, key, args).format(locale);
  }

  /** Any core message, in this language. */
  public String format(Message message) {
    return message.format(locale);
  }

  /** {@code value} or an empty string, for optional values in templates. */
  public static String or(Optional<?> value) {
    return value.map(Object::toString).orElse("");
  }
}
