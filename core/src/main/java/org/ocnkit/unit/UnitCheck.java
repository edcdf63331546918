package org.ocnkit.unit;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Problem;

/**
 * The result of reading one unit file: the unit when the file is valid, else every problem found.
 *
 * @param source the file as the user named it
 */
public record UnitCheck(String source, Optional<CourseUnit> unit, List<Problem> problems) {
  public UnitCheck {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(unit, "unit");
    problems = List.copyOf(problems);
    if (unit.isPresent() == !problems.isEmpty()) {
      throw new IllegalArgumentException("a check has either a unit or problems");
    }
  }

  public boolean isValid() {
    return unit.isPresent();
  }

  /** The unit, or {@link InvalidInputException} with every problem of the file. */
  public CourseUnit orThrow() {
    return unit.orElseThrow(() -> new InvalidInputException(problems));
  }
}
