package org.ocnkit.panel;

import java.util.Locale;
import java.util.Optional;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Message;

/**
 * Which part of society a panel member represents. An OCN panel brings working life, the community
 * and education together; the quorum rule ({@link QuorumRule}) asks for some of them at every
 * decision. Stored as the constant's name; written on the command line as its {@link #code()}.
 */
public enum Sector {
  /** Employers and workplaces ("arbetsliv"). */
  WORKING_LIFE("working-life"),
  /** The municipality, unions, civic organisations ("samhälle"). */
  COMMUNITY("community"),
  /** Schools, folk high schools, learning centres ("utbildning"). */
  EDUCATION("education"),
  /** The OCN body itself, such as its external quality assurer. */
  OCN("ocn");

  private final String code;

  Sector(String code) {
    this.code = code;
  }

  /** {@code working-life}, {@code community}, {@code education} or {@code ocn}. */
  public String code() {
    return code;
  }

  /** The sector's name for people, such as "arbetsliv" or "working life". */
  public String displayName(Locale locale) {
    return Message.of(Sector.class, "sector." + code).format(locale);
  }

  /** The sector whose {@link #code()} is {@code code} (any case). */
  public static Optional<Sector> fromCode(String code) {
    String wanted = code.strip().toLowerCase(Locale.ROOT);
    for (Sector s : values()) {
      if (s.code.equals(wanted)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /**
   * The sector {@code text} names.
   *
   * @throws InvalidInputException naming the valid codes
   */
  public static Sector parse(String text) {
    return fromCode(text)
        .orElseThrow(
            () -> new InvalidInputException(Message.of(Sector.class, "sector.unknown", text)));
  }
}
