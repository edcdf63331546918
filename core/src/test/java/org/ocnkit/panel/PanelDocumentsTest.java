package org.ocnkit.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ocnkit.panel.PanelFixture.ACTOR;
import static org.ocnkit.panel.PanelFixture.ANNA;
import static org.ocnkit.panel.PanelFixture.CHAIR;
import static org.ocnkit.panel.PanelFixture.FATIMA;
import static org.ocnkit.panel.PanelFixture.JOHAN;
import static org.ocnkit.panel.PanelFixture.LARS;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ocnkit.Message;
import org.ocnkit.pdf.PdfContents;
import org.ocnkit.pdf.internal.testing.VeraPdf;
import org.ocnkit.store.testing.Engine;
import org.ocnkit.store.testing.OnEveryEngine;
import org.ocnkit.unit.AssessmentCriterion;
import org.ocnkit.unit.CourseUnit;
import org.ocnkit.unit.EqfDescriptors;
import org.ocnkit.unit.LearningOutcome;
import org.ocnkit.unit.UnitFiles;
import org.ocnkit.unit.UnitRef;
import org.ocnkit.unit.catalog.UnitCatalog;

/**
 * The minutes and the reading copy, read back with PDFBox text extraction (issue 4, acceptance 4),
 * and checked as PDF/A-3b with veraPDF.
 */
class PanelDocumentsTest {
  private static final LocalDate TODAY = LocalDate.of(2025, 3, 3);

  @TempDir Path tmp;

  @OnEveryEngine
  void theMinutesRecordAttendanceConflictsUnitsHashesVotesAndDecisions(Engine engine) {
    try (PanelFixture f = PanelFixture.create(engine, tmp)) {
      Path units = PanelFixture.repositoryRoot().resolve("course-units");
      UnitCatalog.importUnits(
          f.ws.store(),
          ACTOR,
          List.of(
              units.resolve("vo-mat-01.xml"),
              units.resolve("hs-kund-01.xml"),
              units.resolve("ih-tra-01.xml")));
      UnitRef mat = UnitRef.parseExact("VO-MAT-01@1");
      UnitRef kund = UnitRef.parseExact("HS-KUND-01@1");
      UnitRef tra = UnitRef.parseExact("IH-TRA-01@1");
      UnitRef mask = f.importUnit(org.ocnkit.unit.catalog.TestUnits.unit("GN-TEST-01", 1));
      for (UnitRef u : List.of(mat, kund, tra, mask)) {
        f.panel.submit(ACTOR, new UnitRef.Query(u.code(), Optional.of(u.version())));
      }
      long meeting = f.fullMeeting();
      f.vote(meeting, kund, VoteChoice.REJECT, FATIMA);
      f.panel.declareConflict(
          ACTOR, meeting, FATIMA, kund, Optional.of("Arbetsgivaren är praktikplats"));
      f.panel.vote(
          ACTOR,
          meeting,
          mat,
          List.of(JOHAN, LARS),
          Ballot.of(
              VoteChoice.APPROVE_WITH_CONDITIONS,
              Optional.of("Bra, men se villkoret."),
              Optional.of("Lägg till ett kriterium om munvård efter måltiden."),
              Optional.of(TODAY.plusMonths(2))));
      f.panel.vote(
          ACTOR,
          meeting,
          mat,
          List.of(FATIMA, ANNA),
          new Ballot(
              VoteChoice.APPROVE, Optional.of("Tydlig och väl avgränsad."), Optional.empty()));
      f.vote(meeting, kund, VoteChoice.APPROVE, CHAIR, JOHAN, LARS, ANNA);
      f.panel.vote(
          ACTOR,
          meeting,
          tra,
          List.of(JOHAN, FATIMA),
          new Ballot(VoteChoice.REFER, Optional.of("Saknar säkerhetsmoment."), Optional.empty()));
      f.vote(meeting, tra, VoteChoice.APPROVE, LARS);
      f.vote(meeting, mask, VoteChoice.APPROVE, LARS);
      PanelDecision matDecision = f.panel.decide(ACTOR, meeting, mat);
      f.panel.decide(ACTOR, meeting, kund);
      f.panel.decide(ACTOR, meeting, tra);
      f.clock.advance(Period.ofDays(20));
      f.panel.conditionsMet(ACTOR, mat, CHAIR);
      assertThat(matDecision.outcome()).isEqualTo(DecisionOutcome.APPROVED_WITH_CONDITIONS);

      byte[] pdf = f.panel.renderMinutes(meeting);

      assertThat(VeraPdf.pdfa3bFailures(pdf)).isEmpty();
      String text = normalized(PdfContents.read("protokoll.pdf", pdf).text());
      assertThat(text)
          .contains(
              "Protokoll från panelmöte",
              "Testkommunen",
              "Möte nr " + meeting + ", 2025-03-03",
              "Ordförande: " + CHAIR);
      for (PanelMember m : f.panel.members()) {
        assertThat(text).contains(normalized(m.name()), normalized(m.organisation()));
      }
      assertThat(text)
          .contains("samhälle", "arbetsliv", "utbildning", "ordförande", "Närvarande (5)");
      assertThat(text)
          .contains(
              "Anmält jäv",
              "Arbetsgivaren är praktikplats",
              "Deltar inte i beslutet (jäv): " + FATIMA,
              "Deltar inte i beslutet (författare): " + ANNA);
      for (UnitRef u : List.of(mat, kund, tra, mask)) {
        String hash = f.stored(u).unit().hash().hex();
        assertThat(text)
            .contains(u.toString(), hash, u.code().value() + ", version " + u.version());
      }
      assertThat(text)
          .contains(
              "Bra, men se villkoret.",
              "Tydlig och väl avgränsad.",
              "Saknar säkerhetsmoment.",
              "fastställ med villkor",
              "återremiss");
      assertThat(text)
          .contains(
              "Beslut: Fastställd med villkor",
              "Beslut: Fastställd",
              "Beslut: Återremitterad",
              "Inget beslut fattades vid mötet.",
              "– Lägg till ett kriterium om munvård efter måltiden.",
              "Villkoren ska vara uppfyllda senast 2025-05-03.",
              "Fastställd för perioden 2025-03-03 till 2028-03-03",
              "Villkoren förklarades uppfyllda av " + CHAIR + " den 2025-03-23.",
              "Röster: 2 fastställ, 2 fastställ med villkor, 0 återremiss, 0 avslag.",
              "Röster: 4 fastställ, 0 fastställ med villkor, 0 återremiss, 0 avslag.",
              "räknas inte");
      assertThat(text).contains("Protokoll, panelmöte " + meeting + ", 2025-03-03", "sida 1 av");
      // The paragraphs follow the units' order.
      assertThat(text.indexOf("§ 1 GN-TEST-01@1"))
          .isPositive()
          .isLessThan(text.indexOf("§ 2 HS-KUND-01@1"));
      assertThat(text.indexOf("§ 3 IH-TRA-01@1")).isLessThan(text.indexOf("§ 4 VO-MAT-01@1"));
      // The same meeting gives the same bytes.
      assertThat(f.panel.renderMinutes(meeting)).isEqualTo(pdf);
    }
  }

