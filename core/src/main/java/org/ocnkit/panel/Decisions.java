package org.ocnkit.panel;

import static org.ocnkit.panel.PanelChecks.refused;
import static org.ocnkit.panel.PanelChecks.requireUnderReview;
import static org.ocnkit.panel.PanelChecks.requireUnit;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ocnkit.store.ReadTx;
import org.ocnkit.store.Row;
import org.ocnkit.store.Tx;
import org.ocnkit.unit.UnitHash;
import org.ocnkit.unit.UnitRef;
import org.ocnkit.unit.catalog.StoredUnit;
import org.ocnkit.unit.catalog.UnitRecords;
import org.ocnkit.unit.catalog.UnitState;

/**
 * The panel's decisions on unit versions ({@code panel_decision}) and the chair's sign-off of their
 * conditions ({@code panel_conditions_met}). The rule itself is {@link DecisionRule}.
 */
final class Decisions {
  private Decisions() {}

  /**
   * The columns of a decision, shared by {@code panel_decision} and {@code
   * panel_qualification_decision}.
   */
  record DecisionColumns(
      DecisionOutcome outcome,
      Tally tally,
      boolean chairDecided,
      List<String> conditions,
      Optional<LocalDate> conditionsDue,
      Optional<LocalDate> approvedUntil,
      Instant decidedAt) {
    static DecisionColumns of(DecisionRule.Decided<?> d, Instant decidedAt) {
      return new DecisionColumns(
          d.outcome(),
          d.tally(),
          d.verdict().chairDecided(),
          d.conditions(),
          d.conditionsDue(),
          d.approvedUntil(),
          decidedAt);
    }

    void putInto(Map<String, Object> row) {
      row.put("outcome", outcome);
      row.put("votes_approve", tally.approve());
      row.put("votes_conditions", tally.approveWithConditions());
      row.put("votes_refer", tally.refer());
      row.put("votes_reject", tally.reject());
      row.put("chair_decided", chairDecided);
      row.put("conditions", conditions.isEmpty() ? null : String.join("\n", conditions));
      row.put("conditions_due", conditionsDue.orElse(null));
      row.put("approved_until", approvedUntil.orElse(null));
      row.put("decided_at", decidedAt);
    }
  }

  /** A row of {@code panel_decision} as inserted. */
  record DecisionRow(long meetingId, long unitVersionId, UnitHash hash, DecisionColumns decision) {
    Map<String, Object> columns() {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("meeting_id", meetingId);
      row.put("unit_version_id", unitVersionId);
      row.put("unit_hash", hash.hex());
      decision.putInto(row);
      return row;
    }
  }

  /**
   * A row of {@code panel_conditions_met} or {@code panel_qualification_conditions_met} as
   * inserted.
   */
  record ConditionsMetRow(long decisionId, long memberId, LocalDate metOn, Instant signedAt) {
    Map<String, Object> columns() {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("decision_id", decisionId);
      row.put("member_id", memberId);
      row.put("met_on", metOn);
      row.put("signed_at", signedAt);
      return row;
    }
  }

  /** Decides on a unit at a meeting (see {@link Panel#decide}). */
  static PanelDecision decide(Tx tx, PanelSettings settings, long meetingId, UnitRef unit)
      throws SQLException {
    Meeting meeting = Meetings.require(tx, meetingId);
    StoredUnit stored = requireUnit(tx, unit);
    Optional<PanelDecision> earlier = decision(tx, meetingId, stored.id());
    if (earlier.isPresent()) {
      throw refused("decide.twice", unit, String.valueOf(meeting.id()), earlier.get().identifier());
    }
    requireUnderReview(tx, stored);
    List<Conflict> conflicts = Conflicts.of(tx, meetingId, stored.id());
    DecisionRule.Question question =
        new DecisionRule.Question(
            unit,
            meeting,
            PanelChecks.authors(meeting, stored),
            stored.unit().author(),
            conflicts.stream().map(Conflict::member).toList(),
            stored.unit().reviewPeriodYears().orElse(settings.approvalYears()),
            true);
    DecisionRule.Decided<Vote> d =
        DecisionRule.decide(
            settings.quorum(),
            question,
            Votes.current(tx, meetingId, stored.id()),
            Vote::member,
            Vote::ballot);
    long id =
        tx.insert(
            "panel_decision",
            new DecisionRow(
                    meetingId, stored.id(), stored.unit().hash(), DecisionColumns.of(d, tx.now()))
                .columns(),
            Panel.ACTION_DECIDE);
    UnitRecords.changeState(
        tx, stored.id(), d.outcome().state(), d.approvedUntil(), Panel.ACTION_DECIDE);
    return new PanelDecision(
        id,
        meetingId,
        meeting.date(),
        unit,
        stored.unit().hash(),
        d.outcome(),
        d.tally(),
        d.verdict().chairDecided(),
        d.counted(),
        d.conditions(),
        d.conditionsDue(),
        d.approvedUntil());
  }

