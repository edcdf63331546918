package org.ocnkit.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocnkit.InvalidInputException;
import org.ocnkit.RefusedException;
import org.ocnkit.learner.Code;
import org.ocnkit.learner.Enrolment;
import org.ocnkit.learner.IssuedLink;
import org.ocnkit.learner.LinkSecret;
import org.ocnkit.learner.NewPlacement;
import org.ocnkit.learner.NewSupervisor;
import org.ocnkit.learner.PlacementService;
import org.ocnkit.learner.SupervisorLinks;
import org.ocnkit.learner.testing.LearnerFixtures;
import org.ocnkit.store.AuditEvent;
import org.ocnkit.store.AuditQuery;
import org.ocnkit.store.Workspace;
import org.ocnkit.store.testing.Engine;
import org.ocnkit.store.testing.OnEveryEngine;
import org.ocnkit.store.testing.TestClock;
import org.ocnkit.store.testing.TestWorkspaces;
import org.ocnkit.unit.AssessmentMethod;
import org.ocnkit.unit.CriterionId;

class SupervisorFormTest {
  static final CriterionId C11 = CriterionId.parse("1.1");
  static final CriterionId C12 = CriterionId.parse("1.2");

  @TempDir Path dir;

  static IssuedLink link(Workspace ws) {
    return new PlacementService(ws)
        .createLink("coordinator", LearnerFixtures.PLACEMENT, LearnerFixtures.SUPERVISOR, 60);
  }

  static WebObservation observation(Enrolment e, String submission, CriterionId... criteria) {
    return new WebObservation(
        submission,
        e.id(),
        LocalDate.of(2025, 3, 3),
        AssessmentMethod.OBSERVATION,
        "Amina hälsade på kunderna vid frukthyllan.",
        Set.of(criteria),
        List.of());
  }

  @OnEveryEngine
  void aLinkShowsThePlacementAndRecordsAClaimOnceWithTheSupervisorAsActor(Engine engine) {
    try (Workspace ws = TestWorkspaces.create(engine, dir.resolve("ws"), new TestClock())) {
      Enrolment e = EvidenceRecordsTest.setUp(ws, dir);
      IssuedLink issued = link(ws);
      assertThat(issued.secret().reveal()).hasSize(43);
      assertThat(issued.secret().toString()).doesNotContain(issued.secret().reveal());
      assertThat(issued.url("https://intyg.example.se/"))
          .isEqualTo("https://intyg.example.se/handledare/" + issued.secret().reveal());
      // Only the hash is stored.
      long stored =
          ws.store()
              .read(
                  tx ->
                      tx.queryLong(
                          "SELECT count(*) FROM supervisor_link WHERE secret_sha256 = ?",
                          issued.secret().sha256()));
      assertThat(stored).isEqualTo(1);

      SupervisorOverview overview = SupervisorForm.open(ws, issued.secret()).orElseThrow();
      assertThat(overview.workplace()).isEqualTo("ICA Nära Testby");
      assertThat(overview.enrolments())
          .singleElement()
          .satisfies(
              l -> {
                assertThat(l.firstName()).isEqualTo("Amina");
                assertThat(l.criteria())
                    .extracting(CriterionProgress::status)
                    .containsOnly(CriterionStatus.NO_EVIDENCE);
                assertThat(l.methods()).contains(AssessmentMethod.OBSERVATION);
              });

      WebRecording first =
          SupervisorForm.record(
                  ws, issued.secret(), observation(e, "submission-key-0001", C11, C12))
              .orElseThrow();
      assertThat(first.repeated()).isFalse();
      assertThat(first.item().source()).isEqualTo(EvidenceItem.Source.WEB);
      assertThat(first.item().recordedBy().code()).isEqualTo(LearnerFixtures.SUPERVISOR);
      assertThat(first.item().signedOff()).isFalse();
      // A double tap: the same submission records nothing new.
      WebRecording again =
          SupervisorForm.record(
                  ws, issued.secret(), observation(e, "submission-key-0001", C11, C12))
              .orElseThrow();
      assertThat(again.repeated()).isTrue();
      assertThat(again.item().id()).isEqualTo(first.item().id());
      assertThat(
              EvidenceRecords.list(
                  ws.store(), new EvidenceFilter(Optional.of(e.id()), Optional.empty())))
          .hasSize(1);
      assertThat(EvidenceRecordsTest.statuses(ws, e))
          .containsEntry(C11, CriterionStatus.CLAIMED)
          .containsEntry(C12, CriterionStatus.CLAIMED);

      List<AuditEvent> events = ws.store().auditLog(AuditQuery.ALL);
      assertThat(events)
          .filteredOn(ev -> ev.action().equals(SupervisorForm.ACTION_ADD))
          .isNotEmpty()
          .allSatisfy(ev -> assertThat(ev.actor()).isEqualTo("asa-oberg (personal link)"));
      assertThat(events)
          .extracting(AuditEvent::action)
          .contains(SupervisorLinks.ACTION_CREATE, SupervisorLinks.ACTION_USE);
      assertThat(new PlacementService(ws).links(false))
          .singleElement()
          .satisfies(l -> assertThat(l.lastUsedAt()).isPresent());

      // Judged by the assessor like any item, and locked by the sign-off.
      EvidenceRecords.signOff(
          ws.store(),
          "karin",
          EvidenceRecordsTest.signOff(first.item().id(), Set.of(), Set.of(), true));
      assertThat(EvidenceRecordsTest.statuses(ws, e)).containsEntry(C11, CriterionStatus.MET);
      assertThatThrownBy(
              () ->
                  EvidenceRecords.signOff(
                      ws.store(),
                      "karin",
                      EvidenceRecordsTest.signOff(first.item().id(), Set.of(), Set.of(), true)))
          .isInstanceOf(RefusedException.class);
    }
  }

