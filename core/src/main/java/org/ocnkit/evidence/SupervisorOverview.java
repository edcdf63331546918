package org.ocnkit.evidence;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.ocnkit.learner.SupervisorLink;

/**
 * What a supervisor's personal link opens: the placement, today's date (the form's default, and the
 * latest date it accepts) and the current enrolments there.
 */
public record SupervisorOverview(
    SupervisorLink link, String workplace, LocalDate today, List<LinkedEnrolment> enrolments) {
  public SupervisorOverview {
    Objects.requireNonNull(link, "link");
    Objects.requireNonNull(workplace, "workplace");
    Objects.requireNonNull(today, "today");
    enrolments = List.copyOf(enrolments);
  }
}
