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

  /**
   * Verification only: nothing failed, but a check the policy requires could not be run (no status
   * source, no log key, no log to compare with): "valid as far as checked". Not 1, which says the
   * certificate is bad, and not 3 or 4, which say the input or machine is; a script that accepts an
   * unchecked status says so by name ({@code --accept-unchecked status}) and gets 0.
   */
  public static final int UNCHECKED = 5;

  /**
   * Verification only: a qualification certificate, intact and not revoked, that the issuer flagged
   * for review because a unit certificate it rests on was revoked. Not 0 (do not rely on it now)
   * and not 1 (nothing says it is forged or revoked).
   */
  public static final int UNDER_REVIEW = 6;

  /**
   * {@code ocn audit verify} only: the audit chain was rolled back behind an anchor kept outside
   * the database (a backup's manifest, a signed checkpoint): events that were recorded are gone.
   */
  public static final int ROLLBACK = 7;

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
