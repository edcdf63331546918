package org.ocnkit.store;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ocnkit.unit.catalog.TestUnits;
import org.ocnkit.unit.catalog.UnitCatalog;

/**
 * A separate JVM that writes to a workspace the way {@code ocn} commands do, for the tests that
 * need real processes. It reports progress on standard output, one line per step.
 *
 * <ul>
 *   <li>{@code import DIR PREFIX COUNT}: writes COUNT unit files, prints {@code ready}, waits for a
 *       line on standard input, then imports them one command (transaction) at a time.
 *   <li>{@code loop DIR PREFIX}: imports batches of 10 new units, one transaction each, forever;
 *       prints {@code committed N} (units so far) after each.
 *   <li>{@code hold DIR}: adds notes 50 per transaction, printing {@code committed N} after each;
 *       in the fourth transaction, halfway, prints {@code mid-transaction} and waits forever.
 * </ul>
 */
public final class WriterProcess {
  private WriterProcess() {}

  public static void main(String[] args) throws Exception {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Path dir = Path.of(args[1]);
    switch (args[0]) {
      case "import" -> importUnits(dir, args[2], Integer.parseInt(args[3]), out);
      case "loop" -> loop(dir, args[2], out);
      case "hold" -> hold(dir, out);
      default -> throw new IllegalArgumentException(args[0]);
    }
  }

  private static void importUnits(Path dir, String prefix, int count, PrintStream out)
      throws Exception {
    Path files = Files.createTempDirectory(prefix);
    List<Path> paths = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      paths.add(TestUnits.write(files, TestUnits.unit(prefix + "-" + i, 1)));
    }
    try (Workspace ws = Workspace.open(dir)) {
      out.println("ready");
      new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
      for (Path path : paths) {
        UnitCatalog.importUnits(ws.store(), prefix, List.of(path));
      }
    }
    out.println("done");
  }

  private static void loop(Path dir, String prefix, PrintStream out) throws Exception {
    Path files = Files.createTempDirectory(prefix);
    try (Workspace ws = Workspace.open(dir)) {
      for (int batch = 0; ; batch++) {
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
          paths.add(
              TestUnits.write(
                  files.resolve("b" + batch), TestUnits.unit(prefix + "-" + batch + "-" + i, 1)));
        }
        UnitCatalog.importUnits(ws.store(), prefix, paths);
        out.println("committed " + (batch + 1) * 10);
      }
    }
  }

  private static void hold(Path dir, PrintStream out) throws Exception {
    try (Workspace ws = Workspace.open(dir)) {
      for (int t = 1; ; t++) {
        int round = t;
        ws.store()
            .write(
                "writer",
                tx -> {
                  for (int i = 0; i < 50; i++) {
                    Notes.add(tx, "round " + round + " note " + i);
                    if (round == 4 && i == 25) {
                      out.println("mid-transaction");
                      try {
                        Thread.sleep(Long.MAX_VALUE);
                      } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                      }
                    }
                  }
                  return null;
                });
        out.println("committed " + round * 50);
      }
    }
  }
}
