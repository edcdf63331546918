package org.ocnkit.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.ocnkit.cli.CliEnvironment;
import org.ocnkit.cli.Main;

/**
 * Scaling of the coordinator's whole-workspace commands (issue 18 §5): {@code ocn progress}, {@code
 * ocn report indicators} and {@code ocn moderate plan} on a workspace of 200 apprentices and on one
 * of 2,000 ({@link WorkspaceGenerator}), each ready for moderation.
 *
 * <p>Each command runs in this JVM through {@link Main#run} (the command line's own code: opening
 * the workspace, the core call, the output), after a warm-up, alternating the two workspaces round
 * by round so that a change in the machine's load falls on both alike. {@code moderate plan} writes
 * a plan, so each of its runs gets a fresh copy of the workspace (the copy is not timed). With
 * {@code --processes} the same commands are also started as {@code ./ocn} processes, which adds the
 * JVM's start-up to each (what a user waits for).
 *
 * <p>Printed per command: the median for each size, the ratio large/small (the goal: at most 2x,
 * though the data is 10x), and the time per apprentice. A ratio near 10x means the work grows with
 * the rows; near 1x means fixed costs dominate; the time per apprentice of the large workspace is
 * the figure that says whether each row is cheap.
 *
 * <p>Run from the source tree: {@code java -cp 'bench/target/ocnkit-bench.jar:bench/target/lib/*'
 * org.ocnkit.bench.ScalingBenchmark [--rounds N] [--small N] [--large N] [--keep DIR]
 * [--processes]} (defaults 5, 200, 2000). {@code --keep DIR} keeps the generated workspaces in
 * {@code DIR/ws-200} and {@code DIR/ws-2000} and reuses them when they exist.
 */
public final class ScalingBenchmark {
  private static final String[] COMMANDS = {"progress", "report indicators", "moderate plan"};

  private ScalingBenchmark() {}

