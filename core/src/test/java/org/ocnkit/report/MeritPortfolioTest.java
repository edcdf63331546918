package org.ocnkit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Message;
import org.ocnkit.RefusedException;
import org.ocnkit.certificate.CertificateCode;
import org.ocnkit.certificate.CertificateService;
import org.ocnkit.certificate.IssueProgress;
import org.ocnkit.certificate.IssuedBatch;
import org.ocnkit.certificate.IssuingKeys;
import org.ocnkit.certificate.internal.testing.SampleRequests;
import org.ocnkit.evidence.EvidenceItem;
import org.ocnkit.evidence.EvidenceRecords;
import org.ocnkit.evidence.EvidenceService;
import org.ocnkit.evidence.EvidenceSignOff;
import org.ocnkit.evidence.Judgement;
import org.ocnkit.evidence.NewEvidence;
import org.ocnkit.learner.Apprentice;
import org.ocnkit.learner.ApprenticeId;
import org.ocnkit.learner.AssessorService;
import org.ocnkit.learner.Code;
import org.ocnkit.learner.Enrolment;
import org.ocnkit.learner.testing.LearnerFixtures;
import org.ocnkit.learner.testing.TestApprovals;
import org.ocnkit.moderation.ModerationService;
import org.ocnkit.moderation.NewOutcome;
import org.ocnkit.moderation.PlanItem;
import org.ocnkit.moderation.PlanRequest;
import org.ocnkit.moderation.SamplePlan;
import org.ocnkit.moderation.Verdict;
import org.ocnkit.pdf.internal.testing.VeraPdf;
import org.ocnkit.store.AuditEvent;
import org.ocnkit.store.AuditQuery;
import org.ocnkit.store.Workspace;
import org.ocnkit.store.testing.Engine;
import org.ocnkit.store.testing.OnEveryEngine;
import org.ocnkit.store.testing.TestClock;
import org.ocnkit.store.testing.TestWorkspaces;
import org.ocnkit.unit.Arena;
import org.ocnkit.unit.AssessmentCriterion;
import org.ocnkit.unit.AssessmentMethod;
import org.ocnkit.unit.CourseUnit;
import org.ocnkit.unit.LearningOutcome;
import org.ocnkit.unit.UnitRef;

/**
 * The merit portfolio parsed back with PDFBox against what the test recorded: every unit the
 * apprentice achieved (code, Swedish and English title, EQF level, credits, date, workplace,
 * outcomes and criteria) and nothing else, the valid certificates that list each unit and none that
 * was revoked or belongs to someone else, the holder, the labels in both languages, PDF/A-3b
 * (veraPDF, and the XMP identification, the sRGB output intent and embedded fonts looked at
 * directly), the audit event with the file's SHA-256; refusals for an erased apprentice and one who
 * achieved nothing, an error for an unknown one; and a long portfolio that continues over several
 * pages without losing a unit.
 */
class MeritPortfolioTest {
  private static final Code MODERATOR = new Code("maria-sjoberg");

  @TempDir Path dir;

  /** A workspace with issuing keys, a placement and an assessor; units added by the test. */
  static final class Programme {
    final TestClock clock = new TestClock();
    final Workspace ws;
    final IssuingKeys keys;
    final Path unitsDir;

    Programme(Engine engine, Path dir) {
      ws = TestWorkspaces.create(engine, dir.resolve("ws"), clock);
      unitsDir = dir.resolve("units");
      keys = SampleRequests.createKeys(ws);
      LearnerFixtures.placementAndAssessor(ws);
      new AssessorService(ws).add("coordinator", MODERATOR, "Maria Sjöberg", true);
      new ModerationService(ws).addModerator("coordinator", MODERATOR);
    }

    UnitRef approved(CourseUnit unit) {
      LearnerFixtures.importUnit(ws, unitsDir, unit);
      TestApprovals.approve(ws.store(), unit.ref());
      return unit.ref();
    }

