package org.ocnkit.cli.learner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocnkit.cli.CliRun;
import org.ocnkit.cli.ExitCode;
import org.ocnkit.learner.PersonalIdentityNumber;
import org.ocnkit.learner.testing.LearnerFixtures;
import org.ocnkit.learner.testing.Tables;
import org.ocnkit.learner.testing.TestApprovals;
import org.ocnkit.store.Workspace;
import org.ocnkit.store.testing.Engine;
import org.ocnkit.store.testing.OnEveryEngine;
import org.ocnkit.store.testing.TestWorkspaces;
import org.ocnkit.unit.UnitRef;

/** The apprentice commands, and acceptance 5 of issue 5: erasure, on SQLite and PostgreSQL. */
class ApprenticeCommandsTest {
  private static final String NOW = "2026-03-02T09:00:00Z";

  @TempDir Path dir;

  private CliRun ocn(String... args) {
    return new CliRun(dir).at(NOW).env("OCNKIT_WORKSPACE", dir.resolve("ws").toString()).run(args);
  }

  private CliRun ok(String... args) {
    CliRun run = ocn(args);
    assertThat(run.exitCode).as(run.toString()).isZero();
    return run;
  }

  /** A valid personal identity number for 2001-04-17, computed, never a literal. */
  private static String pin() {
    String nine = "010417" + "356";
    return "20"
        + nine.substring(0, 6)
        + "-"
        + nine.substring(6)
        + PersonalIdentityNumber.luhnCheckDigit(nine);
  }

  private void init(Engine engine) {
    if (engine == Engine.POSTGRESQL) {
      ok("init", "ws", "--db", TestWorkspaces.newPostgresUrl(), "--db-user", "postgres");
    } else {
      ok("init", "ws");
    }
  }

  @OnEveryEngine
  void erasureLeavesNoPersonalDataInAnyTableAndProgressStillWorksById(Engine engine)
      throws Exception {
    init(engine);
    Files.createDirectories(dir.resolve("units"));
    Files.write(
        dir.resolve("units/hs-test-01.xml"), LearnerFixtures.unit("HS-TEST-01", 1).canonicalForm());
    ok("unit", "import", "units");
    try (Workspace ws = open()) {
      TestApprovals.approve(ws.store(), UnitRef.of("HS-TEST-01", 1));
    }
    ok(
        "placement",
        "add",
        "ica-test",
        "--workplace",
        "ICA Nära Testby",
        "--employer",
        "Testby Livs AB",
        "--arena",
        "handel-service",
        "--supervisor",
        "asa-oberg=Åsa Öberg");
    ok("assessor", "add", "karin-lund", "--name", "Karin Lund", "--qualified");
    CliRun added =
        ok(
            "apprentice",
            "add",
            "--first-name",
            "Zelmira",
            "--last-name",
            "Quistberg",
            "--birth-date",
            "2001-04-17",
            "--gender",
            "non-binary",
            "--born-abroad",
            "yes",
            "--programme",
            "Lärling 2026",
            "--start",
            "2026-01-12",
            "--personal-number",
            pin(),
            "--disability",
            "yes");
    assertThat(added.out)
        .isEqualTo("Added A1: Zelmira Quistberg (Non-binary, 24 years old at the start).\n");
    ok(
        "enrol",
        "A1",
        "--unit",
        "HS-TEST-01@1",
        "--placement",
        "ica-test",
        "--assessor",
        "karin-lund");
    ok(
        "evidence",
        "add",
        "--enrolment",
        "E1",
        "--date",
        "2026-02-20",
        "--method",
        "observation",
        "--criteria",
        "1.1",
        "--description",
        "Zelmira hälsade på kunderna.",
        "--recorded-by",
        "asa-oberg",
        "--claim",
        "met");
    ok("evidence", "sign-off", "EV1", "--by", "karin-lund", "--as-claimed");
    String progressBefore = ok("progress", "A1", "--json").out;
    assertThat(ok("apprentice", "show", "A1").out)
        .contains(
            "Zelmira Quistberg",
            "Born 2001-04-17; 24 years old at the start",
            "Personal identity number recorded (as a keyed hash)",
            "E1  HS-TEST-01@1");
    String hash;
    try (Workspace ws = open()) {
      hash =
          ws.store()
              .read(
                  tx ->
                      tx.queryOne(
                          "SELECT pin_hash FROM apprentice_identity", row -> row.getString(1)))
              .orElseThrow();
    }
    String digits = pin().replace("-", "");
    String[] personal = {
      "Zelmira", "Quistberg", "2001-04-17", "20010417", digits, digits.substring(2), hash
    };

    CliRun erased = ok("apprentice", "erase", "A1");
    assertThat(erased.out)
        .contains("Erased the personal data of A1", "redacted from 1 evidence items");

    try (Workspace ws = open()) {
      assertThat(Tables.names(ws))
          .contains(
              "audit_event",
              "apprentice_identity",
              "apprentice_disability",
              "evidence_item",
              "flyway_schema_history");
      assertThat(Tables.find(ws, personal)).isEmpty();
    }
    CliRun progress = ok("progress", "A1", "--json");
    assertThat(progress.out)
        .contains("\"apprenticeName\": null")
        .isEqualTo(progressBefore.replace("\"Zelmira Quistberg\"", "null"));
    assertThat(ok("progress", "A1").out)
        .contains("E1  A1 (erased)  HS-TEST-01@1", "1 of 5 criteria met");
    assertThat(ok("apprentice", "list").out).contains("A1  (erased)");
    assertThat(ok("evidence", "list", "--apprentice", "A1").out)
        .contains("\"[namn raderat] hälsade på kunderna.\"");
    assertThat(ok("audit", "verify").exitCode).isZero();
    CliRun again = ocn("apprentice", "erase", "A1");
    assertThat(again.exitCode).isEqualTo(ExitCode.CHECK_FAILED);
  }

