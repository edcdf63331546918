package org.ocnkit.unit;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The three descriptor columns of one EQF level: knowledge, skills, and responsibility and
 * autonomy.
 *
 * <p>The English text is that of the Council Recommendation of 22 May 2017 on the EQF (Annex II);
 * the Swedish text is meant to be that of the SeQF, förordning (2015:545), bilaga 1. Both are
 * reference data in {@code eqf-descriptors_en.properties} and {@code eqf-descriptors_sv.properties}
 * next to this class, whose headers name the source of every level (Swedish levels 1-6 are, for
 * now, ocnkit's translation of the EQF text, not the official SeQF wording).
 */
public record EqfDescriptors(
    EqfLevel level,
    Locale language,
    String knowledge,
    String skills,
    String responsibilityAndAutonomy) {

  private static final Map<String, Properties> TABLES = new ConcurrentHashMap<>();

  public EqfDescriptors {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(language, "language");
    requireText(knowledge, "knowledge");
    requireText(skills, "skills");
    requireText(responsibilityAndAutonomy, "responsibilityAndAutonomy");
  }

  /** The descriptors of {@code level} in Swedish when {@code locale} is Swedish, else English. */
  public static EqfDescriptors of(EqfLevel level, Locale locale) {
    String language = "sv".equals(locale.getLanguage()) ? "sv" : "en";
    Properties table = TABLES.computeIfAbsent(language, EqfDescriptors::load);
    int n = level.value();
    return new EqfDescriptors(
        level,
        Locale.forLanguageTag(language),
        table.getProperty(n + ".knowledge"),
        table.getProperty(n + ".skills"),
        table.getProperty(n + ".responsibility"));
  }

  private static Properties load(String language) {
    String name = "eqf-descriptors_" + language + ".properties";
    try (InputStream in = EqfDescriptors.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("reference data " + name + " is missing from the jar");
      }
      Properties table = new Properties();
      table.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return table;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void requireText(String text, String column) {
    if (text == null || text.isBlank()) {
      throw new IllegalStateException("EQF descriptor column " + column + " is missing");
    }
  }
}
