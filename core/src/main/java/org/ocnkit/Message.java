package org.ocnkit;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.function.UnaryOperator;

/**
 * A user-facing sentence that can be shown in Swedish or English.
 *
 * <p>The text lives in the {@code messages.properties} bundle (English) and {@code
 * messages_sv.properties} (Swedish) of the package that owns the message; the arguments are {@link
 * MessageFormat} arguments. A message is a value: it can be created deep inside the library and
 * formatted by whichever front end shows it, in the user's language.
 */
public final class Message {
  /** Swedish, the language of the people who use ocnkit day to day. */
  public static final Locale SWEDISH = Locale.forLanguageTag("sv");

  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private final String bundle;
  private final String key;
  private final Object[] args;

  private Message(String bundle, String key, Object[] args) {
    this.bundle = Objects.requireNonNull(bundle, "bundle");
    this.key = Objects.requireNonNull(key, "key");
    this.args = args.clone();
  }

  /**
   * A message from the {@code messages} bundle of {@code owner}'s package.
   *
   * @param owner any class in the package whose bundle holds {@code key}
   */
  public static Message of(Class<?> owner, String key, Object... args) {
    return new Message(owner.getPackageName() + ".messages", key, args);
  }

  /** The bundle key, stable across languages; useful in tests and machine output. */
  public String key() {
    return key;
  }

  /**
   * The text in {@code locale}, falling back to English when no translation exists. An argument
   * that is itself a message is put in the same language.
   */
  public String format(Locale locale) {
    return format(locale, UnaryOperator.identity());
  }

  /**
   * The text in {@code locale} with every argument that is data passed through {@code data} first:
   * each argument except numbers and dates (which the pattern formats) and nested messages (whose
   * own arguments get the same treatment). A terminal front end uses it to make names and free
   * texts from records or from files safe to print, while the sentence around them keeps its line
   * breaks.
   */
  public String format(Locale locale, UnaryOperator<String> data) {
    Objects.requireNonNull(data, "data");
    String pattern;
    try {
      pattern =
          ResourceBundle.getBundle(bundle, locale, Message.class.getClassLoader(), NO_FALLBACK)
              .getString(key);
    } catch (MissingResourceException e) {
      return key + (args.length == 0 ? "" : " " + Arrays.toString(args));
    }
    Object[] localised = args.clone();
    for (int i = 0; i < localised.length; i++) {
      Object arg = localised[i];
      if (arg instanceof Message nested) {
        localised[i] = nested.format(locale, data);
      } else if (arg != null && !(arg instanceof Number) && !(arg instanceof java.util.Date)) {
        localised[i] = data.apply(arg.toString());
      }
    }
    return new MessageFormat(pattern, locale).format(localised);
  }

  /** The English text. */
  @Override
  public String toString() {
    return format(Locale.ROOT);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Message m
        && bundle.equals(m.bundle)
        && key.equals(m.key)
        && Arrays.equals(args, m.args);
  }

  @Override
  public int hashCode() {
    return Objects.hash(bundle, key, Arrays.hashCode(args));
  }
}
