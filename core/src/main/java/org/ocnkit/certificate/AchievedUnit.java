package org.ocnkit.certificate;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.ocnkit.unit.EqfLevel;
import org.ocnkit.unit.UnitHash;
import org.ocnkit.unit.UnitRef;

/**
 * One course unit a certificate lists: which approved unit version, at which level and for how many
 * credits, when the holder achieved it and which panel decision approved it.
 *
 * @param hash the content hash of the unit version the panel approved
 * @param titleSv the Swedish title; titles are 1-500 characters, normalized like the unit's
 * @param credits 1 or more (1 credit = 10 notional learning hours)
 * @param panelDecision the panel decision's identifier, 1-100 characters
 */
public record AchievedUnit(
    UnitRef ref,
    UnitHash hash,
    String titleSv,
    Optional<String> titleEn,
    EqfLevel level,
    int credits,
    LocalDate achieved,
    String panelDecision) {
  public AchievedUnit {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(hash, "hash");
    titleSv = Texts.normalize(titleSv, "Swedish title", 500);
    titleEn =
        Objects.requireNonNull(titleEn, "titleEn")
            .map(t -> Texts.normalize(t, "English title", 500));
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(achieved, "achieved");
    panelDecision = Texts.normalize(panelDecision, "panel decision", 100);
    if (credits < 1) {
      throw new IllegalArgumentException("credits must be 1 or more, got " + credits);
    }
  }

  /** The title in {@code language}: English if asked for and present, else Swedish. */
  public String title(Language language) {
    return language == Language.EN ? titleEn.orElse(titleSv) : titleSv;
  }
}