  @OnEveryEngine
  void aWrongExpiredOrRevokedLinkOpensNothing(Engine engine) {
    TestClock clock = new TestClock();
    try (Workspace ws = TestWorkspaces.create(engine, dir.resolve("ws"), clock)) {
      Enrolment e = EvidenceRecordsTest.setUp(ws, dir);
      LinkSecret wrong = LinkSecret.fromLink("A".repeat(43)).orElseThrow();
      assertThat(SupervisorForm.open(ws, wrong)).isEmpty();
      assertThat(LinkSecret.fromLink("short")).isEmpty();

      IssuedLink revoked = link(ws);
      new PlacementService(ws).revokeLink("coordinator", revoked.link().id());
      assertThat(SupervisorForm.open(ws, revoked.secret())).isEmpty();
      assertThat(
              SupervisorForm.record(
                  ws, revoked.secret(), observation(e, "submission-key-0002", C11)))
          .isEmpty();
      assertThatThrownBy(
              () -> new PlacementService(ws).revokeLink("coordinator", revoked.link().id()))
          .isInstanceOf(RefusedException.class);

      IssuedLink expiring =
          new PlacementService(ws)
              .createLink("coordinator", LearnerFixtures.PLACEMENT, LearnerFixtures.SUPERVISOR, 1);
      assertThat(SupervisorForm.open(ws, expiring.secret())).isPresent();
      clock.advance(Duration.ofDays(1));
      assertThat(SupervisorForm.open(ws, expiring.secret())).isEmpty();
      assertThat(new PlacementService(ws).links(false)).isEmpty();
      assertThat(new PlacementService(ws).links(true)).hasSize(2);
      assertThat(
              EvidenceRecords.list(
                  ws.store(), new EvidenceFilter(Optional.empty(), Optional.empty())))
          .isEmpty();
    }
  }

  @Test
  void aLinkIsOnlyForASupervisorOfThatPlacementAndItsCurrentEnrolments() {
    try (Workspace ws = TestWorkspaces.create(Engine.SQLITE, dir.resolve("ws"), new TestClock())) {
      Enrolment e = EvidenceRecordsTest.setUp(ws, dir);
      new PlacementService(ws)
          .add(
              "coordinator",
              new NewPlacement(
                  new Code("parken"),
                  "Parken",
                  "Kommunen",
                  org.ocnkit.unit.Arena.GRONA_NARINGAR,
                  List.of(new NewSupervisor(new Code("mikael-strand"), "Mikael Strand"))));
      InvalidInputException notThere =
          catchThrowableOfType(
              () ->
                  new PlacementService(ws)
                      .createLink(
                          "coordinator", LearnerFixtures.PLACEMENT, new Code("mikael-strand"), 60),
              InvalidInputException.class);
      assertThat(notThere.getMessage()).contains("mikael-strand", "asa-oberg");
      assertThatThrownBy(
              () ->
                  new PlacementService(ws)
                      .createLink(
                          "coordinator", LearnerFixtures.PLACEMENT, LearnerFixtures.SUPERVISOR, 0))
          .isInstanceOf(InvalidInputException.class);

      IssuedLink park =
          new PlacementService(ws)
              .createLink("coordinator", new Code("parken"), new Code("mikael-strand"), 60);
      assertThat(SupervisorForm.open(ws, park.secret()).orElseThrow().enrolments()).isEmpty();
      InvalidInputException other =
          catchThrowableOfType(
              () ->
                  SupervisorForm.record(
                      ws, park.secret(), observation(e, "submission-key-0003", C11)),
              InvalidInputException.class);
      assertThat(other.problems().get(0).message().format(Locale.ENGLISH)).contains("E1", "parken");

      IssuedLink ica = link(ws);
      WebObservation future =
          new WebObservation(
              "submission-key-0004",
              e.id(),
              LocalDate.of(2025, 3, 4),
              AssessmentMethod.PRODUCT,
              " ",
              Set.of(),
              List.of());
      InvalidInputException wrong =
          catchThrowableOfType(
              () -> SupervisorForm.record(ws, ica.secret(), future), InvalidInputException.class);
      assertThat(wrong.problems()).hasSize(4);
    }
  }

  @Test
  void erasureReachesEvidenceRecordedOnTheWeb() {
    try (Workspace ws = TestWorkspaces.create(Engine.SQLITE, dir.resolve("ws"), new TestClock())) {
      Enrolment e = EvidenceRecordsTest.setUp(ws, dir);
      IssuedLink issued = link(ws);
      EvidenceItem item =
          SupervisorForm.record(ws, issued.secret(), observation(e, "submission-key-0005", C11))
              .orElseThrow()
              .item();
      ApprenticeErasure.erase(ws.store(), "coordinator", e.apprentice());
      EvidenceItem after = ws.store().read(tx -> EvidenceRecords.require(tx, item.id()));
      assertThat(after.description()).doesNotContain("Amina").contains(ApprenticeErasure.MARKER);
      // An erased apprentice is no longer shown through the link.
      assertThat(SupervisorForm.open(ws, issued.secret()).orElseThrow().enrolments()).isEmpty();
    }
  }
}
