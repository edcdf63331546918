package org.ocnkit.evidence;

import java.util.Objects;
import org.ocnkit.learner.Code;

/**
 * Who recorded an evidence item: a supervisor of the placement (often as a witness) or an assessor.
 */
public record Recorder(Role role, Code code, String name) {
  /** The recorder's role. */
  public enum Role {
    SUPERVISOR,
    ASSESSOR
  }

  public Recorder {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
  }
}
