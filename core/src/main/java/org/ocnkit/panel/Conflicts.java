package org.ocnkit.panel;

import static org.ocnkit.panel.PanelChecks.refused;
import static org.ocnkit.panel.PanelChecks.requireUnit;

import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ocnkit.store.ReadTx;
import org.ocnkit.store.Tx;
import org.ocnkit.unit.UnitRef;
import org.ocnkit.unit.catalog.StoredUnit;

/** Conflicts of interest declared at a meeting over a unit version ({@code panel_conflict}). */
final class Conflicts {
  private Conflicts() {}

  /** A row of {@code panel_conflict} as inserted. */
  record ConflictRow(
      long meetingId,
      long memberId,
      long unitVersionId,
      Optional<String> reason,
      Instant declaredAt) {
    Map<String, Object> columns() {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("meeting_id", meetingId);
      row.put("member_id", memberId);
      row.put("unit_version_id", unitVersionId);
      row.put("reason", reason.orElse(null));
      row.put("declared_at", declaredAt);
      return row;
    }
  }

  /** Declares a conflict (see {@link Panel#declareConflict}); {@code why} is cleaned. */
  static Conflict declare(Tx tx, long meetingId, String member, UnitRef unit, Optional<String> why)
      throws SQLException {
    Meeting meeting = Meetings.require(tx, meetingId);
    PanelMember m = Members.resolve(tx, member);
    StoredUnit stored = requireUnit(tx, unit);
    if (!meeting.isPresent(m)) {
      throw refused("conflict.notPresent", m.name(), String.valueOf(meeting.id()), meeting.date());
    }
    if (Decisions.decision(tx, meetingId, stored.id()).isPresent()) {
      throw refused("conflict.decided", unit, String.valueOf(meeting.id()), m.name());
    }
    Optional<Conflict> existing =
        of(tx, meetingId, stored.id()).stream().filter(c -> c.member().id() == m.id()).findFirst();
    if (existing.isPresent()) {
      return existing.get();
    }
    long id =
        tx.insert(
            "panel_conflict",
            new ConflictRow(meetingId, m.id(), stored.id(), why, tx.now()).columns(),
            Panel.ACTION_CONFLICT);
    return new Conflict(id, meetingId, unit, m, why);
  }

  /** The conflicts declared at a meeting over one unit version, by id. */
  static List<Conflict> of(ReadTx tx, long meetingId, long unitVersionId) throws SQLException {
    Map<Long, PanelMember> members = Members.byId(tx);
    UnitRef ref = PanelChecks.ref(tx, unitVersionId);
    return tx.query(
        "SELECT id, member_id, reason FROM panel_conflict"
            + " WHERE meeting_id = ? AND unit_version_id = ? ORDER BY id",
        r ->
            new Conflict(
                r.getLong("id"),
                meetingId,
                ref,
                members.get(r.getLong("member_id")),
                r.optString("reason")),
        meetingId,
        unitVersionId);
  }

  /** The unit versions with a conflict declared at a meeting. */
  static List<Long> unitsAt(ReadTx tx, long meetingId) throws SQLException {
    return tx.query(
        "SELECT unit_version_id FROM panel_conflict WHERE meeting_id = ?",
        r -> r.getLong("unit_version_id"),
        meetingId);
  }
}
