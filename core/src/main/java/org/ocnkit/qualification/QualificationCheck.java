package org.ocnkit.qualification;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Problem;

/**
 * The result of reading one qualification file: the qualification when the file is valid, else
 * every problem found.
 *
 * @param source the file as the user named it
 */
public record QualificationCheck(
    String source, Optional<Qualification> qualification, List<Problem> problems) {
  public QualificationCheck {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(qualification, "qualification");
    problems = List.copyOf(problems);
    if (qualification.isPresent() == !problems.isEmpty()) {
      throw new IllegalArgumentException("a check has either a qualification or problems");
    }
  }

  public boolean isValid() {
    return qualification.isPresent();
  }

  /** The qualification, or {@link InvalidInputException} with every problem of the file. */
  public Qualification orThrow() {
    return qualification.orElseThrow(() -> new InvalidInputException(problems));
  }
}