  /** The chair signs off the conditions of an approval (see {@link Panel#conditionsMet}). */
  static ConditionsSignOff conditionsMet(Tx tx, UnitRef unit, String member) throws SQLException {
    StoredUnit stored = requireUnit(tx, unit);
    PanelMember by = Members.resolve(tx, member);
    Optional<PanelDecision> decision =
        stored.state() == UnitState.APPROVED_WITH_CONDITIONS
            ? last(tx, stored.id())
            : Optional.empty();
    if (decision.isEmpty()
        || decision.get().outcome() != DecisionOutcome.APPROVED_WITH_CONDITIONS) {
      throw refused("conditions.notPending", unit);
    }
    Meeting meeting = Meetings.require(tx, decision.get().meetingId());
    if (!by.chair() && by.id() != meeting.chair().id()) {
      String chairs =
          Members.chair(tx)
              .filter(c -> c.id() != meeting.chair().id())
              .map(c -> c.name() + ", " + meeting.chair().name())
              .orElse(meeting.chair().name());
      throw refused("conditions.notChair", by.name(), unit, chairs);
    }
    long id =
        tx.insert(
            "panel_conditions_met",
            new ConditionsMetRow(decision.get().id(), by.id(), tx.today(), tx.now()).columns(),
            Panel.ACTION_CONDITIONS_MET);
    UnitRecords.changeState(tx, stored.id(), UnitState.APPROVED, Panel.ACTION_CONDITIONS_MET);
    return new ConditionsSignOff(id, decision.get(), by, tx.today());
  }

  private static final String DECISION_SELECT =
      "SELECT d.id, d.meeting_id, m.held_on,"
          + " d.unit_version_id, d.unit_hash, d.outcome, d.votes_approve, d.votes_conditions,"
          + " d.votes_refer, d.votes_reject, d.chair_decided, d.conditions, d.conditions_due,"
          + " d.approved_until FROM panel_decision d JOIN panel_meeting m ON m.id = d.meeting_id";

  /** The decision taken at a meeting on one unit version, if any. */
  static Optional<PanelDecision> decision(ReadTx tx, long meetingId, long unitVersionId)
      throws SQLException {
    Optional<Stored> row =
        tx.queryOne(
            DECISION_SELECT + " WHERE d.meeting_id = ? AND d.unit_version_id = ?",
            Decisions::stored,
            meetingId,
            unitVersionId);
    return row.isEmpty() ? Optional.empty() : Optional.of(complete(tx, row.get()));
  }

  /** Every decision on one unit version, oldest first. */
  static List<PanelDecision> all(ReadTx tx, long unitVersionId) throws SQLException {
    List<Stored> rows =
        tx.query(
            DECISION_SELECT + " WHERE d.unit_version_id = ?" + " ORDER BY d.id",
            Decisions::stored,
            unitVersionId);
    List<PanelDecision> decisions = new ArrayList<>();
    for (Stored row : rows) {
      decisions.add(complete(tx, row));
    }
    return decisions;
  }

  /** The latest decision on one unit version, if any. */
  static Optional<PanelDecision> last(ReadTx tx, long unitVersionId) throws SQLException {
    List<PanelDecision> all = all(tx, unitVersionId);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }

  /** The unit versions decided on at a meeting. */
  static List<Long> unitsAt(ReadTx tx, long meetingId) throws SQLException {
    return tx.query(
        "SELECT unit_version_id FROM panel_decision WHERE meeting_id = ?",
        r -> r.getLong("unit_version_id"),
        meetingId);
  }

  /** The chair's sign-off of a decision's conditions, if given. */
  static Optional<ConditionsSignOff> signOff(ReadTx tx, PanelDecision decision)
      throws SQLException {
    Map<Long, PanelMember> members = Members.byId(tx);
    return tx.queryOne(
        "SELECT id, member_id, met_on FROM panel_conditions_met" + " WHERE decision_id = ?",
        r ->
            new ConditionsSignOff(
                r.getLong("id"),
                decision,
                members.get(r.getLong("member_id")),
                r.getLocalDate("met_on")),
        decision.id());
  }

  /** A decision as read back, before its counted votes are added. */
  private record Stored(
      long id,
      long meetingId,
      LocalDate date,
      long unitVersionId,
      UnitHash hash,
      DecisionOutcome outcome,
      Tally tally,
      boolean chairDecided,
      Optional<String> conditions,
      Optional<LocalDate> conditionsDue,
      Optional<LocalDate> approvedUntil) {}

  private static Stored stored(Row r) throws SQLException {
    return new Stored(
        r.getLong("id"),
        r.getLong("meeting_id"),
        r.getLocalDate("held_on"),
        r.getLong("unit_version_id"),
        new UnitHash(r.getString("unit_hash")),
        r.getEnum("outcome", DecisionOutcome.class),
        new Tally(
            r.getInt("votes_approve"),
            r.getInt("votes_conditions"),
            r.getInt("votes_refer"),
            r.getInt("votes_reject")),
        r.getBoolean("chair_decided"),
        r.optString("conditions"),
        r.optLocalDate("conditions_due"),
        r.optLocalDate("approved_until"));
  }

  private static PanelDecision complete(ReadTx tx, Stored row) throws SQLException {
    Meeting meeting = Meetings.require(tx, row.meetingId());
    StoredUnit unit = PanelChecks.unit(tx, row.unitVersionId());
    List<PanelMember> voting =
        PanelChecks.voting(meeting, unit, Conflicts.of(tx, row.meetingId(), row.unitVersionId()));
    List<Vote> counted =
        Votes.current(tx, row.meetingId(), row.unitVersionId()).stream()
            .filter(v -> voting.stream().anyMatch(m -> m.id() == v.member().id()))
            .toList();
    List<String> conditions = row.conditions().map(c -> List.of(c.split("\n"))).orElse(List.of());
    return new PanelDecision(
        row.id(),
        row.meetingId(),
        row.date(),
        unit.unit().ref(),
        row.hash(),
        row.outcome(),
        row.tally(),
        row.chairDecided(),
        counted,
        conditions,
        row.conditionsDue(),
        row.approvedUntil());
  }
}
