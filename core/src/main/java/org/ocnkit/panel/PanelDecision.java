package org.ocnkit.panel;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ocnkit.unit.UnitHash;
import org.ocnkit.unit.UnitRef;

/**
 * The panel's decision on one unit version at a meeting.
 *
 * @param id the decision's id ({@code panel_decision:id})
 * @param date the meeting's date, the day the decision was taken
 * @param hash the content hash of the unit version decided on: the decision applies to exactly that
 *     content
 * @param tally the votes counted
 * @param chairDecided whether the votes were tied and the chair's vote decided
 * @param votes the votes counted, by member id
 * @param conditions with {@link DecisionOutcome#APPROVED_WITH_CONDITIONS}: the conditions of the
 *     votes for it, each once, in the order cast; empty otherwise
 * @param conditionsDue the earliest due date of those conditions
 * @param approvedUntil when approved: the first day the unit is due for review again
 */
public record PanelDecision(
    long id,
    long meetingId,
    LocalDate date,
    UnitRef unit,
    UnitHash hash,
    DecisionOutcome outcome,
    Tally tally,
    boolean chairDecided,
    List<Vote> votes,
    List<String> conditions,
    Optional<LocalDate> conditionsDue,
    Optional<LocalDate> approvedUntil) {
  public PanelDecision {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(hash, "hash");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(tally, "tally");
    votes = List.copyOf(votes);
    conditions = List.copyOf(conditions);
    Objects.requireNonNull(conditionsDue, "conditionsDue");
    Objects.requireNonNull(approvedUntil, "approvedUntil");
  }

  /**
   * A stable name for the decision, as certificates cite it: {@code PANEL-2026-03-02-7}, the
   * meeting's date and the decision's id.
   */
  public String identifier() {
    return "PANEL-" + date + "-" + id;
  }
}
