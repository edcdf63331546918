package org.ocnkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
  @TempDir Path dir;

  @Test
  void versionPrintsTheCommandNameAndExitsZero() {
    CliRun run = new CliRun(dir).run("--version");
    assertThat(run.exitCode).isZero();
    assertThat(run.out).startsWith("ocn ");
  }

  @Test
  void helpListsTheCommandsWithExamples() {
    CliRun run = new CliRun(dir).run("--help");
    assertThat(run.exitCode).isZero();
    assertThat(run.out).contains("unit", "demo", "completion", "Examples:", "Exit codes");
  }

  @Test
  void helpIsSwedishWithLangSv() {
    CliRun run = new CliRun(dir).run("--lang", "sv", "unit", "--help");
    assertThat(run.exitCode).isZero();
    assertThat(run.out).contains("Användning:", "Kontrollera kursenhetsfiler");
  }

  @Test
  void anUnknownCommandExitsTwoWithASuggestion() {
    CliRun run = new CliRun(dir).run("unit", "valdate", "x.xml");
    assertThat(run.exitCode).isEqualTo(ExitCode.USAGE);
    assertThat(run.err).contains("Did you mean").contains("validate");
  }

  @Test
  void anUnknownOptionExitsTwo() {
    CliRun run = new CliRun(dir).run("unit", "validate", "--frobnicate", "x.xml");
    assertThat(run.exitCode).isEqualTo(ExitCode.USAGE);
    assertThat(run.err).contains("--frobnicate");
  }

  @Test
  void noCommandIsAUsageError() {
    CliRun run = new CliRun(dir).run();
    assertThat(run.exitCode).isEqualTo(ExitCode.USAGE);
    assertThat(run.err).contains("Missing command");
  }

  @Test
  void aGroupWithoutItsSubcommandIsAUsageErrorThatListsThem() {
    CliRun run = new CliRun(dir).run("unit");
    assertThat(run.exitCode).isEqualTo(ExitCode.USAGE);
    assertThat(run.err)
        .contains(
            "missing subcommand: validate, show, hash, import, list, submit,"
                + " render or withdraw");
    run = new CliRun(dir).run("--lang", "sv", "panel", "member");
    assertThat(run.exitCode).isEqualTo(ExitCode.USAGE);
    assertThat(run.err).contains("underkommando saknas: add, list eller chair");
    // Every group: the same mechanism, so none runs silently with exit 0.
    for (String[] group :
        new String[][] {
          {"certificate"},
          {"keys"},
          {"moderate"},
          {"moderate", "moderator"},
          {"site"},
          {"report"},
          {"assessor"},
          {"apprentice"},
          {"placement"},
          {"log"},
          {"qualification"},
          {"audit"},
          {"evidence"},
          {"enrolment"},
          {"panel"},
          {"panel", "meeting"}
        }) {
      run = new CliRun(dir).run(group);
      assertThat(run.exitCode).as(String.join(" ", group)).isEqualTo(ExitCode.USAGE);
      assertThat(run.err).as(String.join(" ", group)).contains("missing subcommand: ");
    }
  }

  @Test
  void aGroupWithHelpPrintsItsHelp() {
    CliRun run = new CliRun(dir).run("panel", "member", "--help");
    assertThat(run.exitCode).isZero();
    assertThat(run.out).contains("chair");
  }

  @Test
  void anUnknownLanguageIsAUsageError() {
    CliRun run = new CliRun(dir).run("--lang", "de", "unit", "hash", "x.xml");
    assertThat(run.exitCode).isEqualTo(ExitCode.USAGE);
  }

  @Test
  void completionPrintsABashScript() {
    CliRun run = new CliRun(dir).run("completion");
    assertThat(run.exitCode).isZero();
    assertThat(run.out).contains("complete -F").contains("validate");
  }

  @Test
  void globalOptionsAreAcceptedAfterTheSubcommand() {
    Cli cli = cli(Map.of());
    Main.commandLine(cli)
        .parseArgs("unit", "hash", "--actor", "Maria Lind", "--workspace", "ws", "f.xml");
    assertThat(cli.actor()).isEqualTo("Maria Lind");
    assertThat(cli.workspaceOption()).contains(dir.resolve("ws"));
  }

  @Test
  void theActorFallsBackToTheEnvironmentThenTheSystemUser() {
    assertThat(cli(Map.of("OCNKIT_ACTOR", "Ali Demir")).actor()).isEqualTo("Ali Demir");
    assertThat(cli(Map.of()).actor()).isEqualTo("tester");
  }

  @Test
  void theLanguageComesFromTheOptionThenTheEnvironment() {
    CliEnvironment env = environment(Map.of("OCNKIT_LANG", "sv"));
    assertThat(Main.chooseLocale(env).getLanguage()).isEqualTo("sv");
    assertThat(Main.chooseLocale(env, "--lang=en").getLanguage()).isEqualTo("en");
    assertThat(Main.chooseLocale(env, "unit", "--lang", "en").getLanguage()).isEqualTo("en");
  }

  @Test
  void nothingInTheEnvironmentSetsTheClockOfAuditedActions() {
    // OCNKIT_NOW once set "now" for every command; the shipped ocn takes the system's clock.
    CliEnvironment env =
        new CliEnvironment(
            Map.of("OCNKIT_NOW", "2001-01-01T00:00:00Z", "OCNKIT_LANG", "en"),
            dir,
            System.in,
            Optional.empty(),
            "tester");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(env, new PrintWriter(out), new PrintWriter(err), "init", "ws");
    assertThat(code).as(err.toString()).isZero();
    Main.run(
        env,
        new PrintWriter(out),
        new PrintWriter(err),
        "--workspace",
        "ws",
        "panel",
        "member",
        "add",
        "Eva Berg",
        "--org",
        "Folkhögskolan",
        "--sector",
        "education");
    assertThat(err.toString()).isEmpty();
    StringWriter log = new StringWriter();
    Main.run(
        env,
        new PrintWriter(log),
        new PrintWriter(err),
        "--workspace",
        "ws",
        "audit",
        "log",
        "--json");
    assertThat(log.toString())
        .contains("\"" + java.time.LocalDate.now().getYear() + "-")
        .doesNotContain("2001-01-01");
  }

  @Test
  void aClockIsHandedToTheCommandsInProcessOnly() {
    CliRun run = new CliRun(dir).at("2030-05-06T07:08:09Z");
    assertThat(run.run("init", "ws").exitCode).isZero();
    assertThat(
            run.run(
                    "--workspace",
                    "ws",
                    "panel",
                    "member",
                    "add",
                    "Eva Berg",
                    "--org",
                    "Folkhögskolan",
                    "--sector",
                    "education")
                .exitCode)
        .isZero();
    assertThat(new CliRun(dir).run("--workspace", "ws", "audit", "log", "--json").out)
        .contains("2030-05-06T07:08:09");
  }

  private Cli cli(Map<String, String> variables) {
    return new Cli(
        new PrintWriter(new StringWriter()),
        new PrintWriter(new StringWriter()),
        environment(variables),
        java.util.Locale.ENGLISH);
  }

  private CliEnvironment environment(Map<String, String> variables) {
    return new CliEnvironment(variables, dir, System.in, Optional.empty(), "tester");
  }
}
