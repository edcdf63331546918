package org.ocnkit.store;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Starts a real JVM running a main class from the test class path, as an ocn command would run. */
final class JavaProcess {
  private JavaProcess() {}

  /** The test class path, one entry per element (Surefire's own list when present). */
  static List<String> testClassPath() {
    String cp =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    return Arrays.stream(cp.split(File.pathSeparator)).filter(s -> !s.isEmpty()).toList();
  }

  static ProcessBuilder builder(Class<?> main, String... args) {
    return builder(main, entry -> true, args);
  }

  /** A process running {@code main} with the class path entries {@code keep} accepts. */
  static ProcessBuilder builder(Class<?> main, Predicate<String> keep, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx256m");
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-cp");
    command.add(
        testClassPath().stream().filter(keep).collect(Collectors.joining(File.pathSeparator)));
    command.add(main.getName());
    command.addAll(List.of(args));
    return new ProcessBuilder(command);
  }

  static Process start(ProcessBuilder builder) throws IOException {
    return builder.start();
  }
}
