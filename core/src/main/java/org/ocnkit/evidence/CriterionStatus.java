package org.ocnkit.evidence;

import java.util.Locale;
import org.ocnkit.Message;

/** Where one criterion of an enrolment stands, as a supervisor plans the next weeks from it. */
public enum CriterionStatus {
  /** Judged met by a qualified assessor on signed-off, current evidence. */
  MET,
  /**
   * Evidence is recorded and not yet judged: the recorder claimed it met, or made no claim. Waits
   * for the assessor's sign-off.
   */
  CLAIMED,
  /** Evidence exists, but it was judged (or claimed) not yet met. */
  NOT_YET,
  /** No current evidence covers it. */
  NO_EVIDENCE;

  /** "uppnått", "väntar på bedömare" ... */
  public String displayName(Locale locale) {
    return Message.of(CriterionStatus.class, "status." + name()).format(locale);
  }
}
