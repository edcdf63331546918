package org.ocnkit.cli;

import java.io.PrintWriter;

/**
 * A one-line progress bar for long batch work, drawn only when a person watches a terminal: never
 * into a file, a pipe, a test, or {@code --json} output.
 */
public final class ProgressBar {
  private static final int WIDTH = 30;

  private final PrintWriter out;
  private final String label;
  private final boolean enabled;

  private ProgressBar(PrintWriter out, String label, boolean enabled) {
    this.out = out;
    this.label = label;
    this.enabled = enabled;
  }

  /** A bar on {@code cli}'s error stream when this process runs on a terminal. */
  public static ProgressBar onTerminal(Cli cli, String label, boolean machineOutput) {
    return new ProgressBar(cli.err(), label, !machineOutput && cli.environment().interactive());
  }

  /** {@code done} of {@code total} finished. */
  public void update(int done, int total) {
    if (!enabled || total <= 0) {
      return;
    }
    int filled = (int) ((long) WIDTH * done / total);
    out.print(
        "\r"
            + label
            + " ["
            + "#".repeat(filled)
            + ".".repeat(WIDTH - filled)
            + "] "
            + done
            + "/"
            + total);
    if (done >= total) {
      out.print("\r" + " ".repeat(label.length() + WIDTH + 16) + "\r");
    }
    out.flush();
  }
}
