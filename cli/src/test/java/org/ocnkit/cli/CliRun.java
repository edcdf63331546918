package org.ocnkit.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Runs {@code ocn} in-process, as a user would in {@code directory}, and keeps what it printed.
 * Tests use it for every CLI behaviour; it goes through {@link Main#run} exactly as the launcher.
 * {@link #at} fixes "now" by handing {@link Main#run} a fixed clock in-process: the shipped {@code
 * ocn} reads its clock from the system only.
 */
public final class CliRun {
  private final Path directory;
  private final Map<String, String> env = new HashMap<>();
  private Optional<Path> home = Optional.empty();
  private Clock clock = Clock.systemDefaultZone();

  public int exitCode;
  public String out = "";
  public String err = "";

  public CliRun(Path directory) {
    this.directory = directory;
    env.put("OCNKIT_LANG", "en");
  }

  /**
   * Sets an environment variable for the run. {@code OCNKIT_NOW} is not an environment variable of
   * {@code ocn} (nobody may set the clock of audited actions that way); for tests written with it,
   * this method turns it into {@link #at}.
   */
  public CliRun env(String name, String value) {
    if (name.equals("OCNKIT_NOW")) {
      return at(Instant.parse(value));
    }
    env.put(name, value);
    return this;
  }

  /** Runs the commands at {@code now}, on a fixed clock. */
  public CliRun at(Instant now) {
    this.clock = Clock.fixed(now, ZoneId.systemDefault());
    return this;
  }

  /** Runs the commands at {@code now}, an ISO-8601 instant such as 2026-03-02T09:00:00Z. */
  public CliRun at(String now) {
    return at(Instant.parse(now));
  }

  public CliRun home(Path home) {
    this.home = Optional.of(home);
    return this;
  }

  /** Runs {@code ocn args}; returns this, with exit code and output set. */
  public CliRun run(String... args) {
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    CliEnvironment environment =
        new CliEnvironment(
            env, directory, new ByteArrayInputStream(new byte[0]), home, "tester", false, clock);
    exitCode = Main.run(environment, new PrintWriter(o), new PrintWriter(e), args);
    out = o.toString();
    err = e.toString();
    return this;
  }

  /** The repository root, from a module's working folder as Maven runs tests. */
  public static Path repositoryRoot() {
    Path here = Path.of("").toAbsolutePath();
    for (Path p = here; p != null; p = p.getParent()) {
      if (p.resolve("course-units").toFile().isDirectory()
          && p.resolve("cli").toFile().isDirectory()) {
        return p;
      }
    }
    throw new IllegalStateException("run the tests inside the ocnkit repository, not " + here);
  }

  @Override
  public String toString() {
    return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
  }
}
