package org.ocnkit.cli.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.ocnkit.cli.CliRun;
import org.ocnkit.learner.testing.LearnerFixtures;
import org.ocnkit.learner.testing.TestApprovals;
import org.ocnkit.store.Workspace;
import org.ocnkit.store.testing.Engine;
import org.ocnkit.store.testing.TestWorkspaces;
import org.ocnkit.unit.UnitRef;

/**
 * A programme set up through the command line, as a coordinator would: a workspace with the test
 * unit HS-TEST-01@1 (criteria 1.1, 1.2, 2.1, 2.2, 3.1; methods observation and witness testimony)
 * approved, the placement ica-test with supervisor Åsa Öberg (asa-oberg), the qualified assessor
 * Karin Lund (karin-lund), and apprentices from a roster. The clock is fixed at {@link #NOW}.
 */
final class Programme {
  static final String NOW = "2026-03-02T09:00:00Z";
  static final UnitRef UNIT = UnitRef.of("HS-TEST-01", 1);

  final Path dir;
  final Path ws;

  Programme(Path dir) {
    this.dir = dir;
    this.ws = dir.resolve("ws");
  }

  /** {@code ocn} in {@link #dir}, working in the programme's workspace at {@link #NOW}. */
  CliRun ocn(String... args) {
    return new CliRun(dir)
        .at(NOW)
        .env("OCNKIT_WORKSPACE", ws.toString())
        .env("OCNKIT_ACTOR", "Maria Samordnare")
        .run(args);
  }

  /** Runs {@code ocn args} and requires exit 0. */
  CliRun ok(String... args) {
    CliRun run = ocn(args);
    assertThat(run.exitCode).as(run.toString()).isZero();
    return run;
  }

  /** Creates the workspace with the unit approved, the placement and the assessor. */
  Programme create(Engine engine) {
    if (engine == Engine.POSTGRESQL) {
      ok(
          "init",
          ws.toString(),
          "--db",
          TestWorkspaces.newPostgresUrl(),
          "--db-user",
          "postgres",
          "--org",
          "Testkommunen");
    } else {
      ok("init", ws.toString(), "--org", "Testkommunen");
    }
    try {
      Path units = Files.createDirectories(dir.resolve("units"));
      Files.write(
          units.resolve("hs-test-01.xml"), LearnerFixtures.unit("HS-TEST-01", 1).canonicalForm());
      Files.write(
          units.resolve("hs-test-02.xml"), LearnerFixtures.unit("HS-TEST-02", 1).canonicalForm());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ok("unit", "import", "units");
    try (Workspace w = open()) {
      TestApprovals.approve(w.store(), UNIT);
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
    return this;
  }

  /** Imports a roster of {@code rows} ("first;last;birth date;gender;born abroad"). */
  Programme roster(String... rows) {
    StringBuilder csv =
        new StringBuilder("förnamn;efternamn;födelsedatum;kön;född utomlands;program;startdatum\n");
    for (String row : rows) {
      csv.append(row).append(";Lärling 2026;2026-01-12\n");
    }
    try {
      Files.writeString(dir.resolve("roster.csv"), csv);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ok("apprentice", "import", "roster.csv");
    return this;
  }

  /** Enrols apprentice {@code id} on HS-TEST-01@1 at ica-test with karin-lund. */
  Programme enrol(String apprentice) {
    ok(
        "enrol",
        apprentice,
        "--unit",
        UNIT.toString(),
        "--placement",
        "ica-test",
        "--assessor",
        "karin-lund");
    return this;
  }

  /**
   * The workspace opened directly, with the same fixed clock, for checks the CLI does not print.
   */
  Workspace open() {
    return TestWorkspaces.open(ws, Clock.fixed(Instant.parse(NOW), ZoneId.of("Europe/Stockholm")));
  }

  /** How many rows {@code table} has. */
  long count(String table) {
    try (Workspace w = open()) {
      return w.store().read(tx -> tx.queryLong("SELECT count(*) FROM " + table));
    }
  }
}
