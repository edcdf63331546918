package org.ocnkit.panel;

import static org.ocnkit.panel.PanelChecks.refused;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ocnkit.Message;
import org.ocnkit.RefusedException;
import org.ocnkit.panel.internal.AuthorMatch;
import org.ocnkit.qualification.QualificationHash;
import org.ocnkit.qualification.QualificationRef;
import org.ocnkit.qualification.catalog.QualificationRecords;
import org.ocnkit.qualification.catalog.StoredQualification;
import org.ocnkit.store.ReadTx;
import org.ocnkit.store.Row;
import org.ocnkit.store.Tx;
import org.ocnkit.unit.catalog.UnitState;

/**
 * The panel's decisions on qualification versions ({@code panel_qualification_decision}) and the
 * sign-off of their conditions ({@code panel_qualification_conditions_met}). The rule itself is
 * {@link DecisionRule}, as for units.
 */
final class QualificationDecisions {
  private QualificationDecisions() {}

  /** A row of {@code panel_qualification_decision} as inserted. */
  record QualificationDecisionRow(
      long meetingId,
      long qualificationVersionId,
      QualificationHash hash,
      Decisions.DecisionColumns decision) {
    Map<String, Object> columns() {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("meeting_id", meetingId);
      row.put("qualification_version_id", qualificationVersionId);
      row.put("qualification_hash", hash.hex());
      decision.putInto(row);
      return row;
    }
  }

  /** Decides on a qualification at a meeting (see {@link QualificationPanel#decide}). */
  static QualificationDecision decide(
      Tx tx, PanelSettings settings, long meetingId, QualificationRef ref) throws SQLException {
    Meeting meeting = Meetings.require(tx, meetingId);
    StoredQualification stored = require(tx, ref);
    Optional<QualificationDecision> earlier = decision(tx, meetingId, stored);
    if (earlier.isPresent()) {
      throw refused(
          "qualification.decide.twice", ref, String.valueOf(meetingId), earlier.get().identifier());
    }
    requireUnderReview(tx, stored);
    DecisionRule.Question question =
        new DecisionRule.Question(
            ref,
            meeting,
            authors(meeting, stored),
            stored.qualification().author(),
            List.of(),
            stored.qualification().reviewPeriodYears().orElse(settings.approvalYears()),
            false);
    DecisionRule.Decided<QualificationVote> d =
        DecisionRule.decide(
            settings.quorum(),
            question,
            QualificationVotes.current(tx, meetingId, stored.id(), ref),
            QualificationVote::member,
            QualificationVote::ballot);
    long id =
        tx.insert(
            "panel_qualification_decision",
            new QualificationDecisionRow(
                    meetingId,
                    stored.id(),
                    stored.qualification().hash(),
                    Decisions.DecisionColumns.of(d, tx.now()))
                .columns(),
            QualificationPanel.ACTION_DECIDE);
    QualificationRecords.changeState(
        tx, stored.id(), d.outcome().state(), d.approvedUntil(), QualificationPanel.ACTION_DECIDE);
    return new QualificationDecision(
        id,
        meetingId,
        meeting.date(),
        ref,
        stored.qualification().hash(),
        d.outcome(),
        d.tally(),
        d.verdict().chairDecided(),
        d.counted(),
        d.conditions(),
        d.conditionsDue(),
        d.approvedUntil());
  }

  /** The chair signs off the conditions (see {@link QualificationPanel#conditionsMet}). */
  static QualificationDecision conditionsMet(Tx tx, QualificationRef ref, String member)
      throws SQLException {
    StoredQualification stored = require(tx, ref);
    PanelMember by = Members.resolve(tx, member);
    List<QualificationDecision> all = all(tx, stored);
    Optional<QualificationDecision> last =
        all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    if (stored.state() != UnitState.APPROVED_WITH_CONDITIONS
        || last.isEmpty()
        || last.get().outcome() != DecisionOutcome.APPROVED_WITH_CONDITIONS) {
      throw refused("conditions.notPending", ref);
    }
    Meeting meeting = Meetings.require(tx, last.get().meetingId());
    if (!by.chair() && by.id() != meeting.chair().id()) {
      throw refused("conditions.notChair", by.name(), ref, meeting.chair().name());
    }
    tx.insert(
        "panel_qualification_conditions_met",
        new Decisions.ConditionsMetRow(last.get().id(), by.id(), tx.today(), tx.now()).columns(),
        QualificationPanel.ACTION_CONDITIONS_MET);
    QualificationRecords.changeState(
        tx, stored.id(), UnitState.APPROVED, QualificationPanel.ACTION_CONDITIONS_MET);
    return last.get();
  }

  /**
   * The decision that approved {@code stored}, when the latest decision on it approves it (with or
   * without conditions).
   */
  static Optional<QualificationDecision> approval(ReadTx tx, StoredQualification stored)
      throws SQLException {
    List<QualificationDecision> decisions = all(tx, stored);
    return decisions.isEmpty()
        ? Optional.empty()
        : Optional.of(decisions.get(decisions.size() - 1)).filter(d -> d.outcome().approves());
  }

