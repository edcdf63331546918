package org.ocnkit.learner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocnkit.RefusedException;
import org.ocnkit.learner.testing.LearnerFixtures;
import org.ocnkit.learner.testing.TestApprovals;
import org.ocnkit.store.Workspace;
import org.ocnkit.store.testing.Engine;
import org.ocnkit.store.testing.OnEveryEngine;
import org.ocnkit.store.testing.TestWorkspaces;
import org.ocnkit.unit.UnitRef;
import org.ocnkit.unit.catalog.UnitState;

class EnrolmentsTest {
  @TempDir Path dir;

  @OnEveryEngine
  void anApprenticeIsEnrolledOnAnApprovedUnitAtAPlacementWithAnAssessor(Engine engine) {
    try (Workspace ws = TestWorkspaces.create(engine, dir.resolve("ws"))) {
      UnitRef unit = LearnerFixtures.approvedUnit(ws, dir.resolve("units"));
      LearnerFixtures.placementAndAssessor(ws);
      Apprentice amina = LearnerFixtures.apprentice(ws, "Amina", "Hassan");
      Enrolment e = LearnerFixtures.enrol(ws, amina, unit);
      assertThat(e.id()).isEqualTo(new EnrolmentId(1));
      assertThat(e.unit()).isEqualTo(unit);
      assertThat(e.placement()).isEqualTo(LearnerFixtures.PLACEMENT);
      assertThat(e.assessor()).isEqualTo(LearnerFixtures.ASSESSOR);
      assertThat(e.enrolledOn()).isEqualTo(LocalDate.of(2025, 3, 3));
      java.util.List<Enrolment> of = ws.store().read(tx -> Enrolments.ofApprentice(tx, amina.id()));
      assertThat(of).containsExactly(e);
      RefusedException again =
          catchThrowableOfType(
              () -> LearnerFixtures.enrol(ws, amina, unit), RefusedException.class);
      assertThat(again.describe(Locale.ENGLISH))
          .isEqualTo("A1 is already enrolled on HS-TEST-01@1 as E1.");
    }
  }

  @OnEveryEngine
  void enrolmentOnADraftIsRefusedWithThePanelsReason(Engine engine) {
    try (Workspace ws = TestWorkspaces.create(engine, dir.resolve("ws"))) {
      UnitRef unit =
          LearnerFixtures.importUnit(
              ws, dir.resolve("units"), LearnerFixtures.unit("HS-TEST-01", 1));
      LearnerFixtures.placementAndAssessor(ws);
      Apprentice amina = LearnerFixtures.apprentice(ws, "Amina", "Hassan");
      RefusedException e =
          catchThrowableOfType(
              () -> LearnerFixtures.enrol(ws, amina, unit), RefusedException.class);
      assertThat(e.problems().get(0).message().key()).isEqualTo("usability.enrol.DRAFT");
      assertThat(e.describe(Locale.ENGLISH)).contains("HS-TEST-01@1 is a draft");
      TestApprovals.setState(ws.store(), unit, UnitState.SUBMITTED);
      assertThat(
              catchThrowableOfType(
                      () -> LearnerFixtures.enrol(ws, amina, unit), RefusedException.class)
                  .problems()
                  .get(0)
                  .message()
                  .key())
          .isEqualTo("usability.enrol.SUBMITTED");
      assertThat(Enrolments.list(ws.store())).isEmpty();
    }
  }

  @OnEveryEngine
  void enrolmentOnAUnitDueForReviewIsRefused(Engine engine) {
    try (Workspace ws = TestWorkspaces.create(engine, dir.resolve("ws"))) {
      UnitRef unit =
          LearnerFixtures.importUnit(
              ws, dir.resolve("units"), LearnerFixtures.unit("HS-TEST-01", 1));
      TestApprovals.approve(ws.store(), unit, LocalDate.of(2025, 3, 3));
      LearnerFixtures.placementAndAssessor(ws);
      Apprentice amina = LearnerFixtures.apprentice(ws, "Amina", "Hassan");
      RefusedException e =
          catchThrowableOfType(
              () -> LearnerFixtures.enrol(ws, amina, unit), RefusedException.class);
      assertThat(e.problems().get(0).message().key()).isEqualTo("usability.enrol.REVIEW_DUE");
      assertThat(e.describe(Locale.ENGLISH)).contains("reached its review date (2025-03-03)");
      TestApprovals.approve(ws.store(), unit, LocalDate.of(2025, 3, 4));
      assertThat(LearnerFixtures.enrol(ws, amina, unit).unit()).isEqualTo(unit);
    }
  }

  @Test
  void onlyAQualifiedAssessorCanBeNamed() {
    try (Workspace ws = TestWorkspaces.create(Engine.SQLITE, dir.resolve("ws"))) {
      UnitRef unit = LearnerFixtures.approvedUnit(ws, dir.resolve("units"));
      LearnerFixtures.placementAndAssessor(ws);
      Code trainee = new Code("per-trainee");
      Assessors.add(ws.store(), "coordinator", trainee, "Per Lärling", false);
      Apprentice amina = LearnerFixtures.apprentice(ws, "Amina", "Hassan");
      NewEnrolment withTrainee =
          new NewEnrolment(
              amina.id(),
              new UnitRef.Query(unit.code(), Optional.empty()),
              LearnerFixtures.PLACEMENT,
              trainee);
      RefusedException e =
          catchThrowableOfType(
              () -> Enrolments.enrol(ws.store(), "coordinator", withTrainee),
              RefusedException.class);
      assertThat(e.problems().get(0).message().key()).isEqualTo("assessor.notQualified");
      Assessors.setQualified(ws.store(), "coordinator", trainee, true);
      assertThat(Enrolments.enrol(ws.store(), "coordinator", withTrainee).assessor())
          .isEqualTo(trainee);
    }
  }

  @Test
  void aSupervisorAndAnAssessorCannotShareACode() {
    try (Workspace ws = TestWorkspaces.create(Engine.SQLITE, dir.resolve("ws"))) {
      LearnerFixtures.placementAndAssessor(ws);
      assertThat(
              ApprenticesTest.keys(
                  () ->
                      Assessors.add(
                          ws.store(),
                          "coordinator",
                          LearnerFixtures.SUPERVISOR,
                          "Åsa Öberg",
                          true)))
          .containsExactly("person.codeTaken");
      assertThat(
              ApprenticesTest.keys(
                  () ->
                      Placements.addSupervisors(
                          ws.store(),
                          "coordinator",
                          LearnerFixtures.PLACEMENT,
                          java.util.List.of(
                              new NewSupervisor(LearnerFixtures.ASSESSOR, "Karin Lund")))))
          .containsExactly("person.codeTaken");
    }
  }
}