    /** Enrols, records evidence for every criterion, signs it and the unit off, a day later. */
    LocalDate achieve(Apprentice a, CourseUnit unit) {
      clock.advance(Period.ofDays(1));
      Enrolment e = LearnerFixtures.enrol(ws, a, unit.ref());
      LocalDate today = ws.store().read(tx -> tx.today());
      EvidenceItem item =
          new EvidenceService(ws)
              .add(
                  "coordinator",
                  NewEvidence.builder()
                      .enrolment(e.id())
                      .date(today)
                      .method(AssessmentMethod.OBSERVATION)
                      .description("Handledaren såg hela momentet.")
                      .criteria(unit.criteria().stream().map(AssessmentCriterion::id).toList())
                      .claim(Judgement.MET)
                      .recordedBy(LearnerFixtures.SUPERVISOR)
                      .build());
      new EvidenceService(ws)
          .signOff(
              "karin",
              new EvidenceSignOff(
                  List.of(item.id()),
                  Optional.empty(),
                  LearnerFixtures.ASSESSOR,
                  Set.of(),
                  Set.of(),
                  true));
      return new EvidenceService(ws)
          .signOffUnit("karin", e.id(), LearnerFixtures.ASSESSOR)
          .achievedOn();
    }

    /** Enrols and records evidence for the first criterion only. */
    void begin(Apprentice a, CourseUnit unit) {
      clock.advance(Period.ofDays(1));
      Enrolment e = LearnerFixtures.enrol(ws, a, unit.ref());
      new EvidenceService(ws)
          .add(
              "coordinator",
              NewEvidence.builder()
                  .enrolment(e.id())
                  .date(ws.store().read(tx -> tx.today()))
                  .method(AssessmentMethod.OBSERVATION)
                  .description("Handledaren berättar.")
                  .criterion(unit.criteria().get(0).id())
                  .claim(Judgement.MET)
                  .recordedBy(LearnerFixtures.SUPERVISOR)
                  .build());
    }

    /**
     * Issues the certificate for everything of {@code a} that is ready, as ocn would: a sample plan
     * decides which new sign-offs are moderated, the moderator confirms those sampled, then the
     * certificate lists every unit that is ready.
     */
    CertificateCode certify(Apprentice a) {
      SamplePlan plan = new ModerationService(ws).plan("coordinator", PlanRequest.defaults());
      for (PlanItem item : plan.decidedHere()) {
        if (item.sampled()) {
          new ModerationService(ws)
              .record(
                  "maria",
                  new NewOutcome(
                      item.assessment().enrolment(),
                      MODERATOR,
                      Verdict.CONFIRM,
                      "Underlaget räcker och är äkta."));
        }
      }
      IssuedBatch batch =
          new CertificateService(ws)
              .issue(
                  "coordinator",
                  a.id(),
                  keys,
                  new CertificateService(ws).issueOptions(),
                  IssueProgress.NONE);
      assertThat(batch.certificates()).hasSize(1);
      return batch.certificates().get(0).code();
    }
  }

  /** A unit with its own code, titles, arena, level and credits, and texts found nowhere else. */
  static CourseUnit unit(
      String code, String titleSv, Optional<String> titleEn, Arena arena, int level, int credits) {
    CourseUnit.Builder b =
        CourseUnit.builder()
            .code(code)
            .version(1)
            .titleSv(titleSv)
            .arena(arena)
            .level(level)
            .notionalHours(credits * 10)
            .purpose("Deltagaren lär sig arbetet i " + code + ".")
            .outcome(
                "Deltagaren ska kunna planera arbetet i " + code + ".",
                "Deltagaren kan läsa arbetsordern för " + code + ".",
                "Deltagaren kan välja verktyg för " + code + ".")
            .outcome(
                "Deltagaren ska kunna utföra och avsluta arbetet i " + code + ".",
                "Deltagaren kan utföra momenten i " + code + " säkert.",
                "Deltagaren kan städa efter sig när " + code + " är klart.",
                "Deltagaren kan berätta för handledaren hur " + code + " gick.")
            .method(AssessmentMethod.OBSERVATION)
            .method(AssessmentMethod.PROFESSIONAL_DISCUSSION)
            .evidenceRequirements("Handledaren observerar momenten.")
            .author("Anna Andersson");
    titleEn.ifPresent(b::titleEn);
    return b.build();
  }

