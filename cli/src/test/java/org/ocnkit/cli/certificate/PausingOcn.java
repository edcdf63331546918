package org.ocnkit.cli.certificate;

import java.util.Arrays;
import org.ocnkit.certificate.internal.IssueStages;
import org.ocnkit.cli.Main;

/**
 * {@code ocn} that stops at a named stage of issuing, for {@link IssueCrashTest}: {@code PausingOcn
 * STAGE args...} runs {@code ocn args...}, and when an issuing run reaches {@code STAGE} prints
 * {@code PAUSED STAGE} on the error stream and waits to be killed. Test class path only: the
 * shipped {@code ocn} has no way to pause.
 */
public final class PausingOcn {
  /** The line printed when the run has reached the stage. */
  public static final String PAUSED = "PAUSED ";

  private PausingOcn() {}

  public static void main(String[] args) throws InterruptedException {
    IssueStages.Stage at = IssueStages.Stage.valueOf(args[0]);
    IssueStages.observe(
        stage -> {
          if (stage == at) {
            System.err.println(PAUSED + stage);
            System.err.flush();
            try {
              Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }
        });
    Main.main(Arrays.copyOfRange(args, 1, args.length));
  }
}
