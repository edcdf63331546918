package org.ocnkit.panel;

import java.util.Objects;

/**
 * A member of the panel.
 *
 * @param id the member's id ({@code panel_member:id}); commands accept it wherever a member is
 *     named
 * @param chair whether the member is the panel's chair (at most one member is)
 */
public record PanelMember(long id, String name, String organisation, Sector sector, boolean chair) {
  public PanelMember {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(sector, "sector");
  }

  /** "name, organisation". */
  @Override
  public String toString() {
    return name + ", " + organisation;
  }
}