  @OnEveryEngine
  void listsEveryUnitAchievedWithItsValidCertificatesAndIsPdfA(Engine engine) throws Exception {
    Programme p = new Programme(engine, dir);
    try (Workspace ws = p.ws) {
      CourseUnit shop = LearnerFixtures.unit("HS-TEST-01", 1);
      CourseUnit care = ReportFixture.largeUnit();
      CourseUnit green =
          unit(
              "GN-TEST-03",
              "Beskärning av fruktträd",
              Optional.empty(),
              Arena.GRONA_NARINGAR,
              4,
              2);
      CourseUnit welding =
          unit(
              "IH-TEST-04",
              "Svetsning för nybörjare",
              Optional.of("Welding for beginners"),
              Arena.INDUSTRI_HANTVERK,
              2,
              4);
      for (CourseUnit u : List.of(shop, care, green, welding)) {
        p.approved(u);
      }
      Apprentice amina = LearnerFixtures.apprentice(ws, "Amina", "Öberg-Hassan");
      Apprentice johan = LearnerFixtures.apprentice(ws, "Johan", "Wikström");

      Map<CourseUnit, LocalDate> achieved = new LinkedHashMap<>();
      achieved.put(shop, p.achieve(amina, shop));
      CertificateCode revoked = p.certify(amina);
      new CertificateService(ws).revoke("coordinator", revoked, "Utfärdat med fel program.");
      achieved.put(care, p.achieve(amina, care));
      CertificateCode valid = p.certify(amina); // lists shop again, and care
      LocalDate issued = ws.store().read(tx -> tx.today());
      p.achieve(johan, shop);
      CertificateCode johans = p.certify(johan);
      achieved.put(green, p.achieve(amina, green)); // not certified yet
      p.begin(amina, welding); // not achieved: not in the portfolio
      assertThat(List.of(revoked, valid, johans)).doesNotHaveDuplicates();

      Path out = dir.resolve("out/meritportfolj.pdf");
      WrittenPortfolio written =
          MeritPortfolio.write(ws, "tester", amina.id(), out, Message.SWEDISH);

      assertThat(written.file()).isEqualTo(out.toAbsolutePath().normalize());
      assertThat(written.apprentice()).isEqualTo(amina.id());
      assertThat(written.units()).containsExactly(shop.ref(), care.ref(), green.ref());
      assertThat(written.credits()).isEqualTo(3 + 5 + 2);
      assertThat(written.certificates()).containsExactly(valid);
      byte[] pdf = Files.readAllBytes(out);
      pdfA(pdf);
      List<String> pages = pageTexts(pdf);
      String text = String.join(" ", pages);

      assertThat(text)
          .contains(
              "Meritportfölj",
              "Merit portfolio",
              "Kursenheter uppnådda enligt OCN-metoden · Course units achieved by the OCN method",
              "Deltagare · Participant",
              "Amina Öberg-Hassan",
              "född 2001-04-17 · born 2001-04-17",
              "deltagar-id " + amina.id() + " · participant id " + amina.id(),
              "Program · Programme",
              "Lärling 2025",
              "2025-01-13 – 2025-12-19",
              "3 kursenheter uppnådda, 10 poäng totalt · 3 units achieved, 10 credits in all",
              "Testkommunen");
      assertThat(text.indexOf("Meritportfölj")).isLessThan(text.indexOf("Merit portfolio"));
      // Every unit achieved, in the order achieved, with its facts and every criterion.
      List<CourseUnit> units = List.copyOf(achieved.keySet());
      List<String> sections = sections(text, units);
      for (int i = 0; i < units.size(); i++) {
        CourseUnit u = units.get(i);
        String s = sections.get(i);
        assertThat(s)
            .startsWith(u.code().value() + " " + u.titleSv())
            .contains(
                "Version · Version 1",
                "Arena · Arena "
                    + u.arena().displayName(Message.SWEDISH)
                    + " · "
                    + u.arena().displayName(Locale.ENGLISH),
                "EQF-nivå · EQF level " + u.level().value(),
                "Poäng · Credits "
                    + u.credits()
                    + " ("
                    + u.notionalHours()
                    + " timmar) · "
                    + u.credits()
                    + " ("
                    + u.notionalHours()
                    + " hours)",
                "Uppnådd · Achieved " + achieved.get(u),
                "Arbetsplats · Workplace ICA Nära Testby (Testby Livs AB)");
        u.titleEn().ifPresent(en -> assertThat(s).contains(en));
        for (LearningOutcome o : u.outcomes()) {
          assertThat(s).contains(o.id() + " " + o.statement());
          for (AssessmentCriterion c : o.criteria()) {
            assertThat(s).contains(c.id() + " " + c.text());
          }
        }
      }
      assertThat(sections.get(0)).contains("Intyg · Certificate " + valid.value());
      assertThat(sections.get(1)).contains("Intyg · Certificate " + valid.value());
      assertThat(sections.get(2))
          .contains("Intyg · Certificate inget intyg ännu · no certificate yet");
      assertThat(text)
          .doesNotContain(
              welding.code().value(), welding.titleSv(), welding.criteria().get(0).text());
      // The certificates held: the valid one with its date; not the revoked one, not Johan's.
      String closing = text.substring(text.lastIndexOf("Intyg · Certificates held"));
      assertThat(closing).contains(valid.value() + " " + issued);
      assertThat(text)
          .doesNotContain(revoked.value())
          .doesNotContain(johans.value())
          .doesNotContain("Wikström");
      assertThat(closing)
          .contains("Sammanställd av Testkommunen den", "Compiled by Testkommunen on");
      for (int i = 0; i < pages.size(); i++) {
        assertThat(pages.get(i))
            .contains(
                "sida "
                    + (i + 1)
                    + " av "
                    + pages.size()
                    + " · page "
                    + (i + 1)
                    + " of "
                    + pages.size());
      }

      // The audit event holds the apprentice's id and the file's hash, never the name.
      List<AuditEvent> events =
          ws.store().auditLog(AuditQuery.entity("apprentice:" + amina.id().value()));
      AuditEvent event = events.get(events.size() - 1);
      assertThat(event.action()).isEqualTo(MeritPortfolio.ACTION);
      assertThat(event.actor()).isEqualTo("tester");
      assertThat(event.detail()).isPresent();
      assertThat(event.detail().get())
          .contains(
              "\"sha256\":\"" + sha256(pdf) + "\"",
              "\"apprentice\":\"" + amina.id() + "\"",
              "\"file\":\"meritportfolj.pdf\"")
          .doesNotContain("Amina");
      assertThat(ws.verifyAudit().intact()).isTrue();

      // English first: the same facts, the English label before the Swedish one.
      byte[] english = MeritPortfolio.render(ws, amina.id(), Locale.ENGLISH);
      String en = String.join(" ", pageTexts(english));
      assertThat(en)
          .contains(
              "Participant · Deltagare",
              "EQF level · EQF-nivå 3",
              "Certificate · Intyg " + valid.value(),
              "Amina Öberg-Hassan");
      assertThat(en.indexOf("Merit portfolio")).isLessThan(en.indexOf("Meritportfölj"));
      assertThat(VeraPdf.pdfa3bFailures(english)).isEmpty();
    }
  }

