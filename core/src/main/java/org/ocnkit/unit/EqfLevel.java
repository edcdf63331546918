package org.ocnkit.unit;

import java.util.Locale;

/**
 * A level of the European Qualifications Framework, 1 to 8. The Swedish framework (SeQF) has the
 * same eight levels; OCN units in Sweden store their level as an EQF level.
 */
public record EqfLevel(int value) implements Comparable<EqfLevel> {
  public static final int MIN = 1;
  public static final int MAX = 8;

  public EqfLevel {
    if (value < MIN || value > MAX) {
      throw new IllegalArgumentException("EQF level must be 1-8, got " + value);
    }
  }

  /** The level's descriptors in {@code locale} (Swedish, or English for any other language). */
  public EqfDescriptors descriptors(Locale locale) {
    return EqfDescriptors.of(this, locale);
  }

  /**
   * The level's identifier in the EU vocabularies, {@code http://data.europa.eu/snb/eqf/N}, used
   * when a certificate is exported to European formats.
   */
  public String uri() {
    return "http://data.europa.eu/snb/eqf/" + value;
  }

  @Override
  public int compareTo(EqfLevel other) {
    return Integer.compare(value, other.value);
  }

  @Override
  public String toString() {
    return Integer.toString(value);
  }
}
