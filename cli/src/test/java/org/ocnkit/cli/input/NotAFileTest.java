package org.ocnkit.cli.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ocnkit.cli.CliRun;
import org.ocnkit.cli.Coordinator;

/**
 * Every command that reads a file the user names refuses at once a path that is a named pipe
 * (reading one waits for a writer that never comes: the command used to hang), a device or a
 * folder, naming the path. Each test runs under a timeout in a thread of its own, so a hang fails
 * the test instead of stopping the build.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class NotAFileTest {
  @TempDir Path dir;
  Coordinator coordinator;
  Path fifo;

  @BeforeEach
  void workspace() throws Exception {
    coordinator =
        new Coordinator(dir, "2026-03-02T09:00:00Z", "Lena Holm").approvedUnitAndPlacement();
    coordinator.roster(
        List.of("Amina;Hassan;1998-06-14;kvinna;ja;Lärling 2026;2026-01-12;2026-06-30"));
    coordinator.enrol("A1");
    fifo = dir.resolve("pipe");
    Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assumeTrue(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0, "mkfifo is available");
  }

  private List<List<String>> commands(String path) {
    return List.of(
        List.of(
            "evidence",
            "add",
            "--enrolment",
            "E1",
            "--date",
            "2026-02-20",
            "--method",
            "photo",
            "--criteria",
            "1.1",
            "--description",
            "Foto av hyllan.",
            "--recorded-by",
            "asa-oberg",
            "--attach",
            path),
        List.of("unit", "validate", path),
        List.of("apprentice", "import", path),
        List.of("evidence", "import", path));
  }

  @ParameterizedTest
  @ValueSource(strings = {"fifo", "/dev/zero", "folder"})
  void aPathThatIsNotAnOrdinaryFileIsRefusedAtOnce(String kind) throws Exception {
    String path =
        switch (kind) {
          case "fifo" -> fifo.toString();
          case "folder" -> Files.createDirectories(dir.resolve("folder")).toString();
          default -> kind;
        };
    assumeTrue(Files.exists(Path.of(path)));
    for (List<String> command : commands(path)) {
      if (kind.equals("folder") && command.get(0).equals("unit")) {
        continue; // unit validate takes a folder of unit files by design
      }
      CliRun run = coordinator.ocn(command.toArray(String[]::new));
      assertThat(run.exitCode).as(command + "\n" + run.out + run.err).isIn(1, 3);
      assertThat(run.out + run.err)
          .as(command.toString())
          .contains(Path.of(path).getFileName().toString())
          .containsAnyOf(
              kind.equals("folder") ? "is a folder, not a file" : "not an ordinary file",
              "is a folder, not a file")
          .doesNotContain("Exception");
    }
  }
}
