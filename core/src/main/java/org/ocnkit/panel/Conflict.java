package org.ocnkit.panel;

import java.util.Objects;
import java.util.Optional;
import org.ocnkit.unit.UnitRef;

/**
 * A conflict of interest a member declared at a meeting for a unit version: the member does not
 * vote on it there and does not count towards the quorum for it.
 *
 * @param id the declaration's id ({@code panel_conflict:id})
 */
public record Conflict(
    long id, long meetingId, UnitRef unit, PanelMember member, Optional<String> reason) {
  public Conflict {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(reason, "reason");
  }
}
