package org.ocnkit.learner;

import java.util.Objects;

/**
 * A workplace supervisor ("handledare") at a placement: records evidence as a witness, does not
 * judge it. Known by name and a contact-free {@link Code}.
 */
public record Supervisor(long id, Code code, String name) {
  public Supervisor {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
  }
}
