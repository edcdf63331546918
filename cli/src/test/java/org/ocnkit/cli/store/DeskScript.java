package org.ocnkit.cli.store;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ocnkit.cli.CliEnvironment;
import org.ocnkit.cli.Main;

/**
 * A desk in its own JVM: runs {@code ocn} command lines (one per line of a file, arguments
 * separated by tabs) through {@link Main#run} with this process's environment, as a person at
 * that computer would type them one after the other. Prints {@code ready}, waits for {@code go}
 * on standard input, then one {@code exit CODE<TAB>LINE<TAB>ERROR} line per command and {@code
 * done}.
 */
public final class DeskScript {
  private DeskScript() {}

  public static void main(String... args) throws Exception {
    List<String> lines = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
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
      // The shipped ocn takes its clock from the system only; this test driver hands the desks
      // the test's fixed time in-process, as CliRun does.
      CliEnvironment environment = CliEnvironment.system().nonInteractive();
      String now = System.getenv("OCNKIT_NOW");
      if (now != null && !now.isBlank()) {
        environment = environment.withClock(java.time.Clock.fixed(java.time.Instant.parse(now),
            java.time.ZoneOffset.UTC));
      }
      int code = Main.run(environment, new PrintWriter(out),
          new PrintWriter(err), line.split("\t"));
      System.out.println("exit " + code + "\t" + line.replace('\t', ' ') + "\t"
          + err.toString().replace('\n', ' ').strip());
      System.out.flush();
    }
    System.out.println("done");
    System.out.flush();
    System.exit(0);
  }
}
