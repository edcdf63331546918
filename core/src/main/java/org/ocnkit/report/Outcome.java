package org.ocnkit.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.ocnkit.learner.ApprenticeId;

/**
 * One recorded outcome: what an apprentice was doing at a follow-up point, observed on a date.
 *
 * @param id the row id ({@code apprentice_outcome:id})
 * @param point the follow-up point's code, such as {@code exit} or {@code 90d}
 * @param supersedes the outcome this one corrects, if any
 * @param reason why the earlier outcome was corrected; present exactly when {@code supersedes} is
 * @param current whether no later outcome corrects this one
 */
public record Outcome(
    long id,
    ApprenticeId apprentice,
    String point,
    OutcomeStatus status,
    LocalDate date,
    Instant recordedAt,
    Optional<Long> supersedes,
    Optional<String> reason,
    boolean current) {
  public Outcome {
    Objects.requireNonNull(apprentice, "apprentice");
    Objects.requireNonNull(point, "point");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(recordedAt, "recordedAt");
    Objects.requireNonNull(supersedes, "supersedes");
    Objects.requireNonNull(reason, "reason");
  }
}
