package org.ocnkit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.apache.poi.ss.formula.ConditionalFormattingEvaluator;
import org.apache.poi.ss.formula.EvaluationConditionalFormatRule;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ocnkit.Message;
import org.ocnkit.evidence.CriterionStatus;
import org.ocnkit.evidence.EvidenceItem;
import org.ocnkit.evidence.EvidenceRecords;
import org.ocnkit.evidence.EvidenceService;
import org.ocnkit.evidence.EvidenceSignOff;
import org.ocnkit.evidence.Judgement;
import org.ocnkit.evidence.NewEvidence;
import org.ocnkit.learner.Apprentice;
import org.ocnkit.learner.ApprenticeId;
import org.ocnkit.learner.Enrolment;
import org.ocnkit.learner.testing.LearnerFixtures;
import org.ocnkit.learner.testing.TestApprovals;
import org.ocnkit.store.AuditEvent;
import org.ocnkit.store.AuditQuery;
import org.ocnkit.store.Workspace;
import org.ocnkit.store.testing.Engine;
import org.ocnkit.store.testing.OnEveryEngine;
import org.ocnkit.store.testing.TestClock;
import org.ocnkit.store.testing.TestWorkspaces;
import org.ocnkit.unit.AssessmentCriterion;
import org.ocnkit.unit.AssessmentMethod;
import org.ocnkit.unit.CourseUnit;
import org.ocnkit.unit.CriterionId;
import org.ocnkit.unit.UnitRef;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTDxf;

/**
 * The progress workbook read back with POI against what the test itself recorded: a programme of
 * apprentices on three unit versions (two versions of one code), every criterion given a status the
 * test chose (met, recorded and awaiting the assessor, not yet, no evidence) through evidence items
 * and sign-offs, some units achieved, one apprentice on nothing and one erased at the end. Every
 * apprentice and enrolment must be in the workbook with the status, share and achievement the test
 * knows; the colours a reader sees (POI's own evaluation of the conditional formats) must follow
 * the statuses; headers are frozen, every data sheet is filtered, nothing evaluates to an error;
 * names appear only when asked for, never an erased one; the audit event holds the file's SHA-256.
 */
class ProgressWorkbookTest {
  private static final Map<CriterionStatus, String> ENGLISH =
      Map.of(
          CriterionStatus.MET, "met",
          CriterionStatus.CLAIMED, "recorded, awaiting assessor",
          CriterionStatus.NOT_YET, "not yet",
          CriterionStatus.NO_EVIDENCE, "no evidence");
  private static final Map<CriterionStatus, String> SWEDISH =
      Map.of(
          CriterionStatus.MET, "uppnått",
          CriterionStatus.CLAIMED, "dokumenterat, väntar på bedömare",
          CriterionStatus.NOT_YET, "inte än",
          CriterionStatus.NO_EVIDENCE, "inget underlag");
  private static final String GREEN = "C6EFCE";
  private static final String AMBER = "FFEB9C";
  private static final String RED = "FFC7CE";

  private static final String[][] NAMES = {
    {"Amina", "Qureshi"},
    {"Johan", "Wikström"},
    {"Sara", "Lindgren"},
    {"Ahmad", "Karimzadeh"},
    {"Elin", "Åkesson"},
    {"Mehmet", "Yıldız"},
    {"Noa", "Bergkvist"},
    {"Fatima", "Osmanovic"},
    {"Tiina", "Mäkelä"},
    {"Daniel", "Ström"},
    {"Lina", "Haddad"}
  };

  @TempDir Path dir;

  /** One apprentice as the test knows them. */
  record Person(ApprenticeId id, String first, String last, boolean erased) {
    String name() {
      return first + " " + last;
    }
  }

  /** One enrolment: the status the test gave each criterion, and the achievement date. */
  record Recorded(
      ApprenticeId apprentice,
      UnitRef unit,
      List<CriterionId> criteria,
      List<CriterionStatus> statuses,
      Optional<LocalDate> achieved) {
    long met() {
      return statuses.stream().filter(s -> s == CriterionStatus.MET).count();
    }

    double share() {
      return (double) met() / statuses.size();
    }
  }

