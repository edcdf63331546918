package org.ocnkit.report;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.ocnkit.learner.ApprenticeId;

/**
 * An outcome to record, as typed.
 *
 * @param point the follow-up point's code as typed ({@code exit}, {@code 90d} ...); checked against
 *     the workspace's {@link ReportSettings#FOLLOW_UPS}
 * @param date when the status was observed; today when empty
 * @param reason why an outcome already recorded at this point is corrected; required then
 */
public record NewOutcome(
    ApprenticeId apprentice,
    String point,
    OutcomeStatus status,
    Optional<LocalDate> date,
    Optional<String> reason) {
  public NewOutcome {
    Objects.requireNonNull(apprentice, "apprentice");
    Objects.requireNonNull(point, "point");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(date, "date");
    reason = Objects.requireNonNull(reason, "reason").map(String::strip).filter(r -> !r.isEmpty());
  }
}
