package org.ocnkit.unit.catalog;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.ocnkit.unit.Arena;
import org.ocnkit.unit.EqfLevel;
import org.ocnkit.unit.UnitHash;
import org.ocnkit.unit.UnitRef;

/**
 * One stored unit version as {@code ocn unit list} shows it.
 *
 * @param id the stored version's id ({@code unit_version:id})
 * @param approvedUntil the date the approval ends, once approved
 */
public record UnitSummary(
    long id,
    UnitRef ref,
    String titleSv,
    Optional<String> titleEn,
    Arena arena,
    EqfLevel level,
    int credits,
    UnitState state,
    UnitHash hash,
    Optional<LocalDate> approvedUntil) {
  public UnitSummary {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(titleSv, "titleSv");
    Objects.requireNonNull(titleEn, "titleEn");
    Objects.requireNonNull(arena, "arena");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(hash, "hash");
    Objects.requireNonNull(approvedUntil, "approvedUntil");
  }

  /** The title in the reader's language: English if asked for and present, else Swedish. */
  public String title(Locale locale) {
    return "en".equals(locale.getLanguage()) ? titleEn.orElse(titleSv) : titleSv;
  }
}
