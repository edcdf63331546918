package org.ocnkit.panel;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A panel meeting: the date it was held, who chaired it and who was present.
 *
 * @param id the meeting's id ({@code panel_meeting:id}), which commands take as {@code --meeting}
 * @param chair the member who chaired the meeting; present, and the one whose vote breaks a tie
 * @param present the members present, by id
 */
public record Meeting(long id, LocalDate date, PanelMember chair, List<PanelMember> present) {
  public Meeting {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(chair, "chair");
    present = List.copyOf(present);
  }

  /** Whether {@code member} was present. */
  public boolean isPresent(PanelMember member) {
    return present.stream().anyMatch(m -> m.id() == member.id());
  }
}
