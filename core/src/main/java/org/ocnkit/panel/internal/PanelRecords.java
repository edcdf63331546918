package org.ocnkit.panel.internal;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Message;
import org.ocnkit.panel.Ballot;
import org.ocnkit.panel.Conditions;
import org.ocnkit.panel.ConditionsSignOff;
import org.ocnkit.panel.Conflict;
import org.ocnkit.panel.DecisionOutcome;
import org.ocnkit.panel.Meeting;
import org.ocnkit.panel.Panel;
import org.ocnkit.panel.PanelDecision;
import org.ocnkit.panel.PanelMember;
import org.ocnkit.panel.Sector;
import org.ocnkit.panel.Tally;
import org.ocnkit.panel.Vote;
import org.ocnkit.panel.VoteChoice;
import org.ocnkit.store.ReadTx;
import org.ocnkit.store.Row;
import org.ocnkit.unit.UnitCode;
import org.ocnkit.unit.UnitHash;
import org.ocnkit.unit.UnitRef;
import org.ocnkit.unit.catalog.StoredUnit;
import org.ocnkit.unit.catalog.UnitCatalog;

/**
 * Reads the panel's records back as the public types: members, meetings, conflicts, votes,
 * decisions and sign-offs. Every query sorts in Java or by integer id, never by text.
 */
public final class PanelRecords {
  private PanelRecords() {}

  // Members ----------------------------------------------------------------------------------

  /** Every member, by id. */
  public static List<PanelMember> members(ReadTx tx) throws SQLException {
    return tx.query("SELECT id, name, organisation, sector, chair FROM panel_member ORDER BY id",
        PanelRecords::member);
  }

  /** The members by id. */
  public static Map<Long, PanelMember> membersById(ReadTx tx) throws SQLException {
    return members(tx).stream().collect(Collectors.toMap(PanelMember::id, Function.identity()));
  }

  /** The panel's chair, if it has one. */
  public static Optional<PanelMember> chair(ReadTx tx) throws SQLException {
    return members(tx).stream().filter(PanelMember::chair).findFirst();
  }

  /**
   * The member {@code reference} names: an id (digits), or a name (ignoring case and runs of
   * whitespace).
   *
   * @throws InvalidInputException when no member, or more than one, has that name or id
   */
  public static PanelMember resolveMember(ReadTx tx, String reference) throws SQLException {
    String wanted = reference.strip();
    List<PanelMember> all = members(tx);
    if (wanted.matches("[0-9]{1,18}")) {
      long id = Long.parseLong(wanted);
      return all.stream().filter(m -> m.id() == id).findFirst().orElseThrow(() ->
          new InvalidInputException(Message.of(Panel.class, "member.unknown", wanted)));
    }
    String name = AuthorMatch.normalize(wanted);
    List<PanelMember> named = all.stream()
        .filter(m -> AuthorMatch.normalize(m.name()).equals(name)).toList();
    if (named.isEmpty()) {
      throw new InvalidInputException(Message.of(Panel.class, "member.unknown", wanted));
    }
    if (named.size() > 1) {
      throw new InvalidInputException(Message.of(Panel.class, "member.ambiguous", wanted,
          named.stream().map(m -> m.id() + " (" + m.organisation() + ")")
              .collect(Collectors.joining(", "))));
    }
    return named.get(0);
  }

  private static PanelMember member(Row row) throws SQLException {
    return new PanelMember(row.getLong("id"), row.getString("name"), row.getString("organisation"),
        row.getEnum("sector", Sector.class), row.getBoolean("chair"));
  }

  // Meetings ---------------------------------------------------------------------------------

  /**
   * The meeting with {@code id}.
   *
   * @throws InvalidInputException when there is none
   */
  public static Meeting requireMeeting(ReadTx tx, long id) throws SQLException {
    Map<Long, PanelMember> members = membersById(tx);
    return meeting(tx, id, members).orElseThrow(() ->
        new InvalidInputException(Message.of(Panel.class, "meeting.unknown", String.valueOf(id))));
  }

  /** Every meeting, by id. */
  public static List<Meeting> meetings(ReadTx tx) throws SQLException {
    Map<Long, PanelMember> members = membersById(tx);
    List<Long> ids = tx.query("SELECT id FROM panel_meeting ORDER BY id", r -> r.getLong("id"));
    List<Meeting> meetings = new ArrayList<>();
    for (long id : ids) {
      meetings.add(meeting(tx, id, members).orElseThrow());
    }
    return meetings;
  }