  public static void main(String[] args) throws Exception {
    Quiet.libraries();
    int rounds = 5;
    int small = 200;
    int large = 2000;
    Path keep = null;
    boolean processes = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--rounds" -> rounds = Integer.parseInt(args[++i]);
        case "--small" -> small = Integer.parseInt(args[++i]);
        case "--large" -> large = Integer.parseInt(args[++i]);
        case "--keep" -> keep = Path.of(args[++i]).toAbsolutePath();
        case "--processes" -> processes = true;
        default -> throw new IllegalArgumentException("unknown argument: " + args[i]);
      }
    }
    Path scratch = Files.createTempDirectory("ocnkit-bench-scaling-");
    Path home = keep != null ? keep : scratch;
    try {
      System.out.printf(
          Locale.ROOT,
          "ocnkit scaling benchmark: %d and %d apprentices, %d rounds,"
              + " Java %s, %d processors, load average %s%n",
          small,
          large,
          rounds,
          System.getProperty("java.version"),
          Runtime.getRuntime().availableProcessors(),
          Processes.loadAverage());
      Path smallWs = workspace(home, small);
      Path largeWs = workspace(home, large);
      String loadBefore = Processes.loadAverage();
      Map<String, List<Double>> inSmall = times();
      Map<String, List<Double>> inLarge = times();
      for (int w = 0; w < 2; w++) { // warm-up: class loading, JIT, the file cache
        for (String c : COMMANDS) {
          inProcess(scratch, smallWs, c);
          inProcess(scratch, largeWs, c);
        }
      }
      for (int r = 0; r < rounds; r++) {
        for (String c : COMMANDS) {
          inSmall.get(c).add(inProcess(scratch, smallWs, c));
          inLarge.get(c).add(inProcess(scratch, largeWs, c));
        }
      }
      System.out.printf(
          Locale.ROOT,
          "in one JVM, warm (load average %s before, %s after):%n",
          loadBefore,
          Processes.loadAverage());
      print(inSmall, inLarge, small, large);
      if (processes) {
        Path ocn = Processes.ocnScript();
        Map<String, List<Double>> pSmall = times();
        Map<String, List<Double>> pLarge = times();
        for (String c : COMMANDS) { // ./ocn's start-up cache, the file cache
          spawned(ocn, scratch, smallWs, c);
        }
        loadBefore = Processes.loadAverage();
        for (int r = 0; r < rounds; r++) {
          for (String c : COMMANDS) {
            pSmall.get(c).add(spawned(ocn, scratch, smallWs, c));
            pLarge.get(c).add(spawned(ocn, scratch, largeWs, c));
          }
        }
        System.out.printf(
            Locale.ROOT,
            "as ./ocn processes, wall (load average %s before, %s" + " after):%n",
            loadBefore,
            Processes.loadAverage());
        print(pSmall, pLarge, small, large);
      }
      System.out.println(
          "goal (issue 18): each command on the large workspace within 2x its"
              + " time on the small one");
    } finally {
      CertificateBenchmark.delete(scratch);
    }
  }

  /** {@code home/ws-N}: reused when it holds a workspace, else generated. */
  private static Path workspace(Path home, int count) throws IOException {
    Path ws = home.resolve("ws-" + count);
    if (Files.exists(ws.resolve("ocnkit.properties"))) {
      System.out.printf(Locale.ROOT, "using %s%n", ws);
      return ws;
    }
    Files.createDirectories(home);
    WorkspaceGenerator.Generated g =
        WorkspaceGenerator.generate(ws, count, WorkspaceGenerator.courseUnits(), System.err);
    System.out.printf(
        Locale.ROOT,
        "generated %s: %d apprentices, %d enrolments, %d evidence"
            + " items, %d units signed off, in %.1f s%n",
        ws,
        g.apprentices(),
        g.enrolments(),
        g.evidenceItems(),
        g.unitSignOffs(),
        g.took().toMillis() / 1000.0);
    return ws;
  }

  private static Map<String, List<Double>> times() {
    Map<String, List<Double>> m = new LinkedHashMap<>();
    for (String c : COMMANDS) {
      m.put(c, new ArrayList<>());
    }
    return m;
  }

  /** The command's arguments on workspace {@code ws}. */
  private static List<String> arguments(Path scratch, Path ws, String command) {
    List<String> args =
        new ArrayList<>(List.of("--workspace", ws.toString(), "--actor", "benchmark"));
    args.addAll(List.of(command.split(" ")));
    if (command.equals("report indicators")) {
      args.addAll(List.of("--out", scratch.resolve("indikatorer.xlsx").toString()));
    }
    return args;
  }

  /** Seconds of one run in this JVM; {@code moderate plan} on a fresh copy. */
  private static double inProcess(Path scratch, Path ws, String command) throws IOException {
    Path target = command.equals("moderate plan") ? copy(ws, scratch) : ws;
    try {
      StringWriter err = new StringWriter();
      PrintWriter out = new PrintWriter(Writer.nullWriter());
      CliEnvironment env = CliEnvironment.system().nonInteractive().inDirectory(scratch);
      String[] args = arguments(scratch, target, command).toArray(String[]::new);
      long start = System.nanoTime();
      int code = Main.run(env, out, new PrintWriter(err), args);
      double seconds = (System.nanoTime() - start) / 1e9;
      if (code != 0) {
        throw new IllegalStateException("ocn " + command + " exited with " + code + ":\n" + err);
      }
      return seconds;
    } finally {
      if (target != ws) {
        CertificateBenchmark.delete(target);
      }
    }
  }

  /** Wall seconds of one {@code ./ocn} process; {@code moderate plan} on a fresh copy. */
  private static double spawned(Path ocn, Path scratch, Path ws, String command)
      throws IOException {
    Path target = command.equals("moderate plan") ? copy(ws, scratch) : ws;
    try {
      List<String> line = new ArrayList<>(List.of(ocn.toString()));
      line.addAll(arguments(scratch, target, command));
      return Processes.run(scratch, line).wall();
    } finally {
      if (target != ws) {
        CertificateBenchmark.delete(target);
      }
    }
  }

  /** A copy of the workspace folder (closed, so the database is one file plus its WAL). */
  private static Path copy(Path ws, Path scratch) throws IOException {
    Path target = Files.createTempDirectory(scratch, "plan-");
    try (Stream<Path> files = Files.walk(ws)) {
      for (Path p : files.toList()) {
        Path to = target.resolve(ws.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else {
          Files.copy(p, to, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    return target;
  }

  private static void print(
      Map<String, List<Double>> small,
      Map<String, List<Double>> large,
      int smallCount,
      int largeCount) {
    System.out.printf(
        Locale.ROOT,
        "  %-20s %12s %12s %8s %14s %14s%n",
        "command",
        smallCount + " (s)",
        largeCount + " (s)",
        "ratio",
        "ms/appr. " + smallCount,
        "ms/appr. " + largeCount);
    for (String c : COMMANDS) {
      double s = Processes.median(small.get(c));
      double l = Processes.median(large.get(c));
      System.out.printf(
          Locale.ROOT,
          "  %-20s %12.3f %12.3f %7.1fx %14.3f %14.3f%n",
          "ocn " + c,
          s,
          l,
          l / s,
          s * 1000 / smallCount,
          l * 1000 / largeCount);
    }
  }
}
