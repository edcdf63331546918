package org.ocnkit.cli.learner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocnkit.cli.CliRun;
import org.ocnkit.cli.Coordinator;
import org.ocnkit.learner.testing.Tables;
import org.ocnkit.store.Workspace;

/**
 * {@code ocn apprentice erase} after the whole chain, through the commands a coordinator types: the
 * apprentice's name written into evidence, a moderator's rejection, a certificate's revocation
 * reason and an outcome's correction reason; after erasure no table of the database holds their
 * name or birth date, another apprentice's data stays, and the audit chain verifies.
 */
class EraseEverywhereTest {
  static final String NOW = "2026-09-15T09:00:00Z";

  @TempDir Path dir;
  Coordinator coordinator;

  CliRun ok(String... args) {
    return coordinator.ok(args);
  }

  @Test
  void noTableHoldsTheNameAfterErasureAndTheChainStillVerifies() throws Exception {
    coordinator = new Coordinator(dir, NOW, "Lena Holm").approvedUnitAndPlacement();
    ok("assessor", "add", "maria-sjoberg", "--name", "Maria Sjöberg", "--qualified");
    ok("moderate", "moderator", "add", "maria-sjoberg");
    coordinator.roster(
        List.of(
            "Zeynep;Öztürk-Lindgren;1999-04-17;kvinna;ja;Lärling 2026;2026-01-12;2026-06-30",
            "Amina;Hassan;1998-06-14;kvinna;ja;Lärling 2026;2026-01-12;2026-06-30"));
    coordinator
        .enrol("A1")
        .enrol("A2")
        .signOff("E1", "2026-05-20", "Zeynep tog emot kunder i kassan och visade varor.")
        .signOff("E2", "2026-05-20", "Amina tog emot kunder i kassan.");

    // The moderator rejects Zeynep's unit, naming her; it is signed off again and confirmed.
    ok("moderate", "plan");
    ok(
        "moderate",
        "record",
        "--enrolment",
        "E1",
        "--by",
        "maria-sjoberg",
        "--outcome",
        "reject",
        "--comment",
        "Zeynep Öztürk-Lindgren behöver visa ett kundmöte till.");
    coordinator.signOff("E1", "2026-05-20", "Öztürk-Lindgren visade ett andra kundmöte.");
    ok("moderate", "plan");
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
        "Bekräftat.");
    ok(
        "moderate",
        "record",
        "--enrolment",
        "E2",
        "--by",
        "maria-sjoberg",
        "--outcome",
        "confirm",
        "--comment",
        "Bekräftat.");

    // A certificate, revoked with a reason that names her; outcomes with a correction reason.
    ok("keys", "init");
    ok("certificate", "issue", "--apprentice", "A1");
    String code = ok("certificate", "list", "--serial", "1", "--codes").out.strip();
    ok("certificate", "revoke", code, "--reason", "Fel stavning av Zeyneps efternamn");
    ok(
        "apprentice",
        "outcome",
        "A1",
        "--at",
        "exit",
        "--status",
        "job-seeking",
        "--date",
        "2026-06-30");
    ok(
        "apprentice",
        "outcome",
        "A1",
        "--at",
        "exit",
        "--status",
        "work",
        "--date",
        "2026-06-30",
        "--reason",
        "Zeynep började arbeta 2026-06-29 enligt arbetsgivaren");

    String[] personal = {"Zeynep", "Öztürk", "Lindgren", "1999-04-17"};
    try (Workspace w = coordinator.open()) {
      assertThat(Tables.find(w, personal)).as("before erasure").hasSizeGreaterThan(5);
    }
    // Files the workspace wrote that name her: found by content, listed, nothing erased yet.
    ok(
        "report",
        "progress",
        "--names",
        "--out",
        coordinator.ws.resolve("out/framsteg.xlsx").toString());
    ok("report", "progress", "--out", coordinator.ws.resolve("out/anonym.xlsx").toString());
    Files.writeString(coordinator.ws.resolve("out/anteckning.txt"), "Amina Hassan, ej A1");
    CliRun listed = ok("apprentice", "erase", "A1", "--files");
    List<String> naming =
        listed.out.lines().filter(l -> l.startsWith("  ")).map(String::strip).toList();
    assertThat(naming)
        .as(listed.out)
        .contains("out/framsteg.xlsx")
        .anyMatch(f -> f.endsWith(".pdf"))
        .doesNotContain("out/anonym.xlsx", "out/anteckning.txt");
    assertThat(listed.out).contains("Nothing was erased");
    try (Workspace w = coordinator.open()) {
      assertThat(Tables.find(w, personal)).as("--files alone erases nothing").isNotEmpty();
    }
    coordinator.fails(2, "apprentice", "erase", "A1", "--confirm");

    CliRun erase = ok("apprentice", "erase", "A1", "--files", "--confirm");
    assertThat(erase.out)
        .contains("redacted from 2 evidence items and 3 other texts")
        .contains("write-ahead log emptied")
        .contains("Not reached by erasure: backups made");
    for (String f : naming) {
      assertThat(erase.out).contains("  " + f);
      assertThat(coordinator.ws.resolve(f)).as(f).doesNotExist();
    }
    assertThat(coordinator.ws.resolve("out/anonym.xlsx")).exists();
    assertThat(coordinator.ws.resolve("out/anteckning.txt")).exists();

    try (Workspace w = coordinator.open()) {
      assertThat(Tables.find(w, personal)).as("after erasure").isEmpty();
      assertThat(Tables.find(w, "Amina", "1998-06-14"))
          .as("the other apprentice stays")
          .isNotEmpty();
      assertThat(Tables.find(w, "[namn raderat]"))
          .containsExactlyInAnyOrder(
              "evidence_item.description = [namn raderat] tog emot kunder i kassan och visade varor.",
              "evidence_item.description = [namn raderat] visade ett andra kundmöte.",
              "enrolment_signoff_withdrawal.reason = [namn raderat] behöver visa ett kundmöte till.",
              "moderation_outcome.comment = [namn raderat] behöver visa ett kundmöte till.",
              "certificate_revocation.reason = Fel stavning av [namn raderat] efternamn",
              "apprentice_outcome.supersede_reason = [namn raderat] började arbeta 2026-06-29"
                  + " enligt arbetsgivaren");
    }
    assertThat(ok("audit", "verify").out).contains("the audit chain verifies");
    assertThat(
            ok("certificate", "revocations", "--out", dir.resolve("rev.p7m").toString()).exitCode)
        .isZero();
    assertThat(
            new String(
                Files.readAllBytes(dir.resolve("rev.p7m")),
                java.nio.charset.StandardCharsets.ISO_8859_1))
        .doesNotContain("Zeynep");
    coordinator.fails(1, "apprentice", "erase", "A1");
  }
}
