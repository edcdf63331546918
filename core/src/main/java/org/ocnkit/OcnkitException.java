package org.ocnkit;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A failure the user can act on. Each subclass is one kind of failure, which front ends map to an
 * exit code (DESIGN §4): {@link RefusedException} 1, {@link InvalidInputException} 3, {@link
 * EnvironmentException} 4. Programming mistakes are {@link IllegalArgumentException} or {@link
 * IllegalStateException}, never this type. The family is sealed: these three kinds are all there
 * is, so a front end's mapping to exit codes is complete by construction.
 */
public abstract sealed class OcnkitException extends RuntimeException
    permits RefusedException, InvalidInputException, EnvironmentException {
  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;

  protected OcnkitException(List<Problem> problems, Throwable cause) {
    super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")), cause);
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a failure needs at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  /** Every problem found, in the order found; never empty. */
  public List<Problem> problems() {
    return problems;
  }

  /** All problems, one per line, in {@code locale}. */
  public String describe(Locale locale) {
    return problems.stream().map(p -> p.describe(locale)).collect(Collectors.joining("\n"));
  }
}
