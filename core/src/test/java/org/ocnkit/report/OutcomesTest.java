package org.ocnkit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocnkit.InvalidInputException;
import org.ocnkit.OcnkitException;
import org.ocnkit.RefusedException;
import org.ocnkit.evidence.EvidenceRecords;
import org.ocnkit.learner.Apprentice;
import org.ocnkit.learner.ApprenticeId;
import org.ocnkit.learner.testing.LearnerFixtures;
import org.ocnkit.store.AuditEvent;
import org.ocnkit.store.AuditQuery;
import org.ocnkit.store.Workspace;
import org.ocnkit.store.testing.Engine;
import org.ocnkit.store.testing.OnEveryEngine;
import org.ocnkit.store.testing.TestClock;
import org.ocnkit.store.testing.TestWorkspaces;

/**
 * Recording outcomes: the rules, corrections that supersede and keep the history, configurable
 * follow-up points. The fixture apprentice starts 2025-01-13 and ends 2025-12-19; the clock is
 * moved to 2026-08-01.
 */
class OutcomesTest {
  private static final LocalDate END = LocalDate.of(2025, 12, 19);

  @TempDir Path dir;

  private static NewOutcome outcome(
      Apprentice a, String point, OutcomeStatus status, LocalDate date) {
    return new NewOutcome(a.id(), point, status, Optional.of(date), Optional.empty());
  }

  private static String key(OcnkitException e) {
    return e.problems().get(0).message().key();
  }

