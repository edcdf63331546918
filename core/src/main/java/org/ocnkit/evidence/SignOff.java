package org.ocnkit.evidence;

import java.time.Instant;
import java.util.Objects;
import org.ocnkit.learner.Code;

/** A qualified assessor's sign-off of an evidence item. */
public record SignOff(Code assessor, String assessorName, Instant at) {
  public SignOff {
    Objects.requireNonNull(assessor, "assessor");
    Objects.requireNonNull(assessorName, "assessorName");
    Objects.requireNonNull(at, "at");
  }
}
