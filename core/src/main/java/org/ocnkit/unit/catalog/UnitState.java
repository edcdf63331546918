package org.ocnkit.unit.catalog;

import java.util.Locale;
import org.ocnkit.Message;

/**
 * Where a stored unit version stands in the panel workflow (DESIGN "Panel workflow"): DRAFT ->
 * SUBMITTED -> APPROVED | APPROVED_WITH_CONDITIONS | REFERRED_BACK | REJECTED;
 * APPROVED_WITH_CONDITIONS -> APPROVED when the chair signs the conditions off; APPROVED ->
 * REVIEW_DUE at its review date -> re-approved or WITHDRAWN. The panel package owns the
 * transitions; this type only names the states. Stored as the constant's name.
 */
public enum UnitState {
  DRAFT,
  SUBMITTED,
  APPROVED,
  APPROVED_WITH_CONDITIONS,
  REFERRED_BACK,
  REJECTED,
  REVIEW_DUE,
  WITHDRAWN;

  /** The state's name for people, such as "Fastställd" or "Approved". */
  public String displayName(Locale locale) {
    return Message.of(UnitState.class, "state." + name()).format(locale);
  }
}
