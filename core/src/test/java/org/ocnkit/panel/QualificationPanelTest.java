package org.ocnkit.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ocnkit.panel.PanelFixture.ACTOR;
import static org.ocnkit.panel.PanelFixture.CHAIR;
import static org.ocnkit.panel.PanelFixture.FATIMA;
import static org.ocnkit.panel.PanelFixture.JOHAN;
import static org.ocnkit.panel.PanelFixture.LARS;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.ocnkit.RefusedException;
import org.ocnkit.pdf.PdfContents;
import org.ocnkit.pdf.internal.testing.VeraPdf;
import org.ocnkit.qualification.QualificationRef;
import org.ocnkit.qualification.catalog.QualificationCatalog;
import org.ocnkit.qualification.catalog.QualificationRecords;
import org.ocnkit.qualification.catalog.QualificationSummary;
import org.ocnkit.store.AuditQuery;
import org.ocnkit.store.testing.Engine;
import org.ocnkit.store.testing.OnEveryEngine;
import org.ocnkit.unit.UnitRef;
import org.ocnkit.unit.catalog.UnitCatalog;
import org.ocnkit.unit.catalog.UnitState;

/** The panel decides on a qualification version as on a unit: submit, vote, decide, documents. */
class QualificationPanelTest {
  @TempDir Path tmp;

  private static final QualificationRef OMSORG = QualificationRef.of("KVAL-OMSORG-INTRO", 1);

  @OnEveryEngine
  void aQualificationIsSubmittedOnlyOnApprovedUnitsThenApprovedWithAReviewDate(Engine engine)
      throws Exception {
    try (PanelFixture f = PanelFixture.create(engine, tmp)) {
      Path units = PanelFixture.repositoryRoot().resolve("course-units");
      UnitCatalog.importUnits(f.ws.store(), ACTOR, List.of(units));
      QualificationCatalog.importQualifications(
          f.ws.store(),
          ACTOR,
          units,
          List.of(units.resolve("qualifications/kval-omsorg-intro.xml")));
      QualificationPanel panel = QualificationPanel.of(f.ws);
      QualificationRef.Query query = QualificationRef.parse("KVAL-OMSORG-INTRO");

      assertThatThrownBy(() -> panel.submit(ACTOR, query))
          .isInstanceOf(RefusedException.class)
          .satisfies(
              e ->
                  assertThat(((RefusedException) e).problems())
                      .extracting(p -> p.message().key())
                      .containsOnly("consistency.unitNotApproved")
                      .hasSize(4));

      long unitMeeting = f.fullMeeting();
      for (String code : List.of("VO-HYG-01", "VO-MAT-01", "AL-KOMM-01", "AL-RATT-01")) {
        UnitRef ref = UnitRef.of(code, 1);
        f.panel.submit(ACTOR, new UnitRef.Query(ref.code(), Optional.of(1)));
        f.vote(unitMeeting, ref, VoteChoice.APPROVE, CHAIR, JOHAN, LARS);
        f.panel.decide(ACTOR, unitMeeting, ref);
      }
      panel.submit(ACTOR, query);
      long meeting = f.fullMeeting();
      panel.vote(ACTOR, meeting, OMSORG, List.of(CHAIR, JOHAN), Ballot.of(VoteChoice.APPROVE));
      panel.vote(ACTOR, meeting, OMSORG, List.of(LARS), Ballot.of(VoteChoice.REFER));
      panel.vote(ACTOR, meeting, OMSORG, List.of(LARS), Ballot.of(VoteChoice.APPROVE));
      QualificationDecision decision = panel.decide(ACTOR, meeting, OMSORG);

      assertThat(decision.outcome()).isEqualTo(DecisionOutcome.APPROVED);
      assertThat(decision.tally().approve()).isEqualTo(3);
      LocalDate today = f.ws.store().read(tx -> tx.today());
      assertThat(decision.approvedUntil()).hasValue(today.plusYears(3));
      QualificationSummary stored = f.ws.store().read(QualificationRecords::list).get(0);
      assertThat(stored.state()).isEqualTo(UnitState.APPROVED);
      assertThat(stored.approvedUntil()).hasValue(today.plusYears(3));
      assertThat(decision.hash()).isEqualTo(stored.hash());
      assertThat(panel.decisions(OMSORG))
          .singleElement()
          .satisfies(d -> assertThat(d.votes()).hasSize(3));
      assertThatThrownBy(() -> panel.decide(ACTOR, meeting, OMSORG))
          .isInstanceOf(RefusedException.class);
      assertThatThrownBy(
              () ->
                  panel.vote(ACTOR, meeting, OMSORG, List.of(FATIMA), Ballot.of(VoteChoice.REJECT)))
          .isInstanceOf(RefusedException.class);
      assertThat(f.ws.store().auditLog(AuditQuery.ALL))
          .extracting(e -> e.action())
          .contains(
              QualificationPanel.ACTION_SUBMIT,
              QualificationPanel.ACTION_VOTE,
              QualificationPanel.ACTION_DECIDE);
      assertThat(f.ws.verifyAudit().intact()).isTrue();

      byte[] minutes = f.panel.renderMinutes(meeting);
      assertThat(VeraPdf.pdfa3bFailures(minutes)).isEmpty();
      String text = PdfContents.read("protokoll.pdf", minutes).text().replaceAll("\\s+", " ");
      assertThat(text)
          .contains(
              "KVAL-OMSORG-INTRO@1",
              "Introduktion till arbete i äldreomsorgen",
              stored.hash().hex().substring(0, 20),
              "Utbildningsbevis");
      byte[] copy = panel.renderReadingCopy(QualificationRef.parse("KVAL-OMSORG-INTRO@1"));
      assertThat(VeraPdf.pdfa3bFailures(copy)).isEmpty();
      String copyText = PdfContents.read("copy.pdf", copy).text().replaceAll("\\s+", " ");
      assertThat(copyText)
          .contains(
              "Kombinationsregler",
              "Obligatorisk kursenhet VO-HYG-01",
              "Basala hygienrutiner i äldreomsorgen",
              "Grupp B: minst 1 kursenhet");
    }
  }
}
