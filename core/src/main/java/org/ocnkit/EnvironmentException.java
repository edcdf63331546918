package org.ocnkit;

import java.util.List;

/**
 * Something around the input is missing or broken: no workspace, a database that cannot be opened,
 * a keystore that is absent or a wrong password, a folder that cannot be written. Exit code 4.
 */
public final class EnvironmentException extends OcnkitException {
  private static final long serialVersionUID = 1L;

  public EnvironmentException(Message message) {
    super(List.of(new Problem("", message)), null);
  }

  public EnvironmentException(Message message, Throwable cause) {
    super(List.of(new Problem("", message)), cause);
  }
}
