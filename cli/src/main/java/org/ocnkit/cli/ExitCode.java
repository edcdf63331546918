package org.ocnkit.cli;

import org.ocnkit.EnvironmentException;
import org.ocnkit.InvalidInputException;
import org.ocnkit.OcnkitException;
import org.ocnkit.RefusedException;

/** The exit codes of {@code ocn} (DESIGN §4). */
public final class ExitCode {
  /** Done; or, for a check, everything passed. */
  public static final int OK = 0;
  /** A check failed (invalid, tampered, revoked) or a rule refused the request. */
  public static final int CHECK_FAILED = 1;
  /** The command line is wrong: unknown command or option, missing argument. */
  public static final int USAGE = 2;
  /** The input (a file, a workbook, a named record) is wrong. */
  public static final int INPUT = 3;
  /** The environment is wrong: no workspace, no database, no keys, cannot write. */
  public static final int ENVIRONMENT = 4;

  private ExitCode() {}

  static int of(OcnkitException e) {
    if (e instanceof RefusedException) {
      return CHECK_FAILED;
    }
    if (e instanceof InvalidInputException) {
      return INPUT;
    }
    if (e instanceof EnvironmentException) {
      return ENVIRONMENT;
    }
    throw new IllegalArgumentException("no exit code for " + e.getClass());
  }
}
