package org.ocnkit.panel;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ocnkit.qualification.QualificationHash;
import org.ocnkit.qualification.QualificationRef;

/**
 * The panel's decision on one qualification version at a meeting; like {@link PanelDecision} for a
 * unit, it applies to exactly the content with {@code hash}.
 *
 * @param approvedUntil when approved: the first day the qualification is due for review again
 */
public record QualificationDecision(
    long id,
    long meetingId,
    LocalDate date,
    QualificationRef qualification,
    QualificationHash hash,
    DecisionOutcome outcome,
    Tally tally,
    boolean chairDecided,
    List<QualificationVote> votes,
    List<String> conditions,
    Optional<LocalDate> conditionsDue,
    Optional<LocalDate> approvedUntil) {
  public QualificationDecision {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(qualification, "qualification");
    Objects.requireNonNull(hash, "hash");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(tally, "tally");
    votes = List.copyOf(votes);
    conditions = List.copyOf(conditions);
    Objects.requireNonNull(conditionsDue, "conditionsDue");
    Objects.requireNonNull(approvedUntil, "approvedUntil");
  }

  /** A stable name for the decision: {@code PANEL-Q-2026-03-02-3}. */
  public String identifier() {
    return "PANEL-Q-" + date + "-" + id;
  }
}
