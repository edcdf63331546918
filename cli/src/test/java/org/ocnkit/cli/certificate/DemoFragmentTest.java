package org.ocnkit.cli.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocnkit.cli.CliRun;

/**
 * The proposed demo steps for certificates ({@code samples/demo-certificates.ocn}) run as
 * written, each with the exit code it expects; the one step that needs the apprentices of the
 * demo ({@code certificate issue-batch}) is replaced by issuing through the library.
 */
class DemoFragmentTest {
  @TempDir Path dir;

  @Test
  void everyStepRunsWithTheExitCodeItExpects() throws Exception {
    Path ws = dir.resolve("ws");
    assertThat(IssuedCertificates.ocn(dir).run("init", "ws", "--org", "Norrbacka kommun")
        .exitCode).isZero();
    Map<String, String> variables = new HashMap<>(Map.of("ws", ws.toString(),
        "out", ws.resolve("out").toString(), "home", CliRun.repositoryRoot().toString()));
    List<String> lines = Files.readAllLines(
        CliRun.repositoryRoot().resolve("samples/demo-certificates.ocn"), StandardCharsets.UTF_8);
    int commands = 0;
    for (String raw : lines) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (line.equals("certificate issue-batch")) {
        IssuedCertificates.issue(ws, "Åsa Öberg-Ängström", "Eva Forsberg", "Karin Ek");
        continue;
      }
      String keep = null;
      int expected = 0;
      if (line.matches("[a-z]+ = .*")) {
        keep = line.substring(0, line.indexOf(' '));
        line = line.substring(line.indexOf('=') + 1).strip();
      }
      if (line.startsWith("!")) {
        expected = Integer.parseInt(line.substring(1, line.indexOf(' ')));
        line = line.substring(line.indexOf(' ') + 1);
      }
      for (Map.Entry<String, String> v : variables.entrySet()) {
        line = line.replace("${" + v.getKey() + "}", v.getValue());
      }
      CliRun run = IssuedCertificates.ocn(dir).env("OCNKIT_WORKSPACE", ws.toString())
          .run(split(line).toArray(String[]::new));
      assertThat(run.exitCode).as(line + "\n" + run).isEqualTo(expected);
      if (keep != null) {
        variables.put(keep, run.out.strip());
      }
      commands++;
    }
    assertThat(commands).isGreaterThan(10);
    assertThat(variables.get("first")).matches("OCN-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-.");
    assertThat(ws.resolve("published-log/checkpoint")).exists();
  }

  /** Spaces separate, "double quotes" group, as in {@code ocn demo} scripts. */
  private static List<String> split(String line) {
    List<String> args = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    for (char c : line.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
        any = true;
      } else if (c == ' ' && !quoted) {
        if (any) {
          args.add(current.toString());
          current.setLength(0);
          any = false;
        }
      } else {
        current.append(c);
        any = true;
      }
    }
    if (any) {
      args.add(current.toString());
    }
    return args;
  }
}