  @OnEveryEngine
  void aCorrectionSupersedesTheOutcomeAndTheHistoryKeepsBoth(Engine engine) {
    TestClock clock = new TestClock();
    try (Workspace ws = TestWorkspaces.create(engine, dir.resolve("ws"), clock)) {
      Apprentice a = LearnerFixtures.apprentice(ws, "Amina", "Hassan");
      clock.set(Instant.parse("2026-08-01T08:00:00Z"));
      Outcome first =
          Outcomes.record(ws, "maria", outcome(a, "exit", OutcomeStatus.JOB_SEEKING, END));
      assertThat(first.current()).isTrue();
      assertThat(first.supersedes()).isEmpty();
      Outcomes.record(ws, "maria", outcome(a, "90d", OutcomeStatus.WORK, END.plusDays(91)));

      RefusedException again =
          catchThrowableOfType(
              () -> Outcomes.record(ws, "maria", outcome(a, "exit", OutcomeStatus.STUDIES, END)),
              RefusedException.class);
      assertThat(key(again)).isEqualTo("outcome.exists");
      assertThat(again.describe(java.util.Locale.ENGLISH)).contains("job-seeking", "--reason");

      Outcome corrected =
          Outcomes.record(
              ws,
              "maria",
              new NewOutcome(
                  a.id(),
                  "EXIT",
                  OutcomeStatus.STUDIES,
                  Optional.of(END.plusDays(2)),
                  Optional.of("Började studera direkt, fel uppgift först.")));
      assertThat(corrected.supersedes()).contains(first.id());
      assertThat(corrected.point()).isEqualTo("exit");

      List<Outcome> history = Outcomes.history(ws, a.id());
      assertThat(history)
          .extracting(Outcome::point, Outcome::status, Outcome::current)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("exit", OutcomeStatus.JOB_SEEKING, false),
              org.assertj.core.groups.Tuple.tuple("exit", OutcomeStatus.STUDIES, true),
              org.assertj.core.groups.Tuple.tuple("90d", OutcomeStatus.WORK, true));
      assertThat(ws.store().read(tx -> Outcomes.current(tx)).get(a.id()))
          .containsOnlyKeys("exit", "90d")
          .hasEntrySatisfying("exit", o -> assertThat(o.id()).isEqualTo(corrected.id()));
      List<AuditEvent> events = ws.store().auditLog(AuditQuery.ALL);
      assertThat(events)
          .extracting(AuditEvent::action)
          .contains(Outcomes.ACTION_RECORD, Outcomes.ACTION_CORRECT);
      assertThat(ws.verifyAudit().intact()).isTrue();
    }
  }

  @OnEveryEngine
  void everyBrokenRuleIsRefusedAndNothingIsWritten(Engine engine) {
    TestClock clock = new TestClock();
    try (Workspace ws = TestWorkspaces.create(engine, dir.resolve("ws"), clock)) {
      Apprentice a = LearnerFixtures.apprentice(ws, "Amina", "Hassan");
      Apprentice gone = LearnerFixtures.apprentice(ws, "Daniel", "Öhman");
      clock.set(Instant.parse("2026-08-01T08:00:00Z"));
      Outcomes.record(ws, "maria", outcome(a, "exit", OutcomeStatus.WORK, END.plusDays(3)));
      long rows = rows(ws);

      InvalidInputException point =
          catchThrowableOfType(
              () -> Outcomes.record(ws, "maria", outcome(a, "3d", OutcomeStatus.WORK, END)),
              InvalidInputException.class);
      assertThat(key(point)).isEqualTo("outcome.unknownPoint");
      assertThat(point.describe(java.util.Locale.ENGLISH))
          .contains("exit, 28d, 90d, 6m", ReportSettings.FOLLOW_UPS);

      InvalidInputException dates =
          catchThrowableOfType(
              () ->
                  Outcomes.record(
                      ws, "maria", outcome(a, "28d", OutcomeStatus.WORK, LocalDate.of(2026, 8, 2))),
              InvalidInputException.class);
      assertThat(key(dates)).isEqualTo("outcome.future");
      assertThat(
              key(
                  catchThrowableOfType(
                      () ->
                          Outcomes.record(
                              ws,
                              "maria",
                              outcome(a, "28d", OutcomeStatus.WORK, LocalDate.of(2025, 1, 12))),
                      InvalidInputException.class)))
          .isEqualTo("outcome.beforeStart");
      assertThat(
              key(
                  catchThrowableOfType(
                      () ->
                          Outcomes.record(
                              ws,
                              "maria",
                              new NewOutcome(
                                  a.id(),
                                  "28d",
                                  OutcomeStatus.WORK,
                                  Optional.of(END.plusDays(30)),
                                  Optional.of("ingen tidigare"))),
                      InvalidInputException.class)))
          .isEqualTo("outcome.nothingToCorrect");

      RefusedException order =
          catchThrowableOfType(
              () ->
                  Outcomes.record(
                      ws, "maria", outcome(a, "90d", OutcomeStatus.WORK, END.plusDays(1))),
              RefusedException.class);
      assertThat(key(order)).isEqualTo("outcome.order");
      assertThat(
              key(
                  catchThrowableOfType(
                      () ->
                          Outcomes.record(
                              ws,
                              "maria",
                              new NewOutcome(
                                  a.id(),
                                  "exit",
                                  OutcomeStatus.WORK,
                                  Optional.of(END.plusDays(3)),
                                  Optional.of("samma igen"))),
                      RefusedException.class)))
          .isEqualTo("outcome.same");

      ws.store().write("maria", tx -> EvidenceRecords.eraseApprentice(tx, gone.id()));
      assertThat(
              key(
                  catchThrowableOfType(
                      () ->
                          Outcomes.record(
                              ws, "maria", outcome(gone, "exit", OutcomeStatus.WORK, END)),
                      RefusedException.class)))
          .isEqualTo("outcome.erased");
      assertThat(
              catchThrowableOfType(
                  () ->
                      Outcomes.record(
                          ws,
                          "maria",
                          new NewOutcome(
                              new ApprenticeId(99),
                              "exit",
                              OutcomeStatus.WORK,
                              Optional.empty(),
                              Optional.empty())),
                  InvalidInputException.class))
          .isNotNull();
      assertThat(rows(ws)).isEqualTo(rows);
    }
  }

  @OnEveryEngine
  void anOutcomeDateFromTheFarPastBeforeBirthOrStartOrTheFutureIsRefusedNamingTheRule(
      Engine engine) {
    TestClock clock = new TestClock();
    try (Workspace ws = TestWorkspaces.create(engine, dir.resolve("ws"), clock)) {
      Apprentice a = LearnerFixtures.apprentice(ws, "Amina", "Hassan");
      clock.set(Instant.parse("2026-08-01T08:00:00Z"));
      LocalDate start = a.startDate();
      assertThat(refused(ws, a, "exit", LocalDate.of(1999, 12, 31))).isEqualTo("outcome.farPast");
      assertThat(refused(ws, a, "exit", a.birthDate().orElseThrow().minusDays(1)))
          .isEqualTo("outcome.beforeBirth");
      assertThat(refused(ws, a, "exit", start.minusDays(1))).isEqualTo("outcome.beforeStart");
      assertThat(refused(ws, a, "exit", LocalDate.of(2026, 8, 2))).isEqualTo("outcome.future");
      InvalidInputException typo =
          catchThrowableOfType(
              () ->
                  Outcomes.record(
                      ws,
                      "maria",
                      outcome(a, "exit", OutcomeStatus.WORK, LocalDate.of(1026, 1, 20))),
              InvalidInputException.class);
      assertThat(typo.problems()).hasSize(1);
      assertThat(typo.describe(java.util.Locale.ENGLISH))
          .contains("1026-01-20", "2000-01-01", "rule: no outcome dates from the far past");
      assertThat(typo.describe(org.ocnkit.Message.SWEDISH))
          .contains("1026-01-20", "regel: inga utfallsdatum fr\u00e5n l\u00e4ngesedan");
      assertThat(rows(ws)).as("nothing written").isZero();

      assertThat(Outcomes.record(ws, "maria", outcome(a, "exit", OutcomeStatus.WORK, start)).date())
          .as("exactly the start date")
          .isEqualTo(start);
      assertThat(
              Outcomes.record(
                      ws, "maria", outcome(a, "90d", OutcomeStatus.WORK, LocalDate.of(2026, 8, 1)))
                  .date())
          .as("today")
          .isEqualTo(LocalDate.of(2026, 8, 1));
      assertThat(rows(ws)).isEqualTo(2);
    }
  }

  private static String refused(Workspace ws, Apprentice a, String point, LocalDate date) {
    return key(
        catchThrowableOfType(
            () -> Outcomes.record(ws, "maria", outcome(a, point, OutcomeStatus.WORK, date)),
            InvalidInputException.class));
  }

  @Test
  void theFollowUpPointsComeFromTheSettingsAndATodayDateIsTheDefault() throws Exception {
    TestClock clock = new TestClock();
    Path ws = dir.resolve("ws");
    ApprenticeId id;
    try (Workspace w = TestWorkspaces.create(Engine.SQLITE, ws, clock)) {
      id = LearnerFixtures.apprentice(w, "Amina", "Hassan").id();
    }
    Files.writeString(
        ws.resolve("ocnkit.properties"),
        "\nreport.followUps=exit,2w,1y\n",
        StandardCharsets.UTF_8,
        StandardOpenOption.APPEND);
    clock.set(Instant.parse("2026-08-01T08:00:00Z"));
    try (Workspace w = TestWorkspaces.open(ws, clock)) {
      InvalidInputException old =
          catchThrowableOfType(
              () ->
                  Outcomes.record(
                      w,
                      "maria",
                      new NewOutcome(
                          id, "28d", OutcomeStatus.WORK, Optional.of(END), Optional.empty())),
              InvalidInputException.class);
      assertThat(old.describe(java.util.Locale.ENGLISH)).contains("exit, 2w, 1y");
      Outcome twoWeeks =
          Outcomes.record(
              w,
              "maria",
              new NewOutcome(
                  id,
                  "14d",
                  OutcomeStatus.STUDIES,
                  Optional.of(END.plusDays(14)),
                  Optional.empty()));
      assertThat(twoWeeks.point()).as("stored as the configured code").isEqualTo("2w");
      Outcome year =
          Outcomes.record(
              w,
              "maria",
              new NewOutcome(id, "1y", OutcomeStatus.WORK, Optional.empty(), Optional.empty()));
      assertThat(year.date()).isEqualTo(LocalDate.of(2026, 8, 1));
    }
  }

  private static long rows(Workspace ws) {
    return ws.store().read(tx -> tx.queryLong("SELECT count(*) FROM apprentice_outcome"));
  }
}
