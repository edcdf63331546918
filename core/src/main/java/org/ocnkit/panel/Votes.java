package org.ocnkit.panel;

import static org.ocnkit.panel.PanelChecks.problem;
import static org.ocnkit.panel.PanelChecks.refused;
import static org.ocnkit.panel.PanelChecks.requireUnderReview;
import static org.ocnkit.panel.PanelChecks.requireUnit;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
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
import org.ocnkit.panel.internal.AuthorMatch;
import org.ocnkit.store.ReadTx;
import org.ocnkit.store.Row;
import org.ocnkit.store.Tx;
import org.ocnkit.unit.UnitRef;
import org.ocnkit.unit.catalog.StoredUnit;

/**
 * Votes on unit versions ({@code panel_vote}); a corrected vote is a new row that replaces the
 * earlier one. The columns of a ballot are the same in {@code panel_qualification_vote}, so {@link
 * QualificationVotes} shares {@link BallotColumns}.
 */
final class Votes {
  private Votes() {}

  /** The columns a ballot is stored in, in a vote table of units or of qualifications. */
  record BallotColumns(Ballot ballot, OptionalLong replacesId, Instant castAt) {
    void putInto(Map<String, Object> row) {
      Optional<Conditions> conditions = ballot.conditions();
      row.put("vote", ballot.choice());
      row.put("comment", ballot.comment().orElse(null));
      row.put("conditions", conditions.map(Conditions::text).orElse(null));
      row.put("conditions_due", conditions.map(Conditions::due).orElse(null));
      row.put("replaces_id", replacesId.isPresent() ? replacesId.getAsLong() : null);
      row.put("cast_at", castAt);
    }

    /** The ballot of a row read back. */
    static Ballot ballot(Row r) throws SQLException {
      VoteChoice choice = r.getEnum("vote", VoteChoice.class);
      Optional<String> conditions = r.optString("conditions");
      Optional<LocalDate> due = r.optLocalDate("conditions_due");
      return new Ballot(
          choice,
          r.optString("comment"),
          conditions.isPresent() && due.isPresent()
              ? Optional.of(new Conditions(conditions.get(), due.get()))
              : Optional.empty());
    }
  }

  /** A row of {@code panel_vote} as inserted. */
  record VoteRow(long meetingId, long unitVersionId, long memberId, BallotColumns ballot) {
    Map<String, Object> columns() {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("meeting_id", meetingId);
      row.put("unit_version_id", unitVersionId);
      row.put("member_id", memberId);
      ballot.putInto(row);
      return row;
    }
  }

  /** Records the same vote for each of {@code members} (see {@link Panel#vote}). */
  static List<Vote> cast(Tx tx, long meetingId, UnitRef unit, List<String> members, Ballot ballot)
      throws SQLException {
    Meeting meeting = Meetings.require(tx, meetingId);
    StoredUnit stored = requireUnit(tx, unit);
    Map<Long, PanelMember> voters = new LinkedHashMap<>();
    for (String name : members) {
      PanelMember m = Members.resolve(tx, name);
      voters.putIfAbsent(m.id(), m);
    }
    if (voters.isEmpty()) {
      throw new InvalidInputException(Message.of(Panel.class, "vote.nobody"));
    }
    if (Decisions.decision(tx, meetingId, stored.id()).isPresent()) {
      throw refused("vote.decided", unit, String.valueOf(meeting.id()));
    }
    requireUnderReview(tx, stored);
    Optional<Message> dueRule =
        ballot.conditions().flatMap(c -> Panel.conditionsDueBroken(c.due(), meeting.date()));
    if (dueRule.isPresent()) {
      throw new InvalidInputException(dueRule.get());
    }
    List<Conflict> conflicts = Conflicts.of(tx, meetingId, stored.id());
    List<Problem> problems = new ArrayList<>();
    for (PanelMember m : voters.values()) {
      if (!meeting.isPresent(m)) {
        problems.add(
            problem("vote.notPresent", m.name(), String.valueOf(meeting.id()), meeting.date()));
      } else if (AuthorMatch.isAuthor(stored.unit().author(), m)) {
        problems.add(problem("vote.author", m.name(), unit, stored.unit().author()));
      } else if (conflicts.stream().anyMatch(c -> c.member().id() == m.id())) {
        problems.add(problem("vote.conflict", m.name(), unit, String.valueOf(meeting.id())));
      }
    }
    if (!problems.isEmpty()) {
      throw new RefusedException(problems);
    }
    Map<Long, Vote> current = new HashMap<>();
    current(tx, meetingId, stored.id()).forEach(v -> current.put(v.member().id(), v));
    List<Vote> cast = new ArrayList<>();
    for (PanelMember m : voters.values()) {
      OptionalLong replaces =
          current.containsKey(m.id())
              ? OptionalLong.of(current.get(m.id()).id())
              : OptionalLong.empty();
      long id =
          tx.insert(
              "panel_vote",
              new VoteRow(
                      meetingId, stored.id(), m.id(), new BallotColumns(ballot, replaces, tx.now()))
                  .columns(),
              Panel.ACTION_VOTE);
      cast.add(new Vote(id, meetingId, unit, m, ballot, tx.now()));
    }
    return cast;
  }

  /**
   * The votes in force at a meeting on one unit version: each member's latest (a corrected vote
   * replaces the earlier one), in the order the members first voted.
   */
  static List<Vote> current(ReadTx tx, long meetingId, long unitVersionId) throws SQLException {
    Map<Long, PanelMember> members = Members.byId(tx);
    UnitRef ref = PanelChecks.ref(tx, unitVersionId);
    List<Map.Entry<Vote, OptionalLong>> rows =
        tx.query(
            "SELECT id, member_id, vote, comment,"
                + " conditions, conditions_due, replaces_id, cast_at FROM panel_vote"
                + " WHERE meeting_id = ? AND unit_version_id = ? ORDER BY id",
            r ->
                Map.entry(
                    new Vote(
                        r.getLong("id"),
                        meetingId,
                        ref,
                        members.get(r.getLong("member_id")),
                        BallotColumns.ballot(r),
                        r.getInstant("cast_at")),
                    r.optLong("replaces_id")),
            meetingId,
            unitVersionId);
    return inForce(rows, Vote::id);
  }

  /** The unit versions voted on at a meeting. */
  static List<Long> unitsAt(ReadTx tx, long meetingId) throws SQLException {
    return tx.query(
        "SELECT unit_version_id FROM panel_vote WHERE meeting_id = ?",
        r -> r.getLong("unit_version_id"),
        meetingId);
  }

  /**
   * Each first vote (one replacing nothing) in id order, followed to its latest correction.
   *
   * @param rows every vote with the id of the vote it replaces, in id order
   */
  static <V> List<V> inForce(
      List<Map.Entry<V, OptionalLong>> rows, java.util.function.ToLongFunction<V> id) {
    Map<Long, Long> replacedBy = new HashMap<>();
    Map<Long, V> byId = new HashMap<>();
    for (var row : rows) {
      byId.put(id.applyAsLong(row.getKey()), row.getKey());
      row.getValue().ifPresent(old -> replacedBy.put(old, id.applyAsLong(row.getKey())));
    }
    List<V> votes = new ArrayList<>();
    for (var row : rows) {
      if (row.getValue().isEmpty()) {
        long latest = id.applyAsLong(row.getKey());
        while (replacedBy.containsKey(latest)) {
          latest = replacedBy.get(latest);
        }
        votes.add(byId.get(latest));
      }
    }
    return votes;
  }
}
