package org.ocnkit.panel;

import static org.ocnkit.panel.PanelChecks.problem;
import static org.ocnkit.panel.PanelChecks.refused;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Message;
import org.ocnkit.Problem;
import org.ocnkit.RefusedException;
import org.ocnkit.qualification.QualificationRef;
import org.ocnkit.qualification.catalog.StoredQualification;
import org.ocnkit.store.ReadTx;
import org.ocnkit.store.Tx;

/** Votes on qualification versions ({@code panel_qualification_vote}). */
final class QualificationVotes {
  private QualificationVotes() {}

  /** A row of {@code panel_qualification_vote} as inserted. */
  record QualificationVoteRow(
      long meetingId, long qualificationVersionId, long memberId, Votes.BallotColumns ballot) {
    Map<String, Object> columns() {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("meeting_id", meetingId);
      row.put("qualification_version_id", qualificationVersionId);
      row.put("member_id", memberId);
      ballot.putInto(row);
      return row;
    }
  }

  /** Records the same vote for each of {@code members} (see {@link QualificationPanel#vote}). */
  static List<QualificationVote> cast(
      Tx tx, long meetingId, QualificationRef ref, List<String> members, Ballot ballot)
      throws SQLException {
    Meeting meeting = Meetings.require(tx, meetingId);
    StoredQualification stored = QualificationDecisions.require(tx, ref);
    Map<Long, PanelMember> voters = new LinkedHashMap<>();
    for (String name : members) {
      PanelMember m = Members.resolve(tx, name);
      voters.putIfAbsent(m.id(), m);
    }
    if (voters.isEmpty()) {
      throw new InvalidInputException(Message.of(Panel.class, "vote.nobody"));
    }
    if (QualificationDecisions.decision(tx, meetingId, stored).isPresent()) {
      throw refused("qualification.vote.decided", ref, String.valueOf(meetingId));
    }
    QualificationDecisions.requireUnderReview(tx, stored);
    Optional<Message> dueRule =
        ballot.conditions().flatMap(c -> Panel.conditionsDueBroken(c.due(), meeting.date()));
    if (dueRule.isPresent()) {
      throw new InvalidInputException(dueRule.get());
    }
    List<Problem> problems = new ArrayList<>();
    for (PanelMember m : voters.values()) {
      if (!meeting.isPresent(m)) {
        problems.add(
            problem("vote.notPresent", m.name(), String.valueOf(meetingId), meeting.date()));
      } else if (QualificationDecisions.authors(meeting, stored).contains(m)) {
        problems.add(problem("vote.author", m.name(), ref, stored.qualification().author()));
      }
    }
    if (!problems.isEmpty()) {
      throw new RefusedException(problems);
    }
    Map<Long, QualificationVote> current = new HashMap<>();
    current(tx, meetingId, stored.id(), ref).forEach(v -> current.put(v.member().id(), v));
    List<QualificationVote> cast = new ArrayList<>();
    for (PanelMember m : voters.values()) {
      OptionalLong replaces =
          current.containsKey(m.id())
              ? OptionalLong.of(current.get(m.id()).id())
              : OptionalLong.empty();
      long id =
          tx.insert(
              "panel_qualification_vote",
              new QualificationVoteRow(
                      meetingId,
                      stored.id(),
                      m.id(),
                      new Votes.BallotColumns(ballot, replaces, tx.now()))
                  .columns(),
              QualificationPanel.ACTION_VOTE);
      cast.add(new QualificationVote(id, meetingId, ref, m, ballot, tx.now()));
    }
    return cast;
  }

  /** The current votes (corrections followed) on a qualification version at a meeting. */
  static List<QualificationVote> current(
      ReadTx tx, long meetingId, long versionId, QualificationRef ref) throws SQLException {
    Map<Long, PanelMember> members = Members.byId(tx);
    List<Map.Entry<QualificationVote, OptionalLong>> rows =
        tx.query(
            "SELECT id, member_id, vote, comment, conditions, conditions_due, replaces_id, cast_at"
                + " FROM panel_qualification_vote WHERE meeting_id = ?"
                + " AND qualification_version_id = ? ORDER BY id",
            r ->
                Map.entry(
                    new QualificationVote(
                        r.getLong("id"),
                        meetingId,
                        ref,
                        members.get(r.getLong("member_id")),
                        Votes.BallotColumns.ballot(r),
                        r.getInstant("cast_at")),
                    r.optLong("replaces_id")),
            meetingId,
            versionId);
    return Votes.inForce(rows, QualificationVote::id);
  }

  /** The qualification versions voted on at a meeting. */
  static List<Long> qualificationsAt(ReadTx tx, long meetingId) throws SQLException {
    return tx.query(
        "SELECT DISTINCT qualification_version_id"
            + " FROM panel_qualification_vote WHERE meeting_id = ?",
        r -> r.getLong("qualification_version_id"),
        meetingId);
  }
}
