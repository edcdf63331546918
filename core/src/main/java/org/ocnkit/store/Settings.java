package org.ocnkit.store;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.ocnkit.EnvironmentException;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Message;
import org.ocnkit.Problem;

/**
 * The settings of a workspace, read from its {@code ocnkit.properties} (UTF-8, Java properties
 * syntax). Each getter takes the default that applies when the key is absent or empty, so a setting
 * added in a later release works in older workspaces. A value that cannot be read is an {@link
 * InvalidInputException} naming the key, the file and the line, and what a valid value looks like.
 *
 * <p>Immutable: it reflects the file as it was when the workspace was opened.
 */
public final class Settings {
  /** The organisation that runs the programme and issues certificates. */
  public static final String ORG_NAME = "org.name";

  /** The JDBC URL of a PostgreSQL database; empty for the workspace's own SQLite file. */
  public static final String DB_URL = "db.url";

  /** The PostgreSQL user; the password comes from the {@code OCNKIT_DB_PASSWORD} variable. */
  public static final String DB_USER = "db.user";

  /** The largest attachment accepted, in megabytes. */
  public static final String EVIDENCE_MAX_ATTACHMENT_MB = "evidence.maxAttachmentMb";

  private final Path file;
  private final Properties properties;
  private final List<String> lines;

  private Settings(Path file, String text) throws IOException {
    this.file = file;
    this.properties = new Properties();
    properties.load(new StringReader(text));
    this.lines = text.lines().toList();
  }

  /**
   * Reads {@code file}.
   *
   * @throws EnvironmentException when the file cannot be read
   * @throws InvalidInputException when it is not valid properties syntax
   */
  public static Settings load(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new EnvironmentException(
          Message.of(Settings.class, "settings.unreadable", file, e.getMessage()), e);
    }
    return parse(file, text);
  }

  /** Settings from text, as if read from {@code file}; for front ends that build them. */
  public static Settings parse(Path file, String text) {
    try {
      return new Settings(file, text);
    } catch (IOException | IllegalArgumentException e) {
      throw new InvalidInputException(
          new Problem(
              file.toString(), Message.of(Settings.class, "settings.malformed", e.getMessage())),
          e);
    }
  }

  /** The file the settings come from. */
  public Path file() {
    return file;
  }

  /** Every key present in the file. */
  public Set<String> keys() {
    return new TreeSet<>(properties.stringPropertyNames());
  }

  /** The value of {@code key}, trimmed; empty when absent or blank. */
  public Optional<String> get(String key) {
    Objects.requireNonNull(key, "key");
    String value = properties.getProperty(key);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }

  public String getString(String key, String defaultValue) {
    return get(key).orElse(defaultValue);
  }

  /** A whole number. */
  public int getInt(String key, int defaultValue) {
    return getInt(key, defaultValue, Integer.MIN_VALUE, Integer.MAX_VALUE);
  }

  /** A whole number from {@code min} to {@code max}. */
  public int getInt(String key, int defaultValue, int min, int max) {
    int value = parsed(key, defaultValue, Integer::valueOf, "settings.notInteger");
    if (value < min || value > max) {
      throw bad(
          key,
          Message.of(
              Settings.class,
              "settings.outOfRange",
              key,
              String.valueOf(min),
              String.valueOf(max),
              String.valueOf(value)));
    }
    return value;
  }

  /** A decimal number written with a point, such as {@code 0.20}. */
  public BigDecimal getDecimal(String key, BigDecimal defaultValue) {
    return parsed(key, defaultValue, BigDecimal::new, "settings.notDecimal");
  }

  /** An ISO-8601 period such as {@code P3Y}, {@code P6M} or {@code P90D}. */
  public Period getPeriod(String key, Period defaultValue) {
    return parsed(key, defaultValue, Period::parse, "settings.notPeriod");
  }

  /** {@code true} or {@code false}. */
  public boolean getBoolean(String key, boolean defaultValue) {
    return parsed(
        key,
        defaultValue,
        text ->
            switch (text.toLowerCase(Locale.ROOT)) {
              case "true" -> true;
              case "false" -> false;
              default -> throw new IllegalArgumentException(text);
            },
        "settings.notBoolean");
  }

  /**
   * The value of {@code key} read by {@code parse}, which throws a runtime exception for a bad
   * value; {@code defaultValue} when absent.
   */
  private <T> T parsed(String key, T defaultValue, Function<String, T> parse, String messageKey) {
    Optional<String> text = get(key);
    if (text.isEmpty()) {
      return defaultValue;
    }
    try {
      return parse.apply(text.get());
    } catch (RuntimeException e) {
      throw bad(key, Message.of(Settings.class, messageKey, key, text.get()));
    }
  }

  /** A failure naming {@code key}'s line in the file. */
  public InvalidInputException bad(String key, Message message) {
    return new InvalidInputException(Problem.at(file.toString(), lineOf(key), 0, message));
  }

  private int lineOf(String key) {
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).stripLeading();
      if (line.startsWith(key)) {
        String rest = line.substring(key.length());
        if (rest.isEmpty()
            || rest.charAt(0) == '='
            || rest.charAt(0) == ':'
            || Character.isWhitespace(rest.charAt(0))) {
          return i + 1;
        }
      }
    }
    return 0;
  }

  @Override
  public String toString() {
    return "Settings[" + file + "]";
  }
}