  @Test
  void minutesOfAMeetingWithoutBusinessSaySo() {
    try (PanelFixture f = PanelFixture.create(Engine.SQLITE, tmp)) {
      long meeting = f.meeting(CHAIR, JOHAN);
      String text = normalized(PdfContents.read("p.pdf", f.panel.renderMinutes(meeting)).text());
      assertThat(text)
          .contains("Inget jäv anmäldes.", "Inga kursenheter behandlades.", CHAIR, JOHAN);
    }
  }

  static Stream<Path> sampleUnits() throws IOException {
    try (Stream<Path> files = Files.list(PanelFixture.repositoryRoot().resolve("course-units"))) {
      return files.filter(p -> p.toString().endsWith(".xml")).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sampleUnits")
  void theReadingCopyHoldsEveryCriterionAndTheHashOnEveryPage(Path file) {
    try (PanelFixture f = PanelFixture.create(Engine.SQLITE, tmp)) {
      CourseUnit unit = UnitFiles.check(file, file.getFileName().toString()).orThrow();
      UnitCatalog.importUnits(f.ws.store(), ACTOR, List.of(file));

      byte[] pdf = f.panel.renderReadingCopy(UnitRef.parse(unit.code().value()));

      assertThat(VeraPdf.pdfa3bFailures(pdf)).isEmpty();
      PdfContents contents = PdfContents.read("copy.pdf", pdf);
      String text = normalized(contents.text());
      assertThat(text)
          .contains(
              normalized(unit.titleSv()),
              unit.ref().toString(),
              "Testkommunen",
              "Utkast",
              "Författare",
              normalized(unit.author()),
              "EQF-nivå " + unit.level().value(),
              unit.credits() + " poäng (" + unit.notionalHours() + " timmars lärande)",
              normalized(unit.purpose()),
              normalized(unit.evidenceRequirements()));
      unit.titleEn().ifPresent(en -> assertThat(text).contains(normalized(en)));
      for (LearningOutcome outcome : unit.outcomes()) {
        assertThat(text).contains(normalized(outcome.id() + " " + outcome.statement()));
        for (AssessmentCriterion criterion : outcome.criteria()) {
          assertThat(text).contains(normalized(criterion.id() + " " + criterion.text()));
        }
      }
      unit.assessmentMethods()
          .forEach(m -> assertThat(text).contains(m.displayName(Message.SWEDISH)));
      EqfDescriptors eqf = unit.level().descriptors(Message.SWEDISH);
      assertThat(text)
          .contains(
              "Kunskaper",
              "Färdigheter",
              "Ansvar och självständighet",
              firstWords(eqf.knowledge()),
              firstWords(eqf.skills()),
              firstWords(eqf.responsibilityAndAutonomy()));
      for (String page : contents.pageTexts()) {
        assertThat(page).contains("SHA-256 " + unit.hash().hex());
      }
    }
  }

  @Test
  void theReadingCopyShowsTheStateAndApprovalDate() {
    try (PanelFixture f = PanelFixture.create(Engine.SQLITE, tmp)) {
      UnitRef unit = f.submitted(org.ocnkit.unit.catalog.TestUnits.unit("HS-KUND-01", 1));
      long meeting = f.fullMeeting();
      f.vote(meeting, unit, VoteChoice.APPROVE, CHAIR, JOHAN, LARS);
      f.panel.decide(ACTOR, meeting, unit);
      String text =
          normalized(
              PdfContents.read("c.pdf", f.panel.renderReadingCopy(UnitRef.parse("HS-KUND-01@1")))
                  .text());
      assertThat(text).contains("Status Fastställd till 2028-03-03", "Customer service in a shop");
    }
  }

  /** Whitespace runs as one space, and no space after a hyphen (where lines may break). */
  static String normalized(String text) {
    return text.replaceAll("\\s+", " ").replaceAll("([-/]) ", "$1");
  }

  private static String firstWords(String text) {
    String[] words = normalized(text).split(" ");
    return String.join(" ", java.util.Arrays.copyOf(words, Math.min(4, words.length)));
  }
}
