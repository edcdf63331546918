package org.ocnkit.panel;

import java.util.Locale;
import org.ocnkit.unit.catalog.UnitState;

/** What the panel decided about a unit version; each outcome is the state the version takes. */
public enum DecisionOutcome {
  APPROVED(UnitState.APPROVED),
  APPROVED_WITH_CONDITIONS(UnitState.APPROVED_WITH_CONDITIONS),
  REFERRED_BACK(UnitState.REFERRED_BACK),
  REJECTED(UnitState.REJECTED);

  private final UnitState state;

  DecisionOutcome(UnitState state) {
    this.state = state;
  }

  /** The state the unit version takes. */
  public UnitState state() {
    return state;
  }

  /** Whether the unit version is approved (with or without conditions). */
  public boolean approves() {
    return this == APPROVED || this == APPROVED_WITH_CONDITIONS;
  }

  /** The outcome's name for people, such as "Fastställd med villkor". */
  public String displayName(Locale locale) {
    return state.displayName(locale);
  }
}