  private static Optional<Meeting> meeting(ReadTx tx, long id, Map<Long, PanelMember> members)
      throws SQLException {
    Optional<MeetingRow> head = tx.queryOne(
        "SELECT held_on, chair_id FROM panel_meeting WHERE id = ?",
        r -> new MeetingRow(r.getLocalDate("held_on"), r.getLong("chair_id")), id);
    if (head.isEmpty()) {
      return Optional.empty();
    }
    List<PanelMember> present = tx.query(
        "SELECT member_id FROM panel_attendance WHERE meeting_id = ? ORDER BY member_id",
        r -> members.get(r.getLong("member_id")), id);
    return Optional.of(new Meeting(id, head.get().date(), members.get(head.get().chairId()),
        present));
  }

  private record MeetingRow(LocalDate date, long chairId) {}

  // Units ------------------------------------------------------------------------------------

  /** The code and version of the stored unit version {@code unitVersionId}. */
  public static UnitRef ref(ReadTx tx, long unitVersionId) throws SQLException {
    return tx.queryOne("SELECT code, version FROM unit_version WHERE id = ?",
        r -> new UnitRef(new UnitCode(r.getString("code")), r.getInt("version")), unitVersionId)
        .orElseThrow(() -> new IllegalStateException("no unit_version:" + unitVersionId));
  }

  /** The stored unit version {@code unitVersionId}, read back and checked. */
  public static StoredUnit unit(ReadTx tx, long unitVersionId) throws SQLException {
    UnitRef ref = ref(tx, unitVersionId);
    return UnitCatalog.require(tx, new UnitRef.Query(ref.code(), Optional.of(ref.version())));
  }

  /** The unit versions a meeting dealt with: a conflict, a vote or a decision. */
  public static Set<Long> unitsAt(ReadTx tx, long meetingId) throws SQLException {
    Set<Long> ids = new TreeSet<>();
    for (String table : List.of("panel_conflict", "panel_vote", "panel_decision")) {
      ids.addAll(tx.query("SELECT unit_version_id FROM " + table + " WHERE meeting_id = ?",
          r -> r.getLong("unit_version_id"), meetingId));
    }
    return ids;
  }

  // Conflicts and votes ----------------------------------------------------------------------

  /** The conflicts declared at a meeting over one unit version, by id. */
  public static List<Conflict> conflicts(ReadTx tx, long meetingId, long unitVersionId)
      throws SQLException {
    Map<Long, PanelMember> members = membersById(tx);
    UnitRef ref = ref(tx, unitVersionId);
    return tx.query("SELECT id, member_id, reason FROM panel_conflict"
            + " WHERE meeting_id = ? AND unit_version_id = ? ORDER BY id",
        r -> new Conflict(r.getLong("id"), meetingId, ref, members.get(r.getLong("member_id")),
            r.optString("reason")),
        meetingId, unitVersionId);
  }

  /**
   * The votes in force at a meeting on one unit version: each member's latest (a corrected vote
   * replaces the earlier one), in the order the members first voted.
   */
  public static List<Vote> currentVotes(ReadTx tx, long meetingId, long unitVersionId)
      throws SQLException {
    Map<Long, PanelMember> members = membersById(tx);
    UnitRef ref = ref(tx, unitVersionId);
    List<VoteRow> rows = tx.query("SELECT id, member_id, vote, comment, conditions,"
            + " conditions_due, replaces_id, cast_at FROM panel_vote"
            + " WHERE meeting_id = ? AND unit_version_id = ? ORDER BY id",
        r -> new VoteRow(
            new Vote(r.getLong("id"), meetingId, ref, members.get(r.getLong("member_id")),
                ballot(r), r.getInstant("cast_at")),
            r.optLong("replaces_id")),
        meetingId, unitVersionId);
    Map<Long, Long> replacedBy = new HashMap<>();
    rows.forEach(row -> row.replaces().ifPresent(old -> replacedBy.put(old, row.vote().id())));
    // Each first vote (one replacing nothing) in id order, followed to its latest correction.
    Map<Long, Vote> byId = new HashMap<>();
    rows.forEach(row -> byId.put(row.vote().id(), row.vote()));
    List<Vote> votes = new ArrayList<>();
    for (VoteRow row : rows) {
      if (row.replaces().isEmpty()) {
        long id = row.vote().id();
        while (replacedBy.containsKey(id)) {
          id = replacedBy.get(id);
        }
        votes.add(byId.get(id));
      }
    }
    return votes;
  }

  private record VoteRow(Vote vote, OptionalLong replaces) {}

  private static Ballot ballot(Row r) throws SQLException {
    VoteChoice choice = r.getEnum("vote", VoteChoice.class);
    Optional<String> conditions = r.optString("conditions");
    Optional<LocalDate> due = r.optLocalDate("conditions_due");
    return new Ballot(choice, r.optString("comment"), conditions.isPresent() && due.isPresent()
        ? Optional.of(new Conditions(conditions.get(), due.get())) : Optional.empty());
  }

