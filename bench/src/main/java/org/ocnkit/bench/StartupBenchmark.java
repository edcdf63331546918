package org.ocnkit.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Start-up of the real {@code ocn} command against {@code java -version} (issue 18 §1): spawns
 * {@code java -version}, {@code ocn --help}, {@code ocn unit list} and {@code ocn verify FILE} (on
 * a certificate issued in a fresh workspace) one after another, round after round, so that the
 * machine's load falls on all of them alike, and prints the median wall and CPU time of each and
 * its ratio to {@code java -version}.
 *
 * <p>Run from the source tree, after {@code ./ocn --version} (which builds the jar and its start-up
 * cache): {@code java -cp 'bench/target/ocnkit-bench.jar:bench/target/lib/*'
 * org.ocnkit.bench.StartupBenchmark [ROUNDS]} (default 11).
 */
public final class StartupBenchmark {
  private StartupBenchmark() {}

  public static void main(String[] args) throws Exception {
    Quiet.libraries();
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 11;
    Path ocn = Processes.ocnScript();
    Path dir = Files.createTempDirectory("ocnkit-bench-startup-");
    try {
      IssuedSamples samples = IssuedSamples.issue(dir.resolve("ws"), 1);
      String ws = samples.workspace().toString();
      Map<String, List<String>> commands = new LinkedHashMap<>();
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      commands.put("java -version", List.of(java, "-version"));
      commands.put("ocn --help", List.of(ocn.toString(), "--help"));
      commands.put("ocn unit list", List.of(ocn.toString(), "--workspace", ws, "unit", "list"));
      commands.put(
          "ocn verify FILE",
          List.of(ocn.toString(), "--workspace", ws, "verify", samples.files().get(0).toString()));
      Map<String, List<Double>> wall = new LinkedHashMap<>();
      Map<String, List<Double>> cpu = new LinkedHashMap<>();
      for (String name : commands.keySet()) {
        wall.put(name, new ArrayList<>());
        cpu.put(name, new ArrayList<>());
      }
      for (List<String> command : commands.values()) {
        Processes.run(dir, command); // warm the file cache, build ./ocn's cache if missing
      }
      String loadBefore = Processes.loadAverage();
      for (int round = 0; round < rounds; round++) {
        for (Map.Entry<String, List<String>> c : commands.entrySet()) {
          Processes.Times t = Processes.run(dir, c.getValue());
          wall.get(c.getKey()).add(t.wall());
          cpu.get(c.getKey()).add(t.cpu());
        }
      }
      System.out.printf(
          Locale.ROOT,
          "ocnkit start-up benchmark: %d rounds, Java %s, %d"
              + " processors, load average %s before, %s after%n",
          rounds,
          System.getProperty("java.version"),
          Runtime.getRuntime().availableProcessors(),
          loadBefore,
          Processes.loadAverage());
      double baseWall = Processes.median(wall.get("java -version"));
      double baseCpu = Processes.median(cpu.get("java -version"));
      System.out.printf(
          Locale.ROOT,
          "%-18s %10s %8s %10s %8s%n",
          "command",
          "wall (s)",
          "ratio",
          "CPU (s)",
          "ratio");
      for (String name : commands.keySet()) {
        double w = Processes.median(wall.get(name));
        double c = Processes.median(cpu.get(name));
        System.out.printf(
            Locale.ROOT,
            "%-18s %10.3f %7.1fx %10.3f %7.1fx%n",
            name,
            w,
            w / baseWall,
            c,
            c / baseCpu);
      }
      System.out.println(
          "goal (issue 18): each ocn command within 4x the wall time of" + " java -version");
    } finally {
      CertificateBenchmark.delete(dir);
    }
  }
}
