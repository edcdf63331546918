package org.ocnkit.cli.store;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.ocnkit.cli.CliEnvironment;
import org.ocnkit.cli.Main;

/**
 * A desk in its own JVM: runs {@code ocn} command lines (one per line of a file, arguments
 * separated by tabs) through {@link Main#run} with this process's environment, as a person at that
 * computer would type them one after the other, on a clock fixed at the instant given as the second
 * argument (the shipped {@code ocn} takes the system clock; tests fix it in-process). Prints {@code
 * ready}, waits for {@code go} on standard input, then one {@code exit CODE<TAB>LINE<TAB>ERROR}
 * line per command and {@code done}.
 */
public final class DeskScript {
  private DeskScript() {}

  public static void main(String... args) throws Exception {
    List<String> lines = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
    BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    System.out.println("ready");
    System.out.flush();
    if (!"go".equals(in.readLine())) {
      System.exit(2);
    }
    for (String line : lines) {
      if (line.isBlank()) {
        continue;
      }
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      CliEnvironment system = CliEnvironment.system();
      CliEnvironment environment =
          new CliEnvironment(
              system.variables(),
              system.workingDirectory(),
              system.in(),
              system.home(),
              system.osUser(),
              false,
              Clock.fixed(Instant.parse(args[1]), ZoneOffset.UTC));
      int code =
          Main.run(environment, new PrintWriter(out), new PrintWriter(err), line.split("\t"));
      System.out.println(
          "exit "
              + code
              + "\t"
              + line.replace('\t', ' ')
              + "\t"
              + err.toString().replace('\n', ' ').strip());
      System.out.flush();
    }
    System.out.println("done");
    System.out.flush();
    System.exit(0);
  }
}
