package org.ocnkit.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.ocnkit.EnvironmentException;
import org.ocnkit.Message;
import org.ocnkit.store.OpenOptions;
import org.ocnkit.store.Workspace;

/**
 * What a command needs from the process it runs in: where to print, the user's language, the
 * environment variables and working folder, and the global options. Commands receive it in their
 * constructor, so tests (and the demo) run them in-process with their own environment.
 */
public final class Cli {
  private final PrintWriter out;
  private final PrintWriter err;
  private final CliEnvironment environment;
  private final Locale locale;
  private Path workspaceOption;
  private String actorOption;
  private Workspace workspace;
  private org.ocnkit.api.Ocnkit ocn;

  Cli(PrintWriter out, PrintWriter err, CliEnvironment environment, Locale locale) {
    this.out = Objects.requireNonNull(out);
    this.err = Objects.requireNonNull(err);
    this.environment = Objects.requireNonNull(environment);
    this.locale = Objects.requireNonNull(locale);
  }

  public PrintWriter out() {
    return out;
  }

  public PrintWriter err() {
    return err;
  }

  public CliEnvironment environment() {
    return environment;
  }

  public Map<String, String> env() {
    return environment.variables();
  }

  public InputStream in() {
    return environment.in();
  }

  /** The folder relative paths on the command line are resolved against. */
  public Path workingDirectory() {
    return environment.workingDirectory();
  }

  /** Resolves a path the user typed against the working folder. */
  public Path path(Path typed) {
    return workingDirectory().resolve(typed).normalize();
  }

  /** The ocnkit installation folder (holding {@code samples/}, {@code templates/}), if known. */
  public Optional<Path> home() {
    return environment.home();
  }

  /** The language the user asked for: {@code --lang}, {@code OCNKIT_LANG}, or the system's. */
  public Locale locale() {
    return locale;
  }

  /**
   * A text from the CLI's message bundle in the user's language. Like every text here, its
   * arguments are data (names, free texts, values read from files or certificates) and are made
   * safe for a terminal ({@link TerminalText}): a control character in them is shown, not obeyed.
   */
  public String text(String key, Object... args) {
    return text(Message.of(Cli.class, key, args));
  }

  /**
   * A text from the {@code messages} bundle of {@code owner}'s package (each command package has
   * its own) in the user's language.
   */
  public String text(Class<?> owner, String key, Object... args) {
    return text(Message.of(owner, key, args));
  }

  /** Formats a core message in the user's language. */
  public String text(Message message) {
    return message.format(locale, TerminalText::of);
  }

  /**
   * Prints a command's result on standard output, the one place that chooses between the two forms
   * (issue 17): with {@code --json}, {@code value} as JSON ({@link Json}, docs/json.md); else what
   * {@code text} prints (on {@link #out()}). {@code value} is computed only for JSON.
   *
   * @return {@link ExitCode#OK}, so that a command can end with {@code return cli.print(...)}
   */
  public int print(JsonOption json, Supplier<?> value, Runnable text) {
    if (json.enabled()) {
      out.println(Json.write(value.get()));
    } else {
      text.run();
    }
    return ExitCode.OK;
  }

  /** The workspace folder given with {@code --workspace}, if any. */
  public Optional<Path> workspaceOption() {
    return Optional.ofNullable(workspaceOption).map(this::path);
  }

  /**
   * Who is acting, for the audit history: {@code --actor}, else {@code OCNKIT_ACTOR}, else the
   * operating-system user.
   */
  public String actor() {
    if (actorOption != null && !actorOption.isBlank()) {
      return actorOption.trim();
    }
    String fromEnv = env().get("OCNKIT_ACTOR");
    if (fromEnv != null && !fromEnv.isBlank()) {
      return fromEnv.trim();
    }
    return environment.osUser();
  }

  /**
   * The workspace this command works in, opened on first use and closed when the command ends:
   * {@code --workspace}, else {@code OCNKIT_WORKSPACE}, else the nearest folder upward holding
   * {@code ocnkit.properties}; outside any workspace an {@link EnvironmentException} that says how
   * to create one.
   */
  public Workspace workspace() {
    if (workspace == null) {
      Path dir = Workspace.locate(Optional.ofNullable(workspaceOption), env(), workingDirectory());
      workspace = Workspace.open(dir, openOptions());
    }
    return workspace;
  }

  /**
   * The library over {@link #workspace()}: commands call ocnkit through this object only (issue
   * 17), opened on first use and closed with the command.
   */
  public org.ocnkit.api.Ocnkit ocn() {
    if (ocn == null) {
      ocn = org.ocnkit.api.Ocnkit.of(workspace());
    }
    return ocn;
  }

  /**
   * How workspaces are opened: with this process's environment and clock. The clock is the one
   * {@link CliEnvironment#clock()} holds: the system's in the shipped {@code ocn}; only the demo
   * runner and tests, which run commands in-process, pass a simulated one.
   */
  public OpenOptions openOptions() {
    return OpenOptions.system().withEnv(env()).withClock(environment.clock());
  }

  /** "Now" for this command: the system clock, except in the demo runner and tests. */
  public java.time.Clock clock() {
    return environment.clock();
  }

  /** Closes the workspace if a command opened it. */
  void close() {
    if (workspace != null) {
      workspace.close();
      workspace = null;
      ocn = null;
    }
  }

  void workspaceOption(Path workspace) {
    this.workspaceOption = workspace;
  }

  void actorOption(String actor) {
    this.actorOption = actor;
  }
}
