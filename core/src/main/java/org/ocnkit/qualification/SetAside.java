package org.ocnkit.qualification;

import java.util.Objects;
import org.ocnkit.Message;

/** An achieved unit that does not count towards a qualification, and why. */
public record SetAside(AchievedUnit unit, Reason reason) {
  /** Why a unit does not count. */
  public enum Reason {
    /** The qualification does not list the unit. */
    NOT_LISTED,
    /** The qualification lists the unit, but not this version (range or exact hash). */
    VERSION_NOT_ACCEPTED,
    /** Achieved longer ago than the qualification's validity period for units. */
    EXPIRED,
    /** Achieved with another provider the qualification does not accept. */
    PROVIDER_NOT_ACCEPTED,
    /** Another version of the same unit counts instead. */
    DUPLICATE,
    /** It may not be combined with a unit that counts. */
    EXCLUDED,
    /** The cap on credits from other providers is reached. */
    PROVIDER_CAP
  }

  public SetAside {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(reason, "reason");
  }

  /** "HS-KASSA-01@1: achieved more than 5 years ago". */
  public Message describe() {
    return Message.of(SetAside.class, "setAside." + reason.name(), unit.ref());
  }
}
