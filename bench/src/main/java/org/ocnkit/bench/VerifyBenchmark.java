package org.ocnkit.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Verifying many certificates in one {@code ocn verify} call against running Poppler's {@code
 * pdfsig} once per file, one after another (issue 18 §2 and §4): prints the wall and CPU time of
 * both, their ratio, and the cores {@code ocn verify} kept busy (CPU / wall). {@code pdfsig} checks
 * the signature only; {@code ocn verify} checks signature, trust, record, visible text, status and
 * the log proofs. With {@code -Xmx256m} as a second argument, {@code ocn verify} runs with that
 * heap too (through {@code OCN_JAVA_OPTS}) and both ocn figures are printed.
 *
 * <p>Run from the source tree, after {@code ./ocn --version}: {@code java -cp
 * 'bench/target/ocnkit-bench.jar:bench/target/lib/*' org.ocnkit.bench.VerifyBenchmark [COUNT]}
 * (default 1000).
 */
public final class VerifyBenchmark {
  private VerifyBenchmark() {}

  public static void main(String[] args) throws Exception {
    Quiet.libraries();
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    Path ocn = Processes.ocnScript();
    Path dir = Files.createTempDirectory("ocnkit-bench-verify-");
    try {
      IssuedSamples samples = IssuedSamples.issue(dir.resolve("ws"), count);
      Path folder = samples.files().get(0).getParent();
      List<String> verify =
          List.of(
              ocn.toString(),
              "--workspace",
              samples.workspace().toString(),
              "verify",
              folder.toString());
      Processes.run(dir, List.of(ocn.toString(), "--version")); // build ./ocn's cache if missing
      String loadBefore = Processes.loadAverage();
      Processes.Times ours = Processes.run(dir, verify);
      Processes.Times small = Processes.run(dir, withHeap(verify, "-Xmx256m"));
      boolean pdfsig = Processes.onPath("pdfsig");
      double pdfsigWall = 0;
      double pdfsigCpu = 0;
      if (pdfsig) {
        for (Path file : samples.files()) {
          Processes.Times t = Processes.run(dir, List.of("pdfsig", file.toString()));
          pdfsigWall += t.wall();
          pdfsigCpu += t.cpu();
        }
      }
      System.out.printf(
          Locale.ROOT,
          "ocnkit verification benchmark: %d certificates, Java %s,"
              + " %d processors, load average %s before, %s after%n",
          count,
          System.getProperty("java.version"),
          Runtime.getRuntime().availableProcessors(),
          loadBefore,
          Processes.loadAverage());
      print("ocn verify DIR (one call)", ours);
      print("ocn verify DIR, -Xmx256m", small);
      if (pdfsig) {
        print("pdfsig, once per file", new Processes.Times(pdfsigWall, pdfsigCpu));
        System.out.printf(
            Locale.ROOT,
            "ratio ocn/pdfsig: CPU %.2fx, wall %.2fx (goal: CPU" + " below 1x)%n",
            ours.cpu() / pdfsigCpu,
            ours.wall() / pdfsigWall);
      } else {
        System.out.println("pdfsig is not installed (Debian: poppler-utils): no comparison");
      }
      System.out.printf(
          Locale.ROOT,
          "-Xmx256m against the default heap: wall %.2fx (goal:" + " at most 1.10x)%n",
          small.wall() / ours.wall());
    } finally {
      CertificateBenchmark.delete(dir);
    }
  }

  private static List<String> withHeap(List<String> command, String heap) {
    List<String> env = new ArrayList<>();
    env.add("env");
    env.add("OCN_JAVA_OPTS=" + heap);
    env.addAll(command);
    return env;
  }

  private static void print(String name, Processes.Times t) {
    System.out.printf(
        Locale.ROOT,
        "%-28s wall %8.2f s  CPU %8.2f s  cores busy %.2f%n",
        name,
        t.wall(),
        t.cpu(),
        t.cpu() / t.wall());
  }
}