  @Test
  void refusedForAnErasedApprenticeAndForOneWhoAchievedNothingAndUnknownIsAnError()
      throws Exception {
    Programme p = new Programme(Engine.SQLITE, dir);
    try (Workspace ws = p.ws) {
      CourseUnit shop = LearnerFixtures.unit("HS-TEST-01", 1);
      p.approved(shop);
      Apprentice sara = LearnerFixtures.apprentice(ws, "Sara", "Lindgren");
      Apprentice elin = LearnerFixtures.apprentice(ws, "Elin", "Åkesson");
      p.achieve(sara, shop);
      p.certify(sara);
      assertThat(MeritPortfolio.render(ws, sara.id(), Message.SWEDISH)).isNotEmpty();
      ws.store().write("coordinator", tx -> EvidenceRecords.eraseApprentice(tx, sara.id()));
      p.begin(elin, shop);
      long events = ws.store().auditLog(AuditQuery.ALL).size();
      Path out = dir.resolve("out/portfolio.pdf");

      assertThatThrownBy(() -> MeritPortfolio.write(ws, "tester", sara.id(), out, Locale.ENGLISH))
          .isInstanceOfSatisfying(
              RefusedException.class,
              e -> {
                assertThat(e.problems())
                    .singleElement()
                    .satisfies(pr -> assertThat(pr.message().key()).isEqualTo("portfolio.erased"));
                assertThat(e.describe(Locale.ENGLISH))
                    .contains(sara.id().toString(), "erased")
                    .doesNotContain("Sara");
                assertThat(e.describe(Message.SWEDISH)).contains(sara.id().toString(), "raderades");
              });
      assertThatThrownBy(() -> MeritPortfolio.write(ws, "tester", elin.id(), out, Locale.ENGLISH))
          .isInstanceOfSatisfying(
              RefusedException.class,
              e -> {
                assertThat(e.problems())
                    .singleElement()
                    .satisfies(
                        pr ->
                            assertThat(pr.message().key()).isEqualTo("portfolio.nothingAchieved"));
                assertThat(e.describe(Locale.ENGLISH))
                    .contains(
                        elin.id().toString(),
                        "has not achieved a unit",
                        "ocn progress " + elin.id());
              });
      assertThatThrownBy(() -> MeritPortfolio.render(ws, elin.id(), Message.SWEDISH))
          .isInstanceOf(RefusedException.class);
      ApprenticeId unknown = new ApprenticeId(elin.id().value() + 100);
      assertThatThrownBy(() -> MeritPortfolio.write(ws, "tester", unknown, out, Locale.ENGLISH))
          .isInstanceOfSatisfying(
              InvalidInputException.class,
              e -> assertThat(e.describe(Locale.ENGLISH)).contains(unknown.toString()));
      // Nothing written, nothing recorded.
      assertThat(out).doesNotExist();
      assertThat(out.getParent()).doesNotExist();
      assertThat(ws.store().auditLog(AuditQuery.ALL)).hasSize((int) events);
    }
  }

