package org.ocnkit.panel;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The chair's sign-off that the conditions of a decision are met; the unit version is then approved
 * without conditions.
 *
 * @param id the sign-off's id ({@code panel_conditions_met:id})
 * @param by the chair who signed off
 * @param on the date of the sign-off
 */
public record ConditionsSignOff(long id, PanelDecision decision, PanelMember by, LocalDate on) {
  public ConditionsSignOff {
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(on, "on");
  }
}
