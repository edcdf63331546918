package org.ocnkit.panel;

import java.time.Instant;
import java.util.Objects;
import org.ocnkit.unit.UnitRef;

/**
 * A member's vote on a unit version at a meeting, as recorded.
 *
 * @param id the vote's id ({@code panel_vote:id})
 */
public record Vote(
    long id, long meetingId, UnitRef unit, PanelMember member, Ballot ballot, Instant castAt) {
  public Vote {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(ballot, "ballot");
    Objects.requireNonNull(castAt, "castAt");
  }
}
