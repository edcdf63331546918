package org.ocnkit.unit;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.ocnkit.Message;

/**
 * The placement arena a unit belongs to. The Swedish apprenticeship programmes place participants
 * in four arenas and aim for at least one approved unit per arena; {@link #ARBETSLIV} units
 * (workplace communication, rights at work) apply across all of them.
 */
public enum Arena {
  HANDEL_SERVICE("handel-service"),
  VARD_OMSORG("vard-omsorg"),
  INDUSTRI_HANTVERK("industri-hantverk"),
  GRONA_NARINGAR("grona-naringar"),
  ARBETSLIV("arbetsliv");

  private final String code;

  Arena(String code) {
    this.code = code;
  }

  /** The code used in unit files, such as {@code vard-omsorg}. */
  public String code() {
    return code;
  }

  /** The arena's name in {@code locale}, such as "Vård och omsorg". */
  public String displayName(Locale locale) {
    return Message.of(Arena.class, "arena." + code).format(locale);
  }

  public static Optional<Arena> fromCode(String code) {
    return Arrays.stream(values()).filter(a -> a.code.equals(code)).findFirst();
  }
}