  /** The qualifications a meeting dealt with, for its minutes, in code and version order. */
  static List<Minutes.QualificationItem> minutesItems(ReadTx tx, Meeting meeting)
      throws SQLException {
    Set<Long> ids = new LinkedHashSet<>(QualificationVotes.qualificationsAt(tx, meeting.id()));
    ids.addAll(
        tx.query(
            "SELECT qualification_version_id FROM panel_qualification_decision"
                + " WHERE meeting_id = ?",
            r -> r.getLong("qualification_version_id"),
            meeting.id()));
    List<Minutes.QualificationItem> items = new ArrayList<>();
    for (long id : ids) {
      StoredQualification stored = QualificationRecords.byId(tx, id);
      var q = stored.qualification();
      items.add(
          new Minutes.QualificationItem(
              q.ref(),
              q.titleSv(),
              q.titleEn(),
              q.hash(),
              authors(meeting, stored),
              QualificationVotes.current(tx, meeting.id(), id, q.ref()),
              decision(tx, meeting.id(), stored)));
    }
    items.sort((a, b) -> a.qualification().compareTo(b.qualification()));
    return items;
  }

  private static final String DECISION_SELECT =
      "SELECT d.id, d.meeting_id, m.held_on,"
          + " d.qualification_hash, d.outcome, d.votes_approve, d.votes_conditions, d.votes_refer,"
          + " d.votes_reject, d.chair_decided, d.conditions, d.conditions_due, d.approved_until"
          + " FROM panel_qualification_decision d JOIN panel_meeting m ON m.id = d.meeting_id";

  /** The decision at a meeting on a qualification version, if taken. */
  static Optional<QualificationDecision> decision(
      ReadTx tx, long meetingId, StoredQualification stored) throws SQLException {
    List<QualificationDecision> found =
        complete(
            tx,
            stored,
            tx.query(
                DECISION_SELECT
                    + " WHERE d.qualification_version_id = ? AND d.meeting_id = ? ORDER BY d.id",
                r -> partial(r, stored),
                stored.id(),
                meetingId));
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  /** Every decision on a qualification version, oldest first. */
  static List<QualificationDecision> all(ReadTx tx, StoredQualification stored)
      throws SQLException {
    return complete(
        tx,
        stored,
        tx.query(
            DECISION_SELECT + " WHERE d.qualification_version_id = ? ORDER BY d.id",
            r -> partial(r, stored),
            stored.id()));
  }

  private static QualificationDecision partial(Row r, StoredQualification stored)
      throws SQLException {
    return new QualificationDecision(
        r.getLong("id"),
        r.getLong("meeting_id"),
        r.getLocalDate("held_on"),
        stored.qualification().ref(),
        new QualificationHash(r.getString("qualification_hash")),
        r.getEnum("outcome", DecisionOutcome.class),
        new Tally(
            r.getInt("votes_approve"),
            r.getInt("votes_conditions"),
            r.getInt("votes_refer"),
            r.getInt("votes_reject")),
        r.getBoolean("chair_decided"),
        List.of(),
        r.optString("conditions").map(c -> List.of(c.split("\n"))).orElse(List.of()),
        r.optLocalDate("conditions_due"),
        r.optLocalDate("approved_until"));
  }

  private static List<QualificationDecision> complete(
      ReadTx tx, StoredQualification stored, List<QualificationDecision> partial)
      throws SQLException {
    List<QualificationDecision> complete = new ArrayList<>();
    for (QualificationDecision d : partial) {
      Meeting meeting = Meetings.require(tx, d.meetingId());
      List<PanelMember> voting = voting(meeting, stored);
      List<QualificationVote> counted =
          QualificationVotes.current(tx, d.meetingId(), stored.id(), stored.qualification().ref())
              .stream()
              .filter(v -> voting.stream().anyMatch(m -> m.id() == v.member().id()))
              .toList();
      complete.add(
          new QualificationDecision(
              d.id(),
              d.meetingId(),
              d.date(),
              d.qualification(),
              d.hash(),
              d.outcome(),
              d.tally(),
              d.chairDecided(),
              counted,
              d.conditions(),
              d.conditionsDue(),
              d.approvedUntil()));
    }
    return complete;
  }

  /** The members present whose votes count: not named by the qualification's author field. */
  static List<PanelMember> voting(Meeting meeting, StoredQualification stored) {
    return meeting.present().stream()
        .filter(m -> !AuthorMatch.isAuthor(stored.qualification().author(), m))
        .toList();
  }

  /** The members present whom the qualification's author field names. */
  static List<PanelMember> authors(Meeting meeting, StoredQualification stored) {
    return meeting.present().stream()
        .filter(m -> AuthorMatch.isAuthor(stored.qualification().author(), m))
        .toList();
  }

  static StoredQualification require(ReadTx tx, QualificationRef ref) throws SQLException {
    return QualificationRecords.require(
        tx, new QualificationRef.Query(ref.code(), Optional.of(ref.version())));
  }

  static void requireUnderReview(ReadTx tx, StoredQualification stored) {
    UnitState state = stored.stateOn(tx.today());
    if (state != UnitState.SUBMITTED && state != UnitState.REVIEW_DUE) {
      throw new RefusedException(
          Message.of(
              Panel.class,
              "qualification.review",
              stored.qualification().ref(),
              Message.of(UnitState.class, "state." + state.name())));
    }
  }
}
