package org.ocnkit.unit;

import java.util.List;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Problem;

/** The checks of several unit files, in the order the files were named. */
public record ValidationReport(List<UnitCheck> checks) {
  public ValidationReport {
    checks = List.copyOf(checks);
  }

  public boolean allValid() {
    return checks.stream().allMatch(UnitCheck::isValid);
  }

  public List<CourseUnit> units() {
    return checks.stream().flatMap(c -> c.unit().stream()).toList();
  }

  public List<UnitCheck> invalid() {
    return checks.stream().filter(c -> !c.isValid()).toList();
  }

  public List<Problem> problems() {
    return checks.stream().flatMap(c -> c.problems().stream()).toList();
  }

  /** The units when every file is valid, else {@link InvalidInputException} with all problems. */
  public List<CourseUnit> unitsOrThrow() {
    if (!allValid()) {
      throw new InvalidInputException(problems());
    }
    return units();
  }
}
