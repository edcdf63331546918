package org.ocnkit.evidence;

import java.time.LocalDate;
import java.util.Optional;
import org.ocnkit.Message;
import org.ocnkit.learner.Apprentice;

/**
 * The rules an evidence date keeps, each named in its refusal: not in the future, not before
 * {@link #EARLIEST} (a typing slip such as 1026 or 0026 for 2026), not before the apprentice was
 * born, and not before the apprentice's start in the programme (evidence from before the start is
 * prior learning, recorded by another route).
 */
public final class EvidenceDates {
  /** No evidence is dated before this day: ocnkit's records start in this century. */
  public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

  private EvidenceDates() {}

  /** The first rule {@code date} breaks for evidence about {@code apprentice}, if any. */
  public static Optional<Message> broken(LocalDate date, Apprentice apprentice, LocalDate today) {
    if (date.isAfter(today)) {
      return Optional.of(msg("evidence.future", date, today));
    }
    if (date.isBefore(EARLIEST)) {
      return Optional.of(msg("evidence.farPast", date, EARLIEST));
    }
    if (apprentice.birthDate().filter(date::isBefore).isPresent()) {
      return Optional.of(msg("evidence.beforeBirth", date, apprentice.id()));
    }
    if (date.isBefore(apprentice.startDate())) {
      return Optional.of(msg("evidence.beforeStart", date, apprentice.id(),
          apprentice.startDate()));
    }
    return Optional.empty();
  }

  private static Message msg(String key, Object... args) {
    return Message.of(EvidenceDates.class, key, args);
  }
}
