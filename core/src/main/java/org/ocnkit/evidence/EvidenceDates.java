package org.ocnkit.evidence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.ocnkit.Message;
import org.ocnkit.input.DateRules;
import org.ocnkit.learner.Apprentice;

/**
 * The rules an evidence date keeps, each named in its refusal: not in the future, not before {@link
 * #EARLIEST} (a typing slip such as 1026 or 0026 for 2026), not before the apprentice was born, and
 * not before the apprentice's start in the programme (evidence from before the start is prior
 * learning, recorded by another route). A sign-off is not dated before the item it signs off. The
 * rules themselves are {@link DateRules}'; the sentences are this package's.
 */
public final class EvidenceDates {
  /** No evidence is dated before this day: {@link DateRules#EARLIEST}. */
  public static final LocalDate EARLIEST = DateRules.EARLIEST;

  private EvidenceDates() {}

  /** The first rule {@code date} breaks for evidence about {@code apprentice}, if any. */
  public static Optional<Message> broken(LocalDate date, Apprentice apprentice, LocalDate today) {
    return DateRules.future(EvidenceDates.class, "evidence.future", date, today)
        .or(() -> DateRules.farPast(EvidenceDates.class, "evidence.farPast", date))
        .or(
            () ->
                apprentice
                    .birthDate()
                    .flatMap(
                        birth ->
                            DateRules.before(
                                EvidenceDates.class,
                                "evidence.beforeBirth",
                                date,
                                birth,
                                apprentice.id())))
        .or(
            () ->
                DateRules.before(
                    EvidenceDates.class,
                    "evidence.beforeStart",
                    date,
                    apprentice.startDate(),
                    apprentice.id()));
  }

  /**
   * The rule a sign-off at {@code signedAt} breaks for an item dated {@code itemDate}: an item is
   * signed off on its date or later, counting the sign-off's day in {@code zone} (the zone the
   * item's date was given in), so a sign-off at 00:30 in Stockholm counts on the Stockholm day even
   * though it is the day before in UTC.
   */
  public static Optional<Message> signOffBroken(
      EvidenceItemId item, LocalDate itemDate, Instant signedAt, ZoneId zone) {
    LocalDate day = DateRules.dayOf(signedAt, zone);
    return DateRules.before(EvidenceDates.class, "signOff.beforeEvidence", day, itemDate, item);
  }
}
