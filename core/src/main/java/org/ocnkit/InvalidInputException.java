package org.ocnkit;

import java.util.List;

/**
 * The user's input (a file, a workbook, an argument naming something that does not exist) is wrong.
 * Carries every problem found, so the user can fix them all in one go. Exit code 3.
 */
public final class InvalidInputException extends OcnkitException {
  private static final long serialVersionUID = 1L;

  public InvalidInputException(List<Problem> problems) {
    super(problems, null);
  }

  public InvalidInputException(Problem problem) {
    super(List.of(problem), null);
  }

  public InvalidInputException(Message message) {
    super(List.of(new Problem("", message)), null);
  }

  public InvalidInputException(Problem problem, Throwable cause) {
    super(List.of(problem), cause);
  }
}