  /** The programme and what the test recorded in it. */
  static final class Programme {
    Workspace ws;
    final Map<UnitRef, CourseUnit> units = new TreeMap<>();
    final List<Person> people = new ArrayList<>();
    final List<Recorded> enrolments = new ArrayList<>();

    List<Recorded> on(UnitRef unit) {
      return enrolments.stream()
          .filter(r -> r.unit().equals(unit))
          .sorted((a, b) -> Long.compare(a.apprentice().value(), b.apprentice().value()))
          .toList();
    }

    Optional<Recorded> find(ApprenticeId a, UnitRef unit) {
      return enrolments.stream()
          .filter(r -> r.apprentice().equals(a) && r.unit().equals(unit))
          .findFirst();
    }
  }

  @OnEveryEngine
  void everyApprenticeAndCriterionIsShownWithItsStatusColourFilterAndAuditEvent(Engine engine)
      throws Exception {
    Programme p = build(engine, 20260915L);
    try (Workspace ws = p.ws) {
      // The fixture must hold every case the workbook distinguishes, or the test proves little.
      Set<CriterionStatus> seen = EnumSet.noneOf(CriterionStatus.class);
      p.enrolments.forEach(r -> seen.addAll(r.statuses()));
      assertThat(seen).containsExactlyInAnyOrder(CriterionStatus.values());
      assertThat(p.enrolments)
          .anyMatch(r -> r.achieved().isPresent())
          .anyMatch(r -> r.met() == r.statuses().size() && r.achieved().isEmpty())
          .anyMatch(r -> r.met() == 0)
          .anyMatch(r -> r.met() > 0 && r.share() < 1);
      assertThat(p.people)
          .anyMatch(Person::erased)
          .anyMatch(x -> p.enrolments.stream().noneMatch(r -> r.apprentice().equals(x.id())));

      Path anonymous = dir.resolve("out/progress.xlsx");
      WrittenProgress written =
          ProgressWorkbook.write(ws, "tester", anonymous, Locale.ENGLISH, false);
      assertThat(written.file()).isEqualTo(anonymous.toAbsolutePath().normalize());
      assertThat(written.apprentices()).isEqualTo(p.people.size());
      assertThat(written.enrolments()).isEqualTo(p.enrolments.size());
      assertThat(written.units()).containsExactlyElementsOf(p.units.keySet());
      assertThat(written.names()).isFalse();
      check(p, anonymous, false, Locale.ENGLISH);

      Path named = dir.resolve("out/progress-names.xlsx");
      assertThat(ProgressWorkbook.write(ws, "tester", named, Locale.ENGLISH, true).names())
          .isTrue();
      check(p, named, true, Locale.ENGLISH);

      Path swedish = dir.resolve("out/framsteg.xlsx");
      ProgressWorkbook.write(ws, "tester", swedish, Message.SWEDISH, true);
      check(p, swedish, true, Message.SWEDISH);

      // One audit event per workbook, naming it with the hash of the bytes written.
      List<AuditEvent> events = ws.store().auditLog(AuditQuery.entity("report:progress"));
      assertThat(events).hasSize(3);
      List<Path> files = List.of(anonymous, named, swedish);
      for (int i = 0; i < 3; i++) {
        AuditEvent e = events.get(i);
        assertThat(e.action()).isEqualTo(ProgressWorkbook.ACTION);
        assertThat(e.actor()).isEqualTo("tester");
        assertThat(e.detail()).isPresent();
        assertThat(e.detail().get())
            .contains("\"sha256\":\"" + sha256(files.get(i)) + "\"")
            .contains("\"file\":\"" + files.get(i).getFileName() + "\"")
            .contains("\"names\":\"" + (i > 0) + "\"");
        for (Person x : p.people) {
          assertThat(e.detail().orElseThrow()).doesNotContain(x.last());
        }
      }
      assertThat(ws.verifyAudit().intact()).isTrue();
    }
  }

