package org.ocnkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.ocnkit.learner.testing.LearnerFixtures;
import org.ocnkit.learner.testing.TestApprovals;
import org.ocnkit.store.Workspace;
import org.ocnkit.store.testing.TestWorkspaces;
import org.ocnkit.unit.UnitRef;

/**
 * A coordinator at the command line, for CLI tests that play part of a programme: {@code ocn} run
 * in-process at a fixed time in one workspace, and the steps most such tests start with (an
 * approved unit, a placement, a qualified assessor, a roster, units signed off).
 */
public final class Coordinator {
  /** The unit every step here uses: criteria 1.1, 1.2, 2.1, 2.2, 3.1. */
  public static final UnitRef UNIT = UnitRef.of("HS-TEST-01", 1);

  private final Path dir;
  private final String now;
  private final String actor;

  /** The workspace: {@code dir/ws}. */
  public final Path ws;

  /** A coordinator acting as {@code actor} at {@code now} (ISO instant), working in {@code dir}. */
  public Coordinator(Path dir, String now, String actor) {
    this.dir = dir;
    this.now = now;
    this.actor = actor;
    this.ws = dir.resolve("ws");
  }

  /** Runs {@code ocn args} and returns what happened, whatever the exit code. */
  public CliRun ocn(String... args) {
    return new CliRun(dir)
        .at(now)
        .env("OCNKIT_WORKSPACE", ws.toString())
        .env("OCNKIT_ACTOR", actor)
        .env("OCNKIT_KEY_PASSWORD", "test-only-password")
        .run(args);
  }

  /** Runs {@code ocn args} and asserts it exits 0. */
  public CliRun ok(String... args) {
    CliRun run = ocn(args);
    assertThat(run.exitCode).as(run.toString()).isZero();
    return run;
  }

  /** Runs {@code ocn args} and asserts it exits {@code code}. */
  public CliRun fails(int code, String... args) {
    CliRun run = ocn(args);
    assertThat(run.exitCode).as(run.toString()).isEqualTo(code);
    return run;
  }

  /** The workspace opened directly, with the same clock. */
  public Workspace open() {
    return TestWorkspaces.open(ws, Clock.fixed(Instant.parse(now), ZoneOffset.UTC));
  }

  /**
   * A new workspace with {@link #UNIT} approved, placement {@code ica-test} supervised by {@code
   * asa-oberg}, and the qualified assessor {@code karin-lund}.
   */
  public Coordinator approvedUnitAndPlacement() {
    ok("init", ws.toString(), "--org", "Testkommunen");
    try {
      Path units = Files.createDirectories(dir.resolve("units"));
      Files.write(
          units.resolve("hs-test-01.xml"),
          LearnerFixtures.unit(UNIT.code().value(), UNIT.version()).canonicalForm());
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

  /**
   * Imports a roster: a header naming first and last name, birth date, gender, born abroad,
   * programme, start and end date, then {@code rows} in that order separated by ';'.
   */
  public Coordinator roster(List<String> rows) {
    StringBuilder csv =
        new StringBuilder(
            "förnamn;efternamn;födelsedatum;kön;född utomlands;"
                + "program;startdatum;slutdatum\n");
    rows.forEach(r -> csv.append(r).append('\n'));
    try {
      Files.writeString(dir.resolve("roster.csv"), csv);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ok("apprentice", "import", "roster.csv");
    return this;
  }

  /** Enrols {@code apprentice} on {@link #UNIT} at {@code ica-test}, assessed by karin-lund. */
  public Coordinator enrol(String apprentice) {
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
   * Evidence for every criterion of {@code enrolment}, recorded by the supervisor on {@code date}
   * with {@code description}, signed off by karin-lund, and the unit signed off.
   */
  public Coordinator signOff(String enrolment, String date, String description) {
    ok(
        "evidence",
        "add",
        "--enrolment",
        enrolment,
        "--date",
        date,
        "--method",
        "observation",
        "--criteria",
        "1.1,1.2,2.1,2.2,3.1",
        "--description",
        description,
        "--recorded-by",
        "asa-oberg",
        "--claim",
        "met");
    ok("evidence", "sign-off", "--enrolment", enrolment, "--by", "karin-lund", "--as-claimed");
    ok("enrolment", "sign-off", enrolment, "--by", "karin-lund");
    return this;
  }
}
