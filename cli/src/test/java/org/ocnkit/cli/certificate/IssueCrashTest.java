package org.ocnkit.cli.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ocnkit.certificate.internal.IssueStages.Stage;
import org.ocnkit.cli.CliRun;
import org.ocnkit.cli.Coordinator;

/**
 * Kills the real {@code ocn} process (a child JVM, SIGKILL) at each named stage of {@code ocn
 * certificate issue-batch} and checks what it left: either nothing (killed before the commit) or
 * complete, committed certificates that the next run moves into place; the audit chain and the log
 * verify every time, no PDF in {@code out/} lacks a register entry, and the rerun completes.
 */
class IssueCrashTest {
  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(Stage.class)
  void aKillAtAnyStageLeavesNothingOrCommittedCertificates(Stage stage) throws Exception {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    Coordinator coordinator =
        new Coordinator(
                dir,
                Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(60).toString(),
                "Lena Holm")
            .approvedUnitAndPlacement();
    coordinator.roster(
        List.of(
            "Amina;Hassan;1998-06-14;kvinna;ja;Lärling;"
                + today.minusDays(60)
                + ";"
                + today.plusDays(60),
            "Johan;Lindqvist;1979-11-03;man;nej;Lärling;"
                + today.minusDays(60)
                + ";"
                + today.plusDays(60)));
    coordinator
        .enrol("A1")
        .enrol("A2")
        .signOff("E1", today.minusDays(5).toString(), "Amina tog emot kunder i kassan.")
        .signOff("E2", today.minusDays(5).toString(), "Johan fyllde på varor.");
    coordinator.ok("assessor", "add", "maria-sjoberg", "--name", "Maria Sjöberg", "--qualified");
    coordinator.ok("moderate", "moderator", "add", "maria-sjoberg");
    coordinator.ok("moderate", "plan");
    for (String enrolment : List.of("E1", "E2")) {
      coordinator.ok(
          "moderate",
          "record",
          "--enrolment",
          enrolment,
          "--by",
          "maria-sjoberg",
          "--outcome",
          "confirm",
          "--comment",
          "Bekräftat.");
    }
    coordinator.ok("keys", "init");
    Path out = coordinator.ws.resolve("out").resolve("certificates");
    Path staging = coordinator.ws.resolve("staging");

    killAt(stage, coordinator.ws, "certificate", "issue-batch");

    boolean committed = stage == Stage.COMMITTED || stage == Stage.FIRST_PUBLISHED;
    List<String> codes = lines(coordinator.ok("certificate", "list", "--codes").out);
    assertThat(codes).as("register after a kill at " + stage).hasSize(committed ? 2 : 0);
    List<Path> inPlace = pdfs(out);
    assertThat(inPlace)
        .as("files in out/ after a kill at " + stage)
        .hasSize(stage == Stage.FIRST_PUBLISHED ? 1 : 0);
    inPlace.forEach(f -> assertThat(codes).contains(code(f)));
    assertThat(pdfs(staging))
        .as("staged files: the kill came at " + stage)
        .hasSize(stage == Stage.FIRST_STAGED || stage == Stage.FIRST_PUBLISHED ? 1 : 2);
    assertThat(coordinator.ok("audit", "verify").out).contains("the audit chain verifies");
    coordinator.ok("log", "verify");

    CliRun rerun = coordinator.ok("certificate", "issue-batch");
    assertThat(rerun.err)
        .as(rerun.toString())
        .contains(
            committed
                ? "An interrupted issuing run had committed " + (stage == Stage.COMMITTED ? 2 : 1)
                : "were never committed");
    List<String> after = lines(coordinator.ok("certificate", "list", "--codes").out);
    assertThat(after).as("register after the rerun").hasSize(2);
    if (committed) {
      assertThat(after).isEqualTo(codes);
    }
    assertThat(pdfs(out).stream().map(IssueCrashTest::code).sorted().toList())
        .isEqualTo(after.stream().sorted().toList());
    assertThat(pdfs(staging)).isEmpty();
    for (Path pdf : pdfs(out)) {
      CliRun verify =
          coordinator.ocn(
              "verify",
              pdf.toString(),
              "--trust",
              coordinator.ws.resolve("keys").resolve("issuer-certificate.pem").toString());
      assertThat(verify.out).as(verify.toString()).contains("VALID");
    }
    assertThat(coordinator.ok("audit", "verify").out).contains("the audit chain verifies");
    coordinator.ok("log", "verify");
  }

  /** Runs {@code ocn args} in a child JVM that stops at {@code stage}, then kills it. */
  private static void killAt(Stage stage, Path ws, String... args) throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty(
                    "surefire.test.class.path", System.getProperty("java.class.path")),
                PausingOcn.class.getName(),
                stage.name()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("OCNKIT_WORKSPACE", ws.toString());
    builder.environment().put("OCNKIT_ACTOR", "Lena Holm");
    builder.environment().put("OCNKIT_KEY_PASSWORD", "test-only-password");
    builder.environment().put("OCNKIT_LANG", "en");
    Process ocn = builder.start();
    StringBuilder seen = new StringBuilder();
    try (BufferedReader err =
        new BufferedReader(new InputStreamReader(ocn.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = err.readLine()) != null) {
        seen.append(line).append('\n');
        if (line.equals(PausingOcn.PAUSED + stage)) {
          ocn.destroyForcibly();
          assertThat(ocn.waitFor(60, TimeUnit.SECONDS)).isTrue();
          return;
        }
      }
    }
    ocn.waitFor(60, TimeUnit.SECONDS);
    fail("ocn ended (exit " + ocn.exitValue() + ") without reaching " + stage + ":\n" + seen);
  }

  private static List<Path> pdfs(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(f -> f.toString().endsWith(".pdf")).sorted().toList();
    }
  }

  private static String code(Path pdf) {
    String name = pdf.getFileName().toString();
    return name.substring(0, name.length() - ".pdf".length());
  }

  private static List<String> lines(String text) {
    return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
  }
}