  /** Other programmes from other seeds: the statuses differ, the workbook still tells them. */
  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1L, 77L, 4242L})
  void otherProgrammesAreShownAsRecorded(long seed) throws Exception {
    Programme p = build(Engine.SQLITE, seed);
    try (Workspace ws = p.ws) {
      Path out = dir.resolve("out/progress-" + seed + ".xlsx");
      boolean names = seed % 2 == 0;
      ProgressWorkbook.write(ws, "tester", out, Locale.ENGLISH, names);
      check(p, out, names, Locale.ENGLISH);
    }
  }

  @Test
  void aLongUnitCodeIsShortenedInItsSheetNameButTheVersionIsKept() throws Exception {
    TestClock clock = new TestClock();
    try (Workspace ws = TestWorkspaces.create(Engine.SQLITE, dir.resolve("ws"), clock)) {
      String code = "HANDEL-SERVICE-KUNDMOTE-KASSA1"; // 30 characters, the longest code allowed
      List<UnitRef> refs = new ArrayList<>();
      for (int v = 1; v <= 2; v++) {
        refs.add(
            LearnerFixtures.importUnit(ws, dir.resolve("units"), LearnerFixtures.unit(code, v)));
        TestApprovals.approve(ws.store(), refs.get(v - 1));
      }
      LearnerFixtures.placementAndAssessor(ws);
      Apprentice a = LearnerFixtures.apprentice(ws, "Amina", "Qureshi");
      refs.forEach(r -> LearnerFixtures.enrol(ws, a, r));
      Path out = dir.resolve("progress.xlsx");
      ProgressWorkbook.write(ws, "tester", out, Locale.ENGLISH, false);
      try (InputStream in = Files.newInputStream(out);
          XSSFWorkbook wb = new XSSFWorkbook(in)) {
        assertThat(wb.getSheetName(1)).isEqualTo(code.substring(0, 29) + "@1");
        assertThat(wb.getSheetName(2)).isEqualTo(code.substring(0, 29) + "@2");
        assertThat(texts(wb.getSheetAt(0).getRow(0))).contains(code + "@1", code + "@2");
        for (int s = 1; s <= 2; s++) {
          assertThat(texts(wb.getSheetAt(s).getRow(1))).startsWith("A" + a.id().value());
        }
      }
    }
  }

  // The programme ---------------------------------------------------------------------------

  private Programme build(Engine engine, long seed) {
    Random random = new Random(seed);
    TestClock clock = new TestClock();
    Programme p = new Programme();
    p.ws = TestWorkspaces.create(engine, dir.resolve("ws"), clock);
    for (CourseUnit u :
        List.of(
            LearnerFixtures.unit("HS-TEST-01", 1),
            LearnerFixtures.unit("HS-TEST-01", 2),
            ReportFixture.largeUnit())) {
      LearnerFixtures.importUnit(p.ws, dir.resolve("units"), u);
      TestApprovals.approve(p.ws.store(), u.ref());
      p.units.put(u.ref(), u);
    }
    LearnerFixtures.placementAndAssessor(p.ws);
    List<UnitRef> refs = List.copyOf(p.units.keySet());
    List<Apprentice> added = new ArrayList<>();
    for (String[] n : NAMES) {
      added.add(LearnerFixtures.apprentice(p.ws, n[0], n[1]));
    }
    int k = 0;
    for (int i = 0; i < added.size(); i++) {
      if (i == 4) {
        continue; // on no unit: a row in the overview with nothing in it
      }
      for (UnitRef ref : refs) {
        if (i % 3 != refs.indexOf(ref) && random.nextInt(3) == 0) {
          continue;
        }
        clock.advance(Period.ofDays(1));
        p.enrolments.add(enrolAndRecord(p, added.get(i), ref, k++, random));
      }
    }
    for (int i = 0; i < added.size(); i++) {
      Apprentice a = added.get(i);
      boolean erase = i == 6;
      if (erase) {
        clock.advance(Period.ofDays(3));
        p.ws.store().write("coordinator", tx -> EvidenceRecords.eraseApprentice(tx, a.id()));
      }
      p.people.add(new Person(a.id(), NAMES[i][0], NAMES[i][1], erase));
    }
    return p;
  }

  /**
   * Enrols {@code a} on {@code ref} and records evidence so that each criterion ends in a status
   * the test chose: met (signed off, judged met), claimed (recorded, met or no claim, not signed
   * off), not yet (judged not yet, or claimed not yet and not signed off), no evidence.
   */
  private Recorded enrolAndRecord(Programme p, Apprentice a, UnitRef ref, int k, Random random) {
    CourseUnit unit = p.units.get(ref);
    Enrolment e = LearnerFixtures.enrol(p.ws, a, ref);
    List<CriterionId> ids = unit.criteria().stream().map(AssessmentCriterion::id).toList();
    List<CriterionStatus> statuses = new ArrayList<>();
    boolean allMet = k % 3 == 0;
    for (int c = 0; c < ids.size(); c++) {
      statuses.add(
          allMet
              ? CriterionStatus.MET
              : k % 7 == 1
                  ? CriterionStatus.NO_EVIDENCE
                  : CriterionStatus.values()[random.nextInt(4)]);
    }
    Map<CriterionStatus, List<CriterionId>> by = new LinkedHashMap<>();
    for (int c = 0; c < ids.size(); c++) {
      by.computeIfAbsent(statuses.get(c), s -> new ArrayList<>()).add(ids.get(c));
    }
    LocalDate today = p.ws.store().read(tx -> tx.today());
    if (by.containsKey(CriterionStatus.MET)) {
      EvidenceItem met =
          item(
              p,
              e,
              by.get(CriterionStatus.MET),
              Optional.of(Judgement.MET),
              today,
              "Handledaren såg momentet utföras.");
      new EvidenceService(p.ws)
          .signOff(
              "karin",
              new EvidenceSignOff(
                  List.of(met.id()),
                  Optional.empty(),
                  LearnerFixtures.ASSESSOR,
                  Set.of(),
                  Set.of(),
                  true));
    }
    if (by.containsKey(CriterionStatus.NOT_YET)) {
      List<CriterionId> notYet = by.get(CriterionStatus.NOT_YET);
      if (random.nextBoolean()) {
        EvidenceItem judged = item(p, e, notYet, Optional.empty(), today, "Första försöket.");
        new EvidenceService(p.ws)
            .signOff(
                "karin",
                new EvidenceSignOff(
                    List.of(judged.id()),
                    Optional.empty(),
                    LearnerFixtures.ASSESSOR,
                    Set.of(),
                    Set.copyOf(notYet),
                    false));
      } else {
        item(p, e, notYet, Optional.of(Judgement.NOT_YET), today, "Behöver öva mer.");
      }
    }
    if (by.containsKey(CriterionStatus.CLAIMED)) {
      item(
          p,
          e,
          by.get(CriterionStatus.CLAIMED),
          random.nextBoolean() ? Optional.of(Judgement.MET) : Optional.empty(),
          today,
          "Handledaren berättar om veckan.");
    }
    Optional<LocalDate> achieved = Optional.empty();
    if (allMet && k % 2 == 0) {
      achieved =
          Optional.of(
              new EvidenceService(p.ws)
                  .signOffUnit("karin", e.id(), LearnerFixtures.ASSESSOR)
                  .achievedOn());
      assertThat(achieved).contains(today);
    }
    return new Recorded(a.id(), ref, ids, List.copyOf(statuses), achieved);
  }

  private static EvidenceItem item(
      Programme p,
      Enrolment e,
      List<CriterionId> criteria,
      Optional<Judgement> claim,
      LocalDate date,
      String description) {
    NewEvidence.Builder b =
        NewEvidence.builder()
            .enrolment(e.id())
            .date(date)
            .method(AssessmentMethod.OBSERVATION)
            .description(description)
            .criteria(criteria)
            .recordedBy(LearnerFixtures.SUPERVISOR);
    claim.ifPresent(b::claim);
    return new EvidenceService(p.ws).add("coordinator", b.build());
  }

  // Reading the workbook back ---------------------------------------------------------------

  private static void check(Programme p, Path file, boolean names, Locale locale) throws Exception {
    boolean sv = locale.getLanguage().equals("sv");
    Map<CriterionStatus, String> words = sv ? SWEDISH : ENGLISH;
    try (InputStream in = Files.newInputStream(file);
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      XSSFFormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
      noErrors(wb, evaluator);
      fillsAreOpaqueArgb(wb);
      ConditionalFormattingEvaluator colours = new ConditionalFormattingEvaluator(wb, evaluator);
      List<String> sheets = new ArrayList<>();
      wb.forEach(s -> sheets.add(s.getSheetName()));
      List<String> expectedSheets = new ArrayList<>();
      expectedSheets.add(sv ? "Översikt" : "Overview");
      p.units.keySet().forEach(u -> expectedSheets.add(u.code().value() + "@" + u.version()));
      expectedSheets.add(sv ? "Om arbetsboken" : "About");
      assertThat(sheets).containsExactlyElementsOf(expectedSheets);
      int labels = names ? 2 : 1;

      XSSFSheet overview = wb.getSheetAt(0);
      List<String> header = new ArrayList<>();
      header.add(sv ? "Deltagare" : "Apprentice");
      if (names) {
        header.add(sv ? "Namn" : "Name");
      }
      p.units.keySet().forEach(u -> header.add(u.toString()));
      header.add(sv ? "Uppnådda kursenheter" : "Units achieved");
      assertThat(texts(overview.getRow(0))).containsExactlyElementsOf(header);
      assertThat(overview.getLastRowNum()).isEqualTo(p.people.size());
      for (int i = 0; i < p.people.size(); i++) {
        Person x = p.people.get(i);
        Row row = overview.getRow(i + 1);
        assertThat(row.getCell(0).getStringCellValue()).isEqualTo("A" + x.id().value());
        if (names) {
          assertThat(row.getCell(1).getStringCellValue())
              .isEqualTo(x.erased() ? (sv ? "(raderad)" : "(erased)") : x.name());
        }
        int c = labels;
        for (UnitRef u : p.units.keySet()) {
          Cell cell = row.getCell(c++);
          Optional<Recorded> r = p.find(x.id(), u);
          String where = "Overview " + x.id() + " " + u;
          if (r.isEmpty()) {
            assertThat(cell == null || cell.getCellType() == CellType.BLANK).as(where).isTrue();
            assertThat(colourOf(colours, cell, overview, i + 1, c - 1)).as(where).isEmpty();
          } else {
            assertThat(cell.getCellType()).as(where).isEqualTo(CellType.NUMERIC);
            assertThat(cell.getNumericCellValue())
                .as(where)
                .isCloseTo(r.get().share(), within(1e-9));
            assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("0%");
            String expected = r.get().share() >= 1 ? GREEN : r.get().met() == 0 ? RED : AMBER;
            assertThat(colourOf(colours, cell, overview, i + 1, c - 1))
                .as(where)
                .containsExactly(expected);
          }
        }
        long achieved =
            p.enrolments.stream()
                .filter(r -> r.apprentice().equals(x.id()) && r.achieved().isPresent())
                .count();
        assertThat(row.getCell(c).getNumericCellValue())
            .as("achieved by " + x.id())
            .isEqualTo(achieved);
        for (int k = 0; k < labels; k++) {
          assertThat(colourOf(colours, row.getCell(k), overview, i + 1, k)).isEmpty();
        }
      }
      frozenAndFiltered(overview, labels, p.people.size(), header.size() - 1);

      for (UnitRef u : p.units.keySet()) {
        XSSFSheet sheet = wb.getSheet(u.toString());
        CourseUnit unit = p.units.get(u);
        List<String> columns = new ArrayList<>(header.subList(0, labels));
        columns.addAll(
            sv
                ? List.of(
                    "Praktikplats", "Bedömare", "Uppnådda kriterier", "Kriterier", "Uppnådd den")
                : List.of("Placement", "Assessor", "Criteria met", "Criteria", "Achieved on"));
        int first = columns.size();
        unit.criteria().forEach(c -> columns.add(c.id() + " " + c.text()));
        assertThat(texts(sheet.getRow(0))).containsExactlyElementsOf(columns);
        List<Recorded> enrolled = p.on(u);
        assertThat(enrolled).isNotEmpty();
        assertThat(sheet.getLastRowNum()).as(u.toString()).isEqualTo(enrolled.size());
        for (int i = 0; i < enrolled.size(); i++) {
          Recorded r = enrolled.get(i);
          Person x =
              p.people.stream()
                  .filter(y -> y.id().equals(r.apprentice()))
                  .findFirst()
                  .orElseThrow();
          Row row = sheet.getRow(i + 1);
          String where = u + " " + x.id();
          assertThat(row.getCell(0).getStringCellValue()).as(where).isEqualTo("A" + x.id().value());
          if (names) {
            assertThat(row.getCell(1).getStringCellValue())
                .as(where)
                .isEqualTo(x.erased() ? (sv ? "(raderad)" : "(erased)") : x.name());
          }
          assertThat(row.getCell(labels).getStringCellValue())
              .isEqualTo(LearnerFixtures.PLACEMENT.value());
          assertThat(row.getCell(labels + 1).getStringCellValue())
              .isEqualTo(LearnerFixtures.ASSESSOR.value());
          assertThat(row.getCell(labels + 2).getNumericCellValue()).as(where).isEqualTo(r.met());
          assertThat(row.getCell(labels + 3).getNumericCellValue())
              .as(where)
              .isEqualTo(unit.criteria().size());
          Cell achieved = row.getCell(labels + 4);
          assertThat(achieved == null ? "" : achieved.getStringCellValue())
              .as(where)
              .isEqualTo(r.achieved().map(LocalDate::toString).orElse(""));
          for (int c = 0; c < r.criteria().size(); c++) {
            CriterionStatus status = r.statuses().get(c);
            Cell cell = row.getCell(first + c);
            String at = where + " " + r.criteria().get(c);
            assertThat(cell.getStringCellValue()).as(at).isEqualTo(words.get(status));
            String colour =
                switch (status) {
                  case MET -> GREEN;
                  case CLAIMED, NOT_YET -> AMBER;
                  case NO_EVIDENCE -> RED;
                };
            assertThat(colourOf(colours, cell, sheet, i + 1, first + c))
                .as(at)
                .containsExactly(colour);
          }
          for (int c = 0; c < first; c++) {
            assertThat(colourOf(colours, row.getCell(c), sheet, i + 1, c)).as(where).isEmpty();
          }
        }
        for (int c = 0; c < columns.size(); c++) {
          assertThat(colourOf(colours, sheet.getRow(0).getCell(c), sheet, 0, c)).isEmpty();
        }
        frozenAndFiltered(sheet, labels, enrolled.size(), columns.size() - 1);
        rulesPerColour(sheet);
      }

      XSSFSheet about = wb.getSheetAt(wb.getNumberOfSheets() - 1);
      StringBuilder text = new StringBuilder();
      about.forEach(row -> text.append(texts(row)).append('\n'));
      assertThat(text)
          .contains(
              sv ? "Framsteg per deltagare och kursenhet" : "Progress by apprentice and unit",
              "Testkommunen");
      words.values().forEach(w -> assertThat(text).contains(w));

      // Names: none without asking; never an erased one.
      for (Sheet sheet : wb) {
        for (Row row : sheet) {
          for (Cell cell : row) {
            if (cell.getCellType() != CellType.STRING) {
              continue;
            }
            for (Person x : p.people) {
              if (!names || x.erased()) {
                assertThat(cell.getStringCellValue())
                    .as(sheet.getSheetName() + "!" + cell.getAddress())
                    .doesNotContain(x.first())
                    .doesNotContain(x.last());
              }
            }
          }
        }
      }
      assertThat(wb.getNumberOfSheets()).isEqualTo(p.units.size() + 2);
    }
  }

  /** Evaluates every formula (the cells and the conditional formats) and finds no error. */
  private static void noErrors(XSSFWorkbook wb, XSSFFormulaEvaluator evaluator) {
    evaluator.evaluateAll();
    int cells = 0;
    for (Sheet sheet : wb) {
      for (Row row : sheet) {
        for (Cell cell : row) {
          cells++;
          String at = sheet.getSheetName() + "!" + cell.getAddress();
          if (cell.getCellType() == CellType.FORMULA) {
            assertThat(evaluator.evaluate(cell).getCellType()).as(at).isNotEqualTo(CellType.ERROR);
          }
          assertThat(cell.getCellType()).as(at).isNotEqualTo(CellType.ERROR);
        }
      }
    }
    assertThat(cells).isPositive();
  }

  /**
   * The fill colours (RGB hex) of the conditional formats that apply to a cell, as POI evaluates
   * them; a missing cell is evaluated as blank.
   */
  private static List<String> colourOf(
      ConditionalFormattingEvaluator colours, Cell cell, XSSFSheet sheet, int row, int column) {
    Cell target =
        cell != null
            ? cell
            : sheet.getRow(row) == null
                ? sheet.createRow(row).createCell(column)
                : sheet.getRow(row).createCell(column);
    List<String> fills = new ArrayList<>();
    colours.clearAllCachedValues();
    for (EvaluationConditionalFormatRule r : colours.getConditionalFormattingForCell(target)) {
      XSSFColor fill = (XSSFColor) r.getRule().getPatternFormatting().getFillBackgroundColorColor();
      fills.add(HexFormat.of().withUpperCase().formatHex(fill.getRGB()));
    }
    return fills;
  }

  /**
   * Every fill of a conditional format is an opaque ARGB colour, four bytes as the schema's
   * ST_UnsignedIntHex wants (Excel writes FFC6EFCE; a reader may drop a three-byte C6EFCE).
   */
  private static void fillsAreOpaqueArgb(XSSFWorkbook wb) {
    CTDxf[] dxfs = wb.getStylesSource().getCTStylesheet().getDxfs().getDxfArray();
    assertThat(dxfs).isNotEmpty();
    for (CTDxf dxf : dxfs) {
      byte[] argb = dxf.getFill().getPatternFill().getBgColor().getRgb();
      assertThat(argb).hasSize(4);
      assertThat(argb[0]).isEqualTo((byte) 0xFF);
    }
  }

  /** Each colour comes from its own rules; green, amber and red are all there. */
  private static void rulesPerColour(XSSFSheet sheet) {
    var cf = sheet.getSheetConditionalFormatting();
    Set<String> fills = new LinkedHashSet<>();
    for (int i = 0; i < cf.getNumConditionalFormattings(); i++) {
      var formatting = cf.getConditionalFormattingAt(i);
      for (int k = 0; k < formatting.getNumberOfRules(); k++) {
        ConditionalFormattingRule rule = formatting.getRule(k);
        XSSFColor fill = (XSSFColor) rule.getPatternFormatting().getFillBackgroundColorColor();
        fills.add(HexFormat.of().withUpperCase().formatHex(fill.getRGB()));
      }
    }
    assertThat(fills).containsExactlyInAnyOrder(GREEN, AMBER, RED);
  }

  private static void frozenAndFiltered(XSSFSheet sheet, int labels, int rows, int lastColumn) {
    PaneInformation pane = sheet.getPaneInformation();
    assertThat(pane).as(sheet.getSheetName()).isNotNull();
    assertThat(pane.isFreezePane()).as(sheet.getSheetName()).isTrue();
    assertThat(pane.getHorizontalSplitPosition()).as("rows frozen").isEqualTo((short) 1);
    assertThat(pane.getHorizontalSplitTopRow()).isEqualTo((short) 1);
    assertThat(pane.getVerticalSplitPosition()).as("columns frozen").isEqualTo((short) labels);
    assertThat(sheet.getCTWorksheet().isSetAutoFilter()).as(sheet.getSheetName()).isTrue();
    assertThat(sheet.getCTWorksheet().getAutoFilter().getRef())
        .as(sheet.getSheetName())
        .isEqualTo(new CellRangeAddress(0, rows, 0, lastColumn).formatAsString());
  }

  private static List<String> texts(Row row) {
    List<String> texts = new ArrayList<>();
    if (row == null) {
      return texts;
    }
    for (int c = 0; c < row.getLastCellNum(); c++) {
      texts.add(WorkbookTables.text(row.getCell(c)));
    }
    return texts;
  }

  private static String sha256(Path file) throws Exception {
    return HexFormat.of()
        .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }
}
