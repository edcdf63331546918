package org.ocnkit.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Runs {@code ocn} in-process, as a user would in {@code directory}, and keeps what it printed.
 * Tests use it for every CLI behaviour; it goes through {@link Main#run} exactly as the launcher.
 */
public final class CliRun {
  private final Path directory;
  private final Map<String, String> env = new HashMap<>();
  private Optional<Path> home = Optional.empty();

  public int exitCode;
  public String out = "";
  public String err = "";

  public CliRun(Path directory) {
    this.directory = directory;
    env.put("OCNKIT_LANG", "en");
  }

  public CliRun env(String name, String value) {
    env.put(name, value);
    return this;
  }

  public CliRun home(Path home) {
    this.home = Optional.of(home);
    return this;
  }

  /** Runs {@code ocn args}; returns this, with exit code and output set. */
  public CliRun run(String... args) {
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    CliEnvironment environment = new CliEnvironment(
        env, directory, new ByteArrayInputStream(new byte[0]), home, "tester");
    exitCode = Main.run(environment, new PrintWriter(o), new PrintWriter(e), args);
    out = o.toString();
    err = e.toString();
    return this;
  }

  /** The repository root, from a module's working folder as Maven runs tests. */
  public static Path repositoryRoot() {
    Path here = Path.of("").toAbsolutePath();
    for (Path p = here; p != null; p = p.getParent()) {
      if (p.resolve("course-units").toFile().isDirectory() && p.resolve("cli").toFile().isDirectory()) {
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
