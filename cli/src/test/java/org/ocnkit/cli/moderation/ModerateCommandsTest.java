package org.ocnkit.cli.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocnkit.cli.CliRun;
import org.ocnkit.cli.Coordinator;
import org.ocnkit.store.AuditQuery;
import org.ocnkit.store.Workspace;

/**
 * {@code ocn moderate} in-process, as a coordinator and a moderator type it: five units signed off
 * by Karin Lund through the command line, a plan, refusals, a confirmation and a rejection, the
 * readiness list and the report.
 */
class ModerateCommandsTest {
  static final String NOW = "2026-03-02T09:00:00Z";

  @TempDir Path dir;
  Coordinator coordinator;

  CliRun ocn(String... args) {
    return coordinator.ocn(args);
  }

  CliRun ok(String... args) {
    return coordinator.ok(args);
  }

  Workspace open() {
    return coordinator.open();
  }

  @BeforeEach
  void fiveUnitsSignedOff() {
    coordinator = new Coordinator(dir, NOW, "Maria Sjöberg").approvedUnitAndPlacement();
    ok("assessor", "add", "maria-sjoberg", "--name", "Maria Sjöberg", "--qualified");
    coordinator.roster(
        Stream.of("Amina;Hassan", "Johan;Lind", "Sara;Nilsson", "Ahmad;Karimi", "Elin;Berg")
            .map(name -> name + ";2001-04-17;kvinna;nej;Lärling 2026;2026-01-12;")
            .toList());
    for (int i = 1; i <= 5; i++) {
      coordinator
          .enrol("A" + i)
          .signOff("E" + i, "2026-02-20", "Tog emot kunder och visade varor.");
    }
  }

  @Test
  void aPlanIsDrawnShownAndNotDrawnTwice() {
    assertThat(ok("moderate", "status").out)
        .contains("no sample plan has decided yet", "0 of 5 enrolments ready for certification");
    CliRun plan = ok("moderate", "plan", "--json");
    assertThat(plan.out)
        .contains(
            "\"period\": \"2026-03-02..2026-03-02\"",
            "\"kind\": \"new-assessor\"",
            "\"detail\": \"3/3\"",
            "\"kind\": \"random-share\"",
            "\"text\": \"new assessor: sign-off 1 of their first 3\"");
    // Three new-assessor sign-offs, one of the other two at random, one not sampled.
    assertThat(plan.out.split("\"sampled\": true", -1)).hasSize(5);
    assertThat(plan.out.split("\"sampled\": false", -1)).hasSize(2);

    CliRun show = ok("--lang", "sv", "moderate", "show");
    assertThat(show.out)
        .contains(
            "Plan 1 över 2026-03-02..2026-03-02",
            "ny bedömare: bedömning 2 av de 3 första",
            "slumpvis andel (20 %)",
            "inte i urvalet");
    CliRun again = ocn("moderate", "plan");
    assertThat(again.exitCode).isEqualTo(1);
    assertThat(again.err).contains("already in a sample plan");
    assertThat(ocn("moderate", "plan", "--period", "2026-03-01-2026-03-02").exitCode).isEqualTo(3);
    assertThat(ocn("moderate", "show", "7").err).contains("no sample plan 7");

    try (Workspace w = open()) {
      assertThat(w.store().auditLog(AuditQuery.entity("moderation_plan:1")))
          .singleElement()
          .satisfies(
              e -> {
                assertThat(e.action()).isEqualTo("moderation.plan");
                assertThat(e.actor()).isEqualTo("Maria Sjöberg");
              });
    }
  }

  @Test
  void theModeratorConfirmsAndRejectsButNeverTheirOwnAssessments() throws Exception {
    ok("moderate", "plan");
    CliRun notYet =
        ocn(
            "moderate",
            "record",
            "--enrolment",
            "E1",
            "--by",
            "maria-sjoberg",
            "--outcome",
            "confirm",
            "--comment",
            "Bra.");
    assertThat(notYet.exitCode).isEqualTo(3);
    assertThat(notYet.err).contains("ocn moderate moderator add maria-sjoberg");
    ok("moderate", "moderator", "add", "maria-sjoberg");
    ok("moderate", "moderator", "add", "karin-lund");
    assertThat(ok("moderate", "moderator", "list").out).contains("karin-lund", "maria-sjoberg");

    CliRun own =
        ocn(
            "moderate",
            "record",
            "--enrolment",
            "E1",
            "--by",
            "karin-lund",
            "--outcome",
            "confirm",
            "--comment",
            "Bra.");
    assertThat(own.exitCode).isEqualTo(1);
    assertThat(own.err)
        .contains(
            "nobody moderates their own assessments",
            "they are the assessor of E1",
            "they judged evidence EV1");
    assertThat(
            ocn(
                    "moderate",
                    "record",
                    "--enrolment",
                    "E1",
                    "--by",
                    "maria-sjoberg",
                    "--outcome",
                    "maybe",
                    "--comment",
                    "Bra.")
                .exitCode)
        .isEqualTo(2);

    assertThat(
            ok(
                    "moderate",
                    "record",
                    "--enrolment",
                    "E1",
                    "--by",
                    "maria-sjoberg",
                    "--outcome",
                    "confirm",
                    "--comment",
                    "Underlaget räcker.")
                .out)
        .contains("E1: confirmed by Maria Sjöberg");
    CliRun reject =
        ok(
            "moderate",
            "record",
            "--enrolment",
            "E2",
            "--by",
            "maria-sjoberg",
            "--outcome",
            "reject",
            "--comment",
            "Observera själv kriterium 2.2.",
            "--json");
    assertThat(reject.out)
        .contains("\"outcome\": \"reject\"", "\"comment\": \"Observera själv kriterium 2.2.\"");

    CliRun status = ok("moderate", "status", "E1", "E2", "--json");
    assertThat(status.out)
        .contains(
            "\"status\": \"confirmed\"",
            "\"status\": \"reopened\"",
            "Observera själv kriterium 2.2.");
    assertThat(ok("enrolment", "list").out).containsPattern("E2 .* 5/5 +-");
    CliRun signAgain = ocn("enrolment", "sign-off", "E2", "--by", "karin-lund");
    assertThat(signAgain.exitCode).isEqualTo(1);
    assertThat(signAgain.err).contains("was reopened", "Observera själv kriterium 2.2.");

    ok("--lang", "sv", "moderate", "report", "--out", "moderering.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(dir.resolve("moderering.xlsx")))) {
      Sheet outcomes = wb.getSheet("Utfall");
      assertThat(outcomes).isNotNull();
      List<String> comments = new ArrayList<>();
      for (Row row : outcomes) {
        comments.add(row.getCell(7).getStringCellValue());
      }
      assertThat(comments)
          .containsExactly("Kommentar", "Underlaget räcker.", "Observera själv kriterium 2.2.");
    }
    assertThat(ocn("moderate", "report", "--out", "moderering.xlsx").exitCode).isEqualTo(3);
    assertThat(ok("audit", "verify").exitCode).isZero();
  }

  @Test
  void helpIsInBothLanguages() {
    assertThat(ok("--lang", "sv", "moderate", "record", "--help").out)
        .contains("sina egna bedömningar", "--comment=TEXT", "Flaggor:");
    assertThat(ok("moderate", "plan", "--help").out)
        .contains("--period", "FROM..TO", "derived from the period");
  }
}
