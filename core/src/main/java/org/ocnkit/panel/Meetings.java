package org.ocnkit.panel;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Message;
import org.ocnkit.Problem;
import org.ocnkit.store.ReadTx;
import org.ocnkit.store.Tx;

/** The panel's meetings ({@code panel_meeting}) and who attended ({@code panel_attendance}). */
final class Meetings {
  private Meetings() {}

  /** A row of {@code panel_meeting} as inserted. */
  record MeetingRow(LocalDate heldOn, long chairId, Instant openedAt) {
    Map<String, Object> columns() {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("held_on", heldOn);
      row.put("chair_id", chairId);
      row.put("opened_at", openedAt);
      return row;
    }
  }

  /** A row of {@code panel_attendance}. */
  record AttendanceRow(long meetingId, long memberId) {
    Map<String, Object> columns() {
      return Map.of("meeting_id", meetingId, "member_id", memberId);
    }
  }

  /** Opens a meeting (see {@link Panel#openMeeting}). */
  static Meeting open(Tx tx, Optional<LocalDate> date, List<String> present, Optional<String> chair)
      throws SQLException {
    LocalDate day = date.orElse(tx.today());
    Optional<Message> dateRule = Panel.meetingDateBroken(day, tx.today());
    if (dateRule.isPresent()) {
      throw new InvalidInputException(dateRule.get());
    }
    Map<Long, PanelMember> attending = new LinkedHashMap<>();
    List<Problem> problems = new ArrayList<>();
    for (String name : present) {
      if (name.isBlank()) {
        continue;
      }
      try {
        PanelMember m = Members.resolve(tx, name);
        attending.putIfAbsent(m.id(), m);
      } catch (InvalidInputException e) {
        problems.addAll(e.problems());
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    if (attending.isEmpty()) {
      throw new InvalidInputException(Message.of(Panel.class, "meeting.nobodyPresent"));
    }
    PanelMember chairing;
    if (chair.isPresent()) {
      chairing = Members.resolve(tx, chair.get());
      if (!attending.containsKey(chairing.id())) {
        throw new InvalidInputException(
            Message.of(Panel.class, "meeting.chairAbsent", chairing.name()));
      }
    } else {
      Optional<PanelMember> panelChair = Members.chair(tx);
      if (panelChair.isEmpty()) {
        throw new InvalidInputException(Message.of(Panel.class, "meeting.noChair"));
      }
      chairing = panelChair.get();
      if (!attending.containsKey(chairing.id())) {
        throw new InvalidInputException(
            Message.of(Panel.class, "meeting.chairNotPresent", chairing.name()));
      }
    }
    long id =
        tx.insert(
            "panel_meeting",
            new MeetingRow(day, chairing.id(), tx.now()).columns(),
            Panel.ACTION_MEETING_OPEN);
    List<Long> ids = new ArrayList<>(attending.keySet());
    ids.sort(Long::compare);
    for (long memberId : ids) {
      tx.insert(
          "panel_attendance", new AttendanceRow(id, memberId).columns(), Panel.ACTION_ATTENDANCE);
    }
    return require(tx, id);
  }

  /**
   * The meeting with {@code id}.
   *
   * @throws InvalidInputException when there is none
   */
  static Meeting require(ReadTx tx, long id) throws SQLException {
    Map<Long, PanelMember> members = Members.byId(tx);
    return meeting(tx, id, members)
        .orElseThrow(
            () ->
                new InvalidInputException(
                    Message.of(Panel.class, "meeting.unknown", String.valueOf(id))));
  }

  /** Every meeting, by id. */
  static List<Meeting> all(ReadTx tx) throws SQLException {
    Map<Long, PanelMember> members = Members.byId(tx);
    List<Long> ids = tx.query("SELECT id FROM panel_meeting ORDER BY id", r -> r.getLong("id"));
    List<Meeting> meetings = new ArrayList<>();
    for (long id : ids) {
      meetings.add(meeting(tx, id, members).orElseThrow());
    }
    return meetings;
  }

  private static Optional<Meeting> meeting(ReadTx tx, long id, Map<Long, PanelMember> members)
      throws SQLException {
    Optional<Head> head =
        tx.queryOne(
            "SELECT held_on, chair_id FROM panel_meeting WHERE id = ?",
            r -> new Head(r.getLocalDate("held_on"), r.getLong("chair_id")),
            id);
    if (head.isEmpty()) {
      return Optional.empty();
    }
    List<PanelMember> present =
        tx.query(
            "SELECT member_id FROM panel_attendance WHERE meeting_id = ? ORDER BY member_id",
            r -> members.get(r.getLong("member_id")),
            id);
    return Optional.of(
        new Meeting(id, head.get().date(), members.get(head.get().chairId()), present));
  }

  private record Head(LocalDate date, long chairId) {}
}
