package org.ocnkit.qualification.catalog;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.ocnkit.qualification.QualificationHash;
import org.ocnkit.qualification.QualificationRef;
import org.ocnkit.unit.EqfLevel;
import org.ocnkit.unit.catalog.UnitState;

/**
 * One stored qualification version as {@code ocn qualification list} shows it.
 *
 * @param state the state as of the day it was listed (an approval past its review date is due)
 */
public record QualificationSummary(
    long id,
    QualificationRef ref,
    String titleSv,
    Optional<String> titleEn,
    EqfLevel level,
    int totalCredits,
    UnitState state,
    QualificationHash hash,
    Optional<LocalDate> approvedUntil) {
  public QualificationSummary {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(titleSv, "titleSv");
    Objects.requireNonNull(titleEn, "titleEn");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(hash, "hash");
    Objects.requireNonNull(approvedUntil, "approvedUntil");
  }

  public String title(Locale locale) {
    return "en".equals(locale.getLanguage()) ? titleEn.orElse(titleSv) : titleSv;
  }
}
