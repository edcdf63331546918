package org.ocnkit.moderation;

import java.time.Instant;
import java.util.Objects;
import org.ocnkit.learner.Code;
import org.ocnkit.learner.EnrolmentId;

/**
 * A moderator's outcome for one assessment (sign-off), with their comment. Recorded once per
 * sign-off; a rejected sign-off is withdrawn, and the enrolment's next sign-off is a new
 * assessment.
 *
 * @param signOffId the sign-off moderated ({@code enrolment_signoff:id})
 */
public record ModerationOutcome(
    long id,
    long signOffId,
    EnrolmentId enrolment,
    Code moderator,
    String moderatorName,
    Verdict verdict,
    String comment,
    Instant recordedAt) {
  public ModerationOutcome {
    Objects.requireNonNull(enrolment, "enrolment");
    Objects.requireNonNull(moderator, "moderator");
    Objects.requireNonNull(moderatorName, "moderatorName");
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(comment, "comment");
    Objects.requireNonNull(recordedAt, "recordedAt");
  }
}
