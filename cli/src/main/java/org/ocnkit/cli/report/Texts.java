package org.ocnkit.cli.report;

import org.ocnkit.cli.Cli;

/** The texts of the report commands. */
final class Texts {
  private Texts() {}

  /** A text from {@code org.ocnkit.cli.report.messages} in the user's language. */
  static String of(Cli cli, String key, Object... args) {
    return cli.text(Texts.class, key, args);
  }
}