  @Test
  void aLongPortfolioContinuesOverPagesWithoutLosingAUnit() throws Exception {
    Programme p = new Programme(Engine.SQLITE, dir);
    try (Workspace ws = p.ws) {
      Arena[] arenas = Arena.values();
      List<CourseUnit> units = new ArrayList<>();
      for (int i = 1; i <= 14; i++) {
        String code = String.format("GN-LANG-%02d", i);
        units.add(
            unit(
                code,
                "Arbetsmoment " + i + " på gården",
                i % 3 == 0 ? Optional.empty() : Optional.of("Work task " + i + " on the farm"),
                arenas[i % arenas.length],
                1 + i % 8,
                1 + i % 6));
      }
      units.forEach(p::approved);
      Apprentice noa = LearnerFixtures.apprentice(ws, "Noa", "Bergkvist");
      Map<CourseUnit, LocalDate> achieved = new LinkedHashMap<>();
      // Achieved in an order other than the codes': the portfolio lists them by date.
      for (int i : new int[] {5, 0, 13, 7, 2, 11, 9, 1, 12, 4, 8, 3, 10, 6}) {
        achieved.put(units.get(i), p.achieve(noa, units.get(i)));
      }
      CertificateCode code = p.certify(noa);

      Path out = dir.resolve("long.pdf");
      WrittenPortfolio written = MeritPortfolio.write(ws, "tester", noa.id(), out, Locale.ENGLISH);

      List<CourseUnit> order = List.copyOf(achieved.keySet());
      assertThat(written.units())
          .containsExactlyElementsOf(order.stream().map(CourseUnit::ref).toList());
      int credits = units.stream().mapToInt(CourseUnit::credits).sum();
      assertThat(written.credits()).isEqualTo(credits);
      byte[] pdf = Files.readAllBytes(out);
      pdfA(pdf);
      List<String> pages = pageTexts(pdf);
      assertThat(pages).hasSizeGreaterThanOrEqualTo(4);
      String text = String.join(" ", pages);
      assertThat(text)
          .contains(
              "14 units achieved, "
                  + credits
                  + " credits in all · 14"
                  + " kursenheter uppnådda, "
                  + credits
                  + " poäng totalt");
      List<String> sections = sections(text, order);
      for (int i = 0; i < order.size(); i++) {
        CourseUnit u = order.get(i);
        String s = sections.get(i);
        assertThat(s)
            .startsWith(u.code().value() + " " + u.titleSv())
            .contains(
                "EQF level · EQF-nivå " + u.level().value(),
                "Credits · Poäng "
                    + u.credits()
                    + " ("
                    + u.notionalHours()
                    + " hours) · "
                    + u.credits()
                    + " ("
                    + u.notionalHours()
                    + " timmar)",
                "Achieved · Uppnådd " + achieved.get(u),
                "Certificate · Intyg " + code.value());
        for (LearningOutcome o : u.outcomes()) {
          assertThat(s).contains(o.id() + " " + o.statement());
          for (AssessmentCriterion c : o.criteria()) {
            assertThat(s).contains(c.id() + " " + c.text());
          }
        }
      }
      for (int i = 0; i < pages.size(); i++) {
        assertThat(pages.get(i)).contains("page " + (i + 1) + " of " + pages.size());
      }
      // Each unit's heading is drawn once: none repeated, none cut off between pages.
      for (CourseUnit u : units) {
        String heading = u.code().value() + " " + u.titleSv();
        assertThat(text.indexOf(heading)).isEqualTo(text.lastIndexOf(heading));
      }
    }
  }

