package org.ocnkit.learner;

import java.util.List;
import java.util.Objects;
import org.ocnkit.unit.Arena;

/** A placement to be added, with its first supervisors (more can be added later). */
public record NewPlacement(
    Code code, String workplace, String employer, Arena arena, List<NewSupervisor> supervisors) {
  public NewPlacement {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(workplace, "workplace");
    Objects.requireNonNull(employer, "employer");
    Objects.requireNonNull(arena, "arena");
    workplace = workplace.strip();
    employer = employer.strip();
    supervisors = List.copyOf(supervisors);
  }
}
