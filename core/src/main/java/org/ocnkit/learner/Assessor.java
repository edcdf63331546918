package org.ocnkit.learner;

import java.util.Objects;

/**
 * An assessor. A qualified assessor judges evidence and signs units off; one who is not (yet)
 * qualified may only record evidence, as a supervisor does.
 */
public record Assessor(long id, Code code, String name, boolean qualified) {
  public Assessor {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
  }
}
