package org.ocnkit.learner;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ocnkit.unit.Arena;

/** A workplace where apprentices learn, in one arena, with its supervisors. */
public record Placement(
    long id,
    Code code,
    String workplace,
    String employer,
    Arena arena,
    List<Supervisor> supervisors) {
  public Placement {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(workplace, "workplace");
    Objects.requireNonNull(employer, "employer");
    Objects.requireNonNull(arena, "arena");
    supervisors = List.copyOf(supervisors);
  }

  /** The supervisor with this code, if they work here. */
  public Optional<Supervisor> supervisor(Code code) {
    return supervisors.stream().filter(s -> s.code().equals(code)).findFirst();
  }
}
