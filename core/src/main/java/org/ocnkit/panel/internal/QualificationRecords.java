package org.ocnkit.panel.internal;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.ocnkit.panel.Ballot;
import org.ocnkit.panel.Conditions;
import org.ocnkit.panel.DecisionOutcome;
import org.ocnkit.panel.Meeting;
import org.ocnkit.panel.PanelMember;
import org.ocnkit.panel.QualificationDecision;
import org.ocnkit.panel.QualificationVote;
import org.ocnkit.panel.Tally;
import org.ocnkit.panel.VoteChoice;
import org.ocnkit.qualification.QualificationHash;
import org.ocnkit.qualification.QualificationRef;
import org.ocnkit.qualification.catalog.StoredQualification;
import org.ocnkit.store.ReadTx;
import org.ocnkit.store.Row;

/** SQL of the panel's votes and decisions on qualification versions (V13__panel.sql). */
public final class QualificationRecords {
  private QualificationRecords() {}

  /** The qualification versions a meeting voted or decided on. */
  public static Set<Long> qualificationsAt(ReadTx tx, long meetingId) throws SQLException {
    Set<Long> ids = new LinkedHashSet<>(tx.query("SELECT DISTINCT qualification_version_id"
        + " FROM panel_qualification_vote WHERE meeting_id = ?",
        r -> r.getLong("qualification_version_id"), meetingId));
    ids.addAll(tx.query("SELECT qualification_version_id FROM panel_qualification_decision"
        + " WHERE meeting_id = ?", r -> r.getLong("qualification_version_id"), meetingId));
    return ids;
  }

  /** The current votes (corrections followed) on a qualification version at a meeting. */
  public static List<QualificationVote> currentVotes(ReadTx tx, long meetingId,
      long versionId, QualificationRef ref) throws SQLException {
    Map<Long, PanelMember> members = PanelRecords.membersById(tx);
    List<Map.Entry<QualificationVote, OptionalLong>> rows = tx.query(
        "SELECT id, member_id, vote, comment, conditions, conditions_due, replaces_id, cast_at"
            + " FROM panel_qualification_vote WHERE meeting_id = ?"
            + " AND qualification_version_id = ? ORDER BY id",
        r -> Map.entry(new QualificationVote(r.getLong("id"), meetingId, ref,
            members.get(r.getLong("member_id")), ballot(r), r.getInstant("cast_at")),
            r.optLong("replaces_id")), meetingId, versionId);
    Map<Long, Long> replacedBy = new HashMap<>();
    Map<Long, QualificationVote> byId = new HashMap<>();
    for (var row : rows) {
      byId.put(row.getKey().id(), row.getKey());
      row.getValue().ifPresent(old -> replacedBy.put(old, row.getKey().id()));
    }
    List<QualificationVote> votes = new ArrayList<>();
    for (var row : rows) {
      if (row.getValue().isEmpty()) {
        long id = row.getKey().id();
        while (replacedBy.containsKey(id)) {
          id = replacedBy.get(id);
        }
        votes.add(byId.get(id));
      }
    }
    return votes;
  }

  private static Ballot ballot(Row r) throws SQLException {
    VoteChoice choice = r.getEnum("vote", VoteChoice.class);
    Optional<String> conditions = r.optString("conditions");
    Optional<LocalDate> due = r.optLocalDate("conditions_due");
    return new Ballot(choice, r.optString("comment"), conditions.isPresent() && due.isPresent()
        ? Optional.of(new Conditions(conditions.get(), due.get())) : Optional.empty());
  }

  private static final String DECISION_SELECT = "SELECT d.id, d.meeting_id, m.held_on,"
      + " d.qualification_hash, d.outcome, d.votes_approve, d.votes_conditions, d.votes_refer,"
      + " d.votes_reject, d.chair_decided, d.conditions, d.conditions_due, d.approved_until"
      + " FROM panel_qualification_decision d JOIN panel_meeting m ON m.id = d.meeting_id";

  /** The decision at a meeting on a qualification version, if taken. */
  public static Optional<QualificationDecision> decision(ReadTx tx, long meetingId,
      StoredQualification stored) throws SQLException {
    List<QualificationDecision> found = decisions(tx, stored, " AND d.meeting_id = ?",
        meetingId);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  /** Every decision on a qualification version, oldest first. */
  public static List<QualificationDecision> decisions(ReadTx tx, StoredQualification stored)
      throws SQLException {
    return decisions(tx, stored, "");
  }

  private static List<QualificationDecision> decisions(ReadTx tx, StoredQualification stored,
      String extra, Object... params) throws SQLException {
    List<Object> all = new ArrayList<>();
    all.add(stored.id());
    all.addAll(List.of(params));
    List<QualificationDecision> partial = tx.query(DECISION_SELECT
        + " WHERE d.qualification_version_id = ?" + extra + " ORDER BY d.id",
        r -> new QualificationDecision(r.getLong("id"), r.getLong("meeting_id"),
            r.getLocalDate("held_on"), stored.qualification().ref(),
            new QualificationHash(r.getString("qualification_hash")),
            r.getEnum("outcome", DecisionOutcome.class),
            new Tally(r.getInt("votes_approve"), r.getInt("votes_conditions"),
                r.getInt("votes_refer"), r.getInt("votes_reject")),
            r.getBoolean("chair_decided"), List.of(),
            r.optString("conditions").map(c -> List.of(c.split("\n"))).orElse(List.of()),
            r.optLocalDate("conditions_due"), r.optLocalDate("approved_until")),
        all.toArray());
    List<QualificationDecision> complete = new ArrayList<>();
    for (QualificationDecision d : partial) {
      Meeting meeting = PanelRecords.requireMeeting(tx, d.meetingId());
      List<PanelMember> voting = voting(meeting, stored);
      List<QualificationVote> counted = currentVotes(tx, d.meetingId(), stored.id(),
          stored.qualification().ref()).stream()
          .filter(v -> voting.stream().anyMatch(m -> m.id() == v.member().id())).toList();
      complete.add(new QualificationDecision(d.id(), d.meetingId(), d.date(), d.qualification(),
          d.hash(), d.outcome(), d.tally(), d.chairDecided(), counted, d.conditions(),
          d.conditionsDue(), d.approvedUntil()));
    }
    return complete;
  }

  /** The members present whose votes count: not named by the qualification's author field. */
  public static List<PanelMember> voting(Meeting meeting, StoredQualification stored) {
    return meeting.present().stream()
        .filter(m -> !AuthorMatch.isAuthor(stored.qualification().author(), m)).toList();
  }

  /** The members present whom the qualification's author field names. */
  public static List<PanelMember> authors(Meeting meeting, StoredQualification stored) {
    return meeting.present().stream()
        .filter(m -> AuthorMatch.isAuthor(stored.qualification().author(), m)).toList();
  }

  /** Whether the conditions of {@code decisionId} were signed off. */
  public static boolean conditionsMet(ReadTx tx, long decisionId) throws SQLException {
    return tx.queryLong("SELECT count(*) FROM panel_qualification_conditions_met"
        + " WHERE decision_id = ?", decisionId) > 0;
  }
}
