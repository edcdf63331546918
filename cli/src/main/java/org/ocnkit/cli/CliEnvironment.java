package org.ocnkit.cli;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.ocnkit.store.OpenOptions;

/**
 * The process around a command run: environment variables, working folder, standard input, the
 * installation folder and the operating-system user. {@link #system()} is the real one; tests and
 * the demo make their own.
 *
 * @param home the ocnkit folder holding {@code samples/} and {@code templates/}; the {@code ./ocn}
 *     launcher passes it as the system property {@code ocnkit.home}
 * @param interactive whether a person watches the output on a terminal (progress bars are drawn
 *     only then)
 * @param clock "now" for the commands: the system clock in the shipped {@code ocn} ({@link
 *     #system()}); only code that runs {@code ocn} in-process (the demo runner, tests) passes
 *     another one. No environment variable or option changes it, so nobody can back-date an audited
 *     action from the command line.
 */
public record CliEnvironment(
    Map<String, String> variables,
    Path workingDirectory,
    InputStream in,
    Optional<Path> home,
    String osUser,
    boolean interactive,
    Clock clock) {

  public CliEnvironment {
    variables = Map.copyOf(variables);
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(workingDirectory, "workingDirectory");
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(home, "home");
    Objects.requireNonNull(osUser, "osUser");
  }

  /** An environment on the system clock. */
  public CliEnvironment(
      Map<String, String> variables,
      Path workingDirectory,
      InputStream in,
      Optional<Path> home,
      String osUser,
      boolean interactive) {
    this(variables, workingDirectory, in, home, osUser, interactive, OpenOptions.systemClock());
  }

  /** A non-interactive environment on the system clock, as tests and scripted runs have. */
  public CliEnvironment(
      Map<String, String> variables,
      Path workingDirectory,
      InputStream in,
      Optional<Path> home,
      String osUser) {
    this(variables, workingDirectory, in, home, osUser, false);
  }

  /** The environment of this JVM. */
  public static CliEnvironment system() {
    String home = System.getProperty("ocnkit.home");
    return new CliEnvironment(
        System.getenv(),
        Path.of("").toAbsolutePath(),
        System.in,
        Optional.ofNullable(home).filter(h -> !h.isBlank()).map(Path::of),
        System.getProperty("user.name", "unknown"),
        System.console() != null,
        OpenOptions.systemClock());
  }

  /** The same environment with some variables added or replaced. */
  public CliEnvironment withVariables(Map<String, String> more) {
    java.util.HashMap<String, String> merged = new java.util.HashMap<>(variables);
    merged.putAll(more);
    return new CliEnvironment(merged, workingDirectory, in, home, osUser, interactive, clock);
  }

  /** The same environment with no person watching: output goes elsewhere (the demo's log). */
  public CliEnvironment nonInteractive() {
    return new CliEnvironment(variables, workingDirectory, in, home, osUser, false, clock);
  }

  /** The same environment in another working folder. */
  public CliEnvironment inDirectory(Path directory) {
    return new CliEnvironment(variables, directory, in, home, osUser, interactive, clock);
  }

  /**
   * The same environment with another clock: for the demo runner, which plays a programme year, and
   * for tests. The shipped {@code ocn} never calls it.
   */
  public CliEnvironment withClock(Clock other) {
    return new CliEnvironment(variables, workingDirectory, in, home, osUser, interactive, other);
  }
}
