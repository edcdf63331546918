package org.ocnkit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.ocnkit.EnvironmentException;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Message;
import org.ocnkit.Problem;
import org.ocnkit.store.OpenOptions;
import org.ocnkit.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ocn demo}: the whole chain on the samples, step by step, as a coordinator would type it.
 *
 * <p>The steps are the script {@code samples/demo.ocn}: each line is an {@code ocn} command line
 * that the demo prints and runs in this process, in a fresh workspace. Script syntax:
 *
 * <ul>
 *   <li>{@code ## Svensk rubrik | English heading}: a step heading, shown in the user's language;
 *   <li>{@code # ...}: a comment, not shown;
 *   <li>{@code name = unit list --json}: runs the command and keeps its trimmed output as
 *       {@code ${name}} for later lines;
 *   <li>{@code !1 verify ...}: the command is expected to exit with 1 (e.g. a revoked certificate);
 *   <li>{@code @clock 2026-03-02T09:00:00Z}: the following commands run with that time as "now"
 *       (the runner hands them a fixed clock in-process; the shipped {@code ocn} has no way to
 *       set its clock), so the demo can play a programme year: the panel meeting in spring,
 *       evidence in the autumn; {@code @clock now} returns to the real clock;
 *   <li>{@code @dated FILE COPY}: copies a sample text file (a roster) with its dates moved into
 *       the year the demo plays (see below);
 *   <li>{@code @supervisor WORKBOOK CSV FILLED}: a supervisor fills in the workbook {@code ocn}
 *       wrote, typing what the sample CSV file lists, and hands it back as {@code FILLED} (see
 *       {@link DemoSupervisor});
 *   <li>{@code @phone HANDOUT FORM}: a supervisor scans the QR code on the handout {@code ocn
 *       placement link} wrote and sends the web form of {@code ocn serve} (started in-process)
 *       as the sample file {@code FORM} lists (see {@link DemoPhone});
 *   <li>{@code ${home}} is the ocnkit folder, {@code ${ws}} the demo workspace, {@code ${out}} its
 *       {@code out/} folder; arguments are split at spaces, with "double quotes" keeping spaces.
 * </ul>
 *
 * The script holds no logic of its own: every step is a command a user can type.
 *
 * <p>The script is written for one programme year; the demo plays it in the most recent year
 * that has ended by today ({@link DemoYear}): every date and year in a command line, a {@code
 * @clock} or a {@code @dated}/{@code @supervisor} file moves by the same whole number of years,
 * and the lines printed show the dates as run. So the issuer's certificate is valid today and
 * everything the demo issues verifies with outside tools (pdfsig, OpenSSL, EU DSS) when it is run.
 */
@Command(name = "demo", mixinStandardHelpOptions = true)
final class DemoCommand implements Callable<Integer> {
  /** Only for the demo's throwaway keys; a real workspace gets its password from the user. */
  static final String DEMO_KEY_PASSWORD = "demo-only-password";

  private final Cli cli;

  @Option(names = "--dir", paramLabel = "DIR", descriptionKey = "demo.dir")
  Path dir;

  @Option(names = "--script", paramLabel = "FILE", descriptionKey = "demo.script")
  Path script;

  DemoCommand(Cli cli) {
    this.cli = cli;
  }

  @Override
  public Integer call() throws IOException {
    Path home = locateHome();
    Path scriptFile = script != null ? cli.path(script) : home.resolve("samples/demo.ocn");
    if (!Files.isRegularFile(scriptFile)) {
      throw new EnvironmentException(Message.of(Cli.class, "demo.noScript", scriptFile));
    }
    Path workspace = prepareWorkspace();
    Map<String, String> variables = new HashMap<>();
    variables.put("home", home.toString());
    variables.put("ws", workspace.toString());
    variables.put("out", workspace.resolve("out").toString());

    CliEnvironment environment =
        cli.environment()
            .nonInteractive()
            .inDirectory(home)
            .withVariables(
                Map.of(
                    "OCNKIT_WORKSPACE", workspace.toString(),
                    "OCNKIT_KEY_PASSWORD", DEMO_KEY_PASSWORD,
                    // Every step speaks the demo's language, also when it was chosen with --lang.
                    "OCNKIT_LANG", cli.locale().getLanguage()));
    CliEnvironment realClock = environment;
    cli.out().println(cli.text("demo.start", workspace));
    List<String> lines = Files.readAllLines(scriptFile, StandardCharsets.UTF_8);
    Instant today = cli.clock().instant();
    DemoYear year = DemoYear.endingBy(lastClock(lines).orElse(today), today);
    if (year.years() != 0) {
      cli.out()
          .println(
              cli.text(
                  "demo.year",
                  String.valueOf(writtenYear(lines)),
                  String.valueOf(year.shift(writtenYear(lines)))));
    }
    int step = 0;
    for (int n = 0; n < lines.size(); n++) {
      String line = lines.get(n).strip();
      if (line.isEmpty() || (line.startsWith("#") && !line.startsWith("##"))) {
        continue;
      }
      if (line.startsWith("@clock ")) {
        String when = year.shift(line.substring("@clock ".length()).strip());
        environment =
            when.equals("now")
                ? realClock
                : realClock.withClock(Clock.fixed(Instant.parse(when), ZoneId.systemDefault()));
        cli.out()
            .println(
                cli.text(
                    "demo.clock",
                    when.equals("now")
                        ? cli.text("demo.clockNow")
                        : when.substring(0, Math.min(10, when.length()))));
        continue;
      }
      if (line.startsWith("@dated ")
          || line.startsWith("@supervisor ")
          || line.startsWith("@phone ")) {
        List<String> args = ScriptLine.split(substitute(scriptFile, n + 1, line, variables));
        List<Path> files =
            args.subList(1, args.size()).stream().map(f -> home.resolve(f).normalize()).toList();
        if (line.startsWith("@dated ") && files.size() == 2) {
          Files.writeString(
              files.get(1),
              year.shift(Files.readString(files.get(0), StandardCharsets.UTF_8)),
              StandardCharsets.UTF_8);
          cli.out().println(cli.text("demo.dated", home.relativize(files.get(0)), files.get(1)));
        } else if (line.startsWith("@supervisor ") && files.size() == 3) {
          DemoSupervisor.fill(files.get(0), files.get(1), files.get(2), year);
          cli.out()
              .println(
                  cli.text(
                      "demo.supervisor",
                      files.get(0).getFileName(),
                      home.relativize(files.get(1)),
                      files.get(2)));
        } else if (line.startsWith("@phone ") && files.size() == 2) {
          String item;
          try (Workspace ws =
              Workspace.open(
                  workspace,
                  OpenOptions.system()
                      .withEnv(environment.variables())
                      .withClock(environment.clock()))) {
            item = DemoPhone.record(ws, files.get(0), files.get(1), year);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
          }
          cli.out()
              .println(
                  cli.text(
                      "demo.phone",
                      files.get(0).getFileName(),
                      home.relativize(files.get(1)),
                      item));
        } else {
          throw new InvalidInputException(
              Problem.at(
                  scriptFile.toString(),
                  n + 1,
                  1,
                  Message.of(Cli.class, "demo.badDirective", line)));
        }
        continue;
      }
      if (line.startsWith("##")) {
        step++;
        cli.out().println();
        cli.out().println(step + ". " + heading(line.substring(2)));
        continue;
      }
      int code = runLine(scriptFile, n + 1, year.shift(line), variables, environment);
      if (code != ExitCode.OK) {
        return code;
      }
    }
    cli.out().println();
    cli.out().println(cli.text("demo.done", workspace));
    return ExitCode.OK;
  }

  /** The latest time the script sets with {@code @clock}, as written. */
  private static Optional<Instant> lastClock(List<String> lines) {
    return lines.stream()
        .map(String::strip)
        .filter(l -> l.startsWith("@clock "))
        .map(l -> l.substring("@clock ".length()).strip())
        .filter(w -> !w.equals("now"))
        .map(Instant::parse)
        .max(Instant::compareTo);
  }

  /** The year of the script's first {@code @clock}, as written. */
  private static int writtenYear(List<String> lines) {
    return lines.stream()
        .map(String::strip)
        .filter(l -> l.startsWith("@clock "))
        .map(l -> l.substring("@clock ".length()).strip())
        .filter(w -> !w.equals("now"))
        .map(w -> Integer.parseInt(w.substring(0, 4)))
        .findFirst()
        .orElse(0);
  }

  private int runLine(
      Path scriptFile,
      int lineNumber,
      String line,
      Map<String, String> variables,
      CliEnvironment environment) {
    int expected = ExitCode.OK;
    if (line.startsWith("!")) {
      int space = line.indexOf(' ');
      expected = Integer.parseInt(line.substring(1, space));
      line = line.substring(space + 1).strip();
    }
    String capture = null;
    int equals = line.indexOf(" = ");
    if (equals > 0 && line.substring(0, equals).matches("[a-zA-Z][a-zA-Z0-9_]*")) {
      capture = line.substring(0, equals);
      line = line.substring(equals + 3).strip();
    }
    List<String> args = ScriptLine.split(substitute(scriptFile, lineNumber, line, variables));
    cli.out().println("$ ocn " + String.join(" ", args.stream().map(ScriptLine::quote).toList()));
    cli.out().flush();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            environment, new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
    indent(out.toString());
    indent(err.toString());
    if (code != expected) {
      cli.err().println(cli.text("demo.failed", scriptFile, lineNumber, code, expected));
      return code == ExitCode.OK ? ExitCode.CHECK_FAILED : code;
    }
    if (capture != null) {
      variables.put(capture, out.toString().strip());
    }
    return ExitCode.OK;
  }

  private void indent(String text) {
    if (text.isBlank()) {
      return;
    }
    for (String line : text.stripTrailing().split("\n", -1)) {
      cli.out().println(line.isEmpty() ? "" : "    " + line);
    }
    cli.out().flush();
  }

  private String heading(String text) {
    String[] parts = text.split("\\|", 2);
    String chosen =
        parts.length == 2 && !"sv".equals(cli.locale().getLanguage()) ? parts[1] : parts[0];
    return chosen.strip();
  }

  private static String substitute(
      Path file, int line, String text, Map<String, String> variables) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      int start = text.indexOf("${", i);
      if (start < 0) {
        out.append(text, i, text.length());
        break;
      }
      int end = text.indexOf('}', start);
      String name = end < 0 ? "" : text.substring(start + 2, end);
      String value = variables.get(name);
      if (value == null) {
        throw new InvalidInputException(
            Problem.at(
                file.toString(),
                line,
                start + 1,
                Message.of(Cli.class, "demo.unknownVariable", name)));
      }
      out.append(text, i, start).append(value);
      i = end + 1;
    }
    return out.toString();
  }

  private Path locateHome() {
    Optional<Path> home = cli.home();
    for (Path candidate :
        home.isPresent() ? List.of(home.get()) : List.of(cli.workingDirectory())) {
      if (Files.isDirectory(candidate.resolve("samples"))) {
        return candidate.toAbsolutePath().normalize();
      }
    }
    throw new EnvironmentException(Message.of(Cli.class, "demo.noHome"));
  }

  private Path prepareWorkspace() throws IOException {
    if (dir == null) {
      return Files.createTempDirectory("ocn-demo-").toAbsolutePath();
    }
    Path target = cli.path(dir);
    if (Files.exists(target)) {
      try (var entries = Files.list(target)) {
        if (entries.findAny().isPresent()) {
          throw new EnvironmentException(Message.of(Cli.class, "demo.dirNotEmpty", target));
        }
      }
    }
    Files.createDirectories(target);
    return target;
  }
}