  // Reading the PDF back ----------------------------------------------------------------------

  /** The text of each page, whitespace runs as one space. */
  private static List<String> pageTexts(byte[] pdf) throws Exception {
    List<String> pages = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      for (int i = 1; i <= doc.getNumberOfPages(); i++) {
        stripper.setStartPage(i);
        stripper.setEndPage(i);
        pages.add(stripper.getText(doc).replaceAll("\\s+", " ").strip());
      }
    }
    return pages;
  }

  /**
   * The text of each unit, from its heading (code and Swedish title) to the next unit's heading or
   * to the list of certificates; fails when a heading is missing or out of order.
   */
  private static List<String> sections(String text, List<CourseUnit> units) {
    List<Integer> starts = new ArrayList<>();
    for (CourseUnit u : units) {
      int at = text.indexOf(u.code().value() + " " + u.titleSv());
      assertThat(at).as("heading of " + u.ref()).isNotNegative();
      starts.add(at);
    }
    assertThat(starts).isSorted();
    int end =
        Math.max(
            text.lastIndexOf("Intyg · Certificates held"),
            text.lastIndexOf("Certificates held · Intyg"));
    assertThat(end).isGreaterThan(starts.get(starts.size() - 1));
    starts.add(end);
    List<String> sections = new ArrayList<>();
    for (int i = 0; i < units.size(); i++) {
      sections.add(text.substring(starts.get(i), starts.get(i + 1)));
    }
    return sections;
  }

  /**
   * PDF/A-3b: veraPDF finds nothing, and, looked at directly, the XMP says part 3 conformance B,
   * the output intent is sRGB, and every font on every page is embedded.
   */
  private static void pdfA(byte[] pdf) throws Exception {
    assertThat(VeraPdf.pdfa3bFailures(pdf)).isEmpty();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      XMPMetadata xmp =
          new DomXmpParser().parse(doc.getDocumentCatalog().getMetadata().toByteArray());
      PDFAIdentificationSchema id = xmp.getPDFAIdentificationSchema();
      assertThat(id).isNotNull();
      assertThat(id.getPart()).isEqualTo(3);
      assertThat(id.getConformance()).isEqualTo("B");
      List<PDOutputIntent> intents = doc.getDocumentCatalog().getOutputIntents();
      assertThat(intents).hasSize(1);
      PDOutputIntent intent = intents.get(0);
      assertThat(intent.getCOSObject().getCOSName(COSName.S))
          .isEqualTo(COSName.getPDFName("GTS_PDFA1"));
      assertThat(intent.getOutputConditionIdentifier()).contains("sRGB");
      ICC_Profile icc;
      try (var in = intent.getDestOutputIntent().createInputStream()) {
        icc = ICC_Profile.getInstance(in.readAllBytes());
      }
      assertThat(icc.getColorSpaceType()).isEqualTo(ColorSpace.TYPE_RGB);
      int fonts = 0;
      for (PDPage page : doc.getPages()) {
        fonts += embeddedFonts(page.getResources());
      }
      assertThat(fonts).isPositive();
    }
  }

  /** Counts the fonts of {@code resources} and its forms, requiring each to be embedded. */
  private static int embeddedFonts(PDResources resources) throws Exception {
    if (resources == null) {
      return 0;
    }
    int n = 0;
    for (COSName name : resources.getFontNames()) {
      PDFont font = resources.getFont(name);
      assertThat(font.isEmbedded()).as(font.getName()).isTrue();
      n++;
    }
    for (COSName name : resources.getXObjectNames()) {
      PDXObject x = resources.getXObject(name);
      if (x instanceof PDFormXObject form) {
        n += embeddedFonts(form.getResources());
      }
    }
    return n;
  }

  private static String sha256(byte[] content) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
  }
}