  // Decisions --------------------------------------------------------------------------------

  private static final String DECISION_SELECT = "SELECT d.id, d.meeting_id, m.held_on,"
      + " d.unit_version_id, d.unit_hash, d.outcome, d.votes_approve, d.votes_conditions,"
      + " d.votes_refer, d.votes_reject, d.chair_decided, d.conditions, d.conditions_due,"
      + " d.approved_until FROM panel_decision d JOIN panel_meeting m ON m.id = d.meeting_id";

  /** The decision taken at a meeting on one unit version, if any. */
  public static Optional<PanelDecision> decision(ReadTx tx, long meetingId, long unitVersionId)
      throws SQLException {
    Optional<DecisionRow> row = tx.queryOne(
        DECISION_SELECT + " WHERE d.meeting_id = ? AND d.unit_version_id = ?",
        PanelRecords::decisionRow, meetingId, unitVersionId);
    return row.isEmpty() ? Optional.empty() : Optional.of(complete(tx, row.get()));
  }

  /** Every decision on one unit version, oldest first. */
  public static List<PanelDecision> decisions(ReadTx tx, long unitVersionId)
      throws SQLException {
    List<DecisionRow> rows = tx.query(DECISION_SELECT + " WHERE d.unit_version_id = ?"
        + " ORDER BY d.id", PanelRecords::decisionRow, unitVersionId);
    List<PanelDecision> decisions = new ArrayList<>();
    for (DecisionRow row : rows) {
      decisions.add(complete(tx, row));
    }
    return decisions;
  }

  /** The chair's sign-off of a decision's conditions, if given. */
  public static Optional<ConditionsSignOff> signOff(ReadTx tx, PanelDecision decision)
      throws SQLException {
    Map<Long, PanelMember> members = membersById(tx);
    return tx.queryOne("SELECT id, member_id, met_on FROM panel_conditions_met"
            + " WHERE decision_id = ?",
        r -> new ConditionsSignOff(r.getLong("id"), decision,
            members.get(r.getLong("member_id")), r.getLocalDate("met_on")),
        decision.id());
  }

  /**
   * The members whose votes on a unit version count at a meeting: present, not named by the
   * unit's author field, no conflict declared.
   */
  public static List<PanelMember> voting(Meeting meeting, StoredUnit unit,
      List<Conflict> conflicts) {
    return meeting.present().stream()
        .filter(m -> !AuthorMatch.isAuthor(unit.unit().author(), m))
        .filter(m -> conflicts.stream().noneMatch(c -> c.member().id() == m.id()))
        .toList();
  }

  /** The members present whom the unit's author field names. */
  public static List<PanelMember> authors(Meeting meeting, StoredUnit unit) {
    return meeting.present().stream()
        .filter(m -> AuthorMatch.isAuthor(unit.unit().author(), m)).toList();
  }

  private record DecisionRow(long id, long meetingId, LocalDate date, long unitVersionId,
      UnitHash hash, DecisionOutcome outcome, Tally tally, boolean chairDecided,
      Optional<String> conditions, Optional<LocalDate> conditionsDue,
      Optional<LocalDate> approvedUntil) {}

  private static DecisionRow decisionRow(Row r) throws SQLException {
    return new DecisionRow(r.getLong("id"), r.getLong("meeting_id"), r.getLocalDate("held_on"),
        r.getLong("unit_version_id"), new UnitHash(r.getString("unit_hash")),
        r.getEnum("outcome", DecisionOutcome.class),
        new Tally(r.getInt("votes_approve"), r.getInt("votes_conditions"),
            r.getInt("votes_refer"), r.getInt("votes_reject")),
        r.getBoolean("chair_decided"), r.optString("conditions"),
        r.optLocalDate("conditions_due"), r.optLocalDate("approved_until"));
  }

  private static PanelDecision complete(ReadTx tx, DecisionRow row) throws SQLException {
    Meeting meeting = requireMeeting(tx, row.meetingId());
    StoredUnit unit = unit(tx, row.unitVersionId());
    List<PanelMember> voting = voting(meeting, unit,
        conflicts(tx, row.meetingId(), row.unitVersionId()));
    List<Vote> counted = currentVotes(tx, row.meetingId(), row.unitVersionId()).stream()
        .filter(v -> voting.stream().anyMatch(m -> m.id() == v.member().id())).toList();
    List<String> conditions = row.conditions().map(c -> List.of(c.split("\n"))).orElse(List.of());
    return new PanelDecision(row.id(), row.meetingId(), row.date(), unit.unit().ref(), row.hash(),
        row.outcome(), row.tally(), row.chairDecided(), counted, conditions, row.conditionsDue(),
        row.approvedUntil());
  }
}
