package org.ocnkit.panel;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.ocnkit.panel.internal.MinutesLayout;
import org.ocnkit.panel.internal.ReadingCopyLayout;
import org.ocnkit.store.ReadTx;
import org.ocnkit.unit.UnitRef;
import org.ocnkit.unit.catalog.StoredUnit;
import org.ocnkit.unit.catalog.UnitRecords;
import org.ocnkit.unit.catalog.UnitState;

/** What the panel prints: the minutes of a meeting and the reading copy of a unit version. */
final class PanelDocuments {
  private PanelDocuments() {}

  /** What the minutes of meeting {@code meetingId} record. */
  static Minutes minutes(ReadTx tx, String organisation, long meetingId) throws SQLException {
    Meeting meeting = Meetings.require(tx, meetingId);
    List<Minutes.Item> items = new ArrayList<>();
    for (long unitId : unitsAt(tx, meetingId)) {
      StoredUnit stored = PanelChecks.unit(tx, unitId);
      Optional<PanelDecision> decision = Decisions.decision(tx, meetingId, unitId);
      Optional<ConditionsSignOff> signOff =
          decision.isPresent() ? Decisions.signOff(tx, decision.get()) : Optional.empty();
      items.add(
          new Minutes.Item(
              stored.unit().ref(),
              stored.unit().titleSv(),
              stored.unit().titleEn(),
              stored.unit().hash(),
              PanelChecks.authors(meeting, stored),
              Conflicts.of(tx, meetingId, unitId),
              Votes.current(tx, meetingId, unitId),
              decision,
              signOff));
    }
    items.sort((a, b) -> a.unit().compareTo(b.unit()));
    return new Minutes(
        organisation, meeting, items, QualificationDecisions.minutesItems(tx, meeting));
  }

  /** The minutes as PDF/A-3b (see {@link Panel#renderMinutes}). */
  static byte[] renderMinutes(ReadTx tx, String organisation, long meetingId) throws SQLException {
    return MinutesLayout.render(minutes(tx, organisation, meetingId), tx.now());
  }

  /** The reading copy of a unit version as PDF/A-3b (see {@link Panel#renderReadingCopy}). */
  static byte[] renderReadingCopy(ReadTx tx, String organisation, UnitRef.Query unit)
      throws SQLException {
    StoredUnit stored = UnitRecords.require(tx, unit);
    UnitState state =
        UnitApprovals.effectiveState(stored.state(), stored.approvedUntil(), tx.today());
    return ReadingCopyLayout.render(
        stored.unit(), state, stored.approvedUntil(), organisation, tx.now());
  }

  /** The unit versions a meeting dealt with: a conflict, a vote or a decision. */
  private static Set<Long> unitsAt(ReadTx tx, long meetingId) throws SQLException {
    Set<Long> ids = new TreeSet<>();
    ids.addAll(Conflicts.unitsAt(tx, meetingId));
    ids.addAll(Votes.unitsAt(tx, meetingId));
    ids.addAll(Decisions.unitsAt(tx, meetingId));
    return ids;
  }
}
