package org.ocnkit.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Runs other programs for the benchmarks and measures their wall and CPU time. */
final class Processes {
  private static final long TICKS_PER_SECOND = 100;

  private Processes() {}

  /** Wall and CPU seconds (user + system, of the process and its children) of one run. */
  record Times(double wall, double cpu) {}

  /** Runs {@code command} to its end, output discarded; its exit code is not judged here. */
  static Times run(Path workingDirectory, List<String> command) throws IOException {
    double cpuBefore = childrenCpuSeconds();
    long start = System.nanoTime();
    Process process =
        new ProcessBuilder(command)
            .directory(workingDirectory.toFile())
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    try {
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
    double wall = (System.nanoTime() - start) / 1e9;
    return new Times(wall, childrenCpuSeconds() - cpuBefore);
  }

  /**
   * The CPU time of this JVM's ended and waited-for children, from {@code /proc/self/stat} (cutime
   * + cstime): Linux only; NaN elsewhere.
   */
  static double childrenCpuSeconds() {
    try {
      String stat = Files.readString(Path.of("/proc/self/stat"));
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      // after "pid (comm) ": field 3 is state; cutime and cstime are fields 16 and 17
      return (Long.parseLong(fields[13]) + Long.parseLong(fields[14])) / (double) TICKS_PER_SECOND;
    } catch (IOException | RuntimeException e) {
      return Double.NaN;
    }
  }

  /** Whether {@code program} is on the PATH. */
  static boolean onPath(String program) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
        return true;
      }
    }
    return false;
  }

  static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  /** The 1-, 5- and 15-minute load averages, as {@code /proc/loadavg} gives them. */
  static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  /** The {@code ocn} script of the source tree: {@code -Docnkit.root}, else the working folder. */
  static Path ocnScript() {
    Path root = Path.of(System.getProperty("ocnkit.root", ".")).toAbsolutePath().normalize();
    Path script = root.resolve("ocn");
    if (!Files.isExecutable(script)) {
      throw new IllegalStateException(
          "no executable ocn script in "
              + root
              + ": run the benchmark from the source tree or set -Docnkit.root=DIR");
    }
    return script;
  }
}