  @Test
  void aRosterWithProblemsExitsThreeNamingEveryLineAndAddsNobody() throws Exception {
    init(Engine.SQLITE);
    Files.writeString(
        dir.resolve("roster.csv"),
        "förnamn;efternamn;födelsedatum;kön;född utomlands;program;startdatum;personnummer\n"
            + "Amina;Hassan;1998-06-14;kvinna;ja;Lärling 2026;2026-01-12;\n"
            + "Johan;Lindqvist;1979-11-03;man;nej;Lärling 2026;2026-01-12;19791103-1234\n"
            + "Sara;Nilsson;2004-01-30;kvinna;kanske;Lärling 2026;12/1/2026;\n");
    CliRun run = ocn("apprentice", "import", "roster.csv");
    assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCode.INPUT);
    assertThat(run.err.strip().split("\\R"))
        .containsExactly(
            "ocn: roster.csv:3: the personal identity number's last digit is wrong (rule: Luhn"
                + " check digit); check for a mistyped digit",
            "ocn: roster.csv:4: born_abroad: 'kanske' is not one of yes, no, unknown");
    assertThat(ok("apprentice", "list").out).contains("0 apprentices");
    CliRun sv = ocn("--lang", "sv", "apprentice", "import", "roster.csv");
    assertThat(sv.err).contains("roster.csv:4: born_abroad: 'kanske' är inte ett av");
    Files.writeString(
        dir.resolve("roster.csv"),
        Files.readString(dir.resolve("roster.csv"))
            .replace("19791103-1234", "")
            .replace("kanske", "okänt"));
    CliRun good = ok("apprentice", "import", "roster.csv");
    assertThat(good.out)
        .contains("added  A1  Amina Hassan", "added  A3  Sara Nilsson", "3 apprentices added");
  }

  @Test
  void badOptionValuesAreUsageErrors() {
    init(Engine.SQLITE);
    CliRun run =
        ocn(
            "apprentice",
            "add",
            "--first-name",
            "A",
            "--last-name",
            "B",
            "--birth-date",
            "2001-04-17",
            "--gender",
            "female",
            "--born-abroad",
            "yes",
            "--programme",
            "P",
            "--start",
            "2026-01-12");
    assertThat(run.exitCode).isEqualTo(ExitCode.USAGE);
    assertThat(run.err).contains("'female' is not one of woman, man, non-binary, not-stated");
  }

  private Workspace open() {
    return TestWorkspaces.open(
        dir.resolve("ws"), Clock.fixed(Instant.parse(NOW), ZoneId.of("Europe/Stockholm")));
  }
}
