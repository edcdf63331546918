package org.ocnkit.moderation;

import java.util.Objects;
import org.ocnkit.learner.Code;
import org.ocnkit.learner.EnrolmentId;

/**
 * A moderator's outcome to record for the current sign-off of an enrolment.
 *
 * @param comment what the moderator found; for a rejection, what the assessor must do
 */
public record NewOutcome(EnrolmentId enrolment, Code moderator, Verdict verdict, String comment) {
  public NewOutcome {
    Objects.requireNonNull(enrolment, "enrolment");
    Objects.requireNonNull(moderator, "moderator");
    Objects.requireNonNull(verdict, "verdict");
    comment = comment == null ? "" : comment.strip();
  }
}
