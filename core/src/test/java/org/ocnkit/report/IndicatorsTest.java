package org.ocnkit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ocnkit.report.ReportFixture.FROM;
import static org.ocnkit.report.ReportFixture.REPORT_DATE;
import static org.ocnkit.report.ReportFixture.TO;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.ocnkit.learner.BornAbroad;
import org.ocnkit.learner.Gender;
import org.ocnkit.report.ReportFixture.Person;
import org.ocnkit.report.WorkbookTables.Shown;
import org.ocnkit.report.WorkbookTables.Table;
import org.ocnkit.store.Workspace;
import org.ocnkit.store.testing.Engine;
import org.ocnkit.store.testing.OnEveryEngine;
import org.ocnkit.store.testing.TestWorkspaces;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarSer;

/**
 * The indicator workbook against numbers the test computes itself from the raw facts of {@link
 * ReportFixture}: every cell of every table, the suppression rule (marks where they must be,
 * numbers right where shown, no total that gives a hidden number away, the same number hidden alike
 * in every table), the age at entry, the chart; then the same workbook unsuppressed, where every
 * cell must equal the computed number.
 */
class IndicatorsTest {
  private static final String PARTICIPANTS =
      "Participants: Participants who started and ended,"
          + " by gender, age at entry and country of birth";
  private static final String SECOND =
      "Participants: Participants who started and ended," + " second age grouping";
  private static final String DISABILITY =
      "Participants: Participants who started and ended," + " by disability";
  private static final String RESULTS = "Results: Units achieved, credits and qualifications";
  private static final String BY_QUALIFICATION =
      "Results: Participants who gained each qualification";
  private static final Map<String, String> QUALIFICATION_TITLES =
      Map.of(
          "KVAL-TEST-BAS",
          "Basic customer service",
          "KVAL-TEST-VARD",
          "Service and hygiene in care");
  private static final List<String> OUTCOME_TITLES =
      List.of(
          "Outcomes: Outcomes at exit, by gender",
          "Outcomes: Outcomes 28 days after exit, by gender",
          "Outcomes: Outcomes 90 days after exit, by gender",
          "Outcomes: Outcomes 6 months after exit, by gender");

  private static final String[] GENDER_LABELS = {"Women", "Men", "Non-binary", "Gender not stated"};
  private static final Gender[] GENDERS = {
    Gender.WOMAN, Gender.MAN, Gender.NON_BINARY, Gender.NOT_STATED
  };
  private static final String[] ABROAD_LABELS = {
    "Born abroad", "Born in Sweden", "Country of birth not known"
  };
  private static final BornAbroad[] ABROAD = {BornAbroad.YES, BornAbroad.NO, BornAbroad.UNKNOWN};
  private static final String[] MAIN_BANDS = {"under 18", "18\u201329", "30\u201354", "55+"};
  private static final String[] SECOND_BANDS = {"16\u201324", "25\u201364", "Other ages"};
  private static final String[] STATUS_LABELS = {
    "Work", "Studies", "Job-seeking", "Other", "Not recorded"
  };

  @TempDir Path dir;

  @OnEveryEngine
  void theWorkbookShowsEveryIndicatorComputedFromTheRawDataWithSmallCountsSuppressed(Engine engine)
      throws Exception {
    ReportFixture f = ReportFixture.build(engine, dir);
    List<Person> people = f.people;
    Path suppressed = dir.resolve("out/indicators.xlsx");
    Path exact = dir.resolve("out/indicators-exact.xlsx");
    try (Workspace ws = f.ws) {
      IndicatorReport report =
          Indicators.write(ws, "tester", ReportPeriod.of(FROM, TO), suppressed, Locale.ENGLISH);
      assertThat(report.reportDate()).isEqualTo(REPORT_DATE);
      Map<String, Table> tables = WorkbookTables.read(suppressed);
      checkEveryTable(tables, people, 5);
      checkLines(tables, 5);
      checkQualificationsInTheReport(report, people, f.flagged);
      checkConsistency(tables);
      checkSheetsAndChart(suppressed);
      assertThat(ws.verifyAudit().intact()).isTrue();
      // The report object holds the same figures as the workbook.
      Shown women =
          tables
              .get(PARTICIPANTS)
              .at(
                  tables.get(PARTICIPANTS).row("Women", "All ages"),
                  tables.get(PARTICIPANTS).column("Started / Total"));
      Figure figure = report.figure("participants", "woman/total", "started/total").orElseThrow();
      assertThat(figure.text(5)).isEqualTo(women.text());
    }
    // The same data unsuppressed: every number must be exactly the computed one.
    Files.writeString(
        f.ws.dir().resolve("ocnkit.properties"),
        "\nreport.suppressBelow=1\n",
        StandardCharsets.UTF_8,
        StandardOpenOption.APPEND);
    try (Workspace ws = TestWorkspaces.open(f.ws.dir(), f.clock)) {
      Indicators.write(ws, "tester", ReportPeriod.of(FROM, TO), exact, Locale.ENGLISH);
      Map<String, Table> tables = WorkbookTables.read(exact);
      checkEveryTable(tables, people, 1);
      birthdaysDuringTheProgrammeKeepTheEntryBand(tables, people);
      flaggedQualificationCertificatesAreNotCounted(tables, people, f.flagged);
      // Without a period, a planned end date after the report date is not an exit.
      IndicatorReport all = Indicators.compute(ws, ReportPeriod.ALL);
      long ended =
          people.stream()
              .filter(p -> p.end.isPresent() && !p.end.get().isAfter(REPORT_DATE))
              .count();
      assertThat(people.stream().filter(p -> p.end.isPresent()).count()).isGreaterThan(ended);
      assertThat(all.figure("participants", "total/total", "ended/total").orElseThrow())
          .isEqualTo(Figure.of(ended));
    }
  }

  // Expected numbers ------------------------------------------------------------------------------

  private static boolean inPeriod(LocalDate d) {
    return !d.isBefore(FROM) && !d.isAfter(TO) && !d.isAfter(REPORT_DATE);
  }

  private static boolean started(Person p) {
    return inPeriod(p.start);
  }

  private static boolean ended(Person p) {
    return p.end.isPresent() && inPeriod(p.end.get());
  }

  private static Predicate<Person> mainBand(int band) {
    return p -> {
      int age = p.ageAtEntry();
      return switch (band) {
        case 0 -> age < 18;
        case 1 -> age >= 18 && age <= 29;
        case 2 -> age >= 30 && age <= 54;
        case 3 -> age >= 55;
        default -> true;
      };
    };
  }

  private static Predicate<Person> secondBand(int band) {
    return p -> {
      int age = p.ageAtEntry();
      return switch (band) {
        case 0 -> age >= 16 && age <= 24;
        case 1 -> age >= 25 && age <= 64;
        case 2 -> age < 16 || age > 64;
        default -> true;
      };
    };
  }

  private static long count(List<Person> people, Predicate<Person> filter) {
    return people.stream().filter(filter).count();
  }

  private static long unitsInPeriod(Person p) {
    return p.units.stream().filter(u -> inPeriod(u.on())).count();
  }

  private static long creditsInPeriod(Person p) {
    return p.units.stream()
        .filter(u -> inPeriod(u.on()))
        .mapToLong(ReportFixture.Achieved::credits)
        .sum();
  }

  /** At least one valid certificate of units issued in the period (the measure before 21). */
  private static boolean certified(Person p) {
    return p.certificates.stream().anyMatch(c -> c.valid() && inPeriod(c.issued()));
  }

  /** At least one valid (not revoked, not under review) qualification certificate. */
  private static boolean qualified(Person p) {
    return p.qualifications.stream().anyMatch(q -> q.valid() && inPeriod(q.issued()));
  }

  private static boolean gained(Person p, String qualification) {
    return p.qualifications.stream()
        .anyMatch(
            q -> q.valid() && inPeriod(q.issued()) && q.qualification().equals(qualification));
  }

  // Cell checks -----------------------------------------------------------------------------------

  /**
   * A count of people shows as the number, "&lt;t" when 1 to t - 1, "0" when 0, or "x" when it is t
   * or more; a sum shows as the number or "x".
   */
  private static void expect(Shown shown, long truth, boolean people, int t, String where) {
    if (t <= 1) {
      assertThat(shown.numeric()).as(where + " is a number").isTrue();
      assertThat(shown.value()).as(where).isEqualTo(truth);
    } else if (truth == 0) {
      assertThat(shown).as(where + " (zero is shown)").isEqualTo(new Shown("0", true));
    } else if (people && truth < t) {
      assertThat(shown)
          .as(where + " (" + truth + " is suppressed)")
          .isEqualTo(new Shown("<" + t, false));
    } else if (shown.numeric()) {
      assertThat(shown.value()).as(where).isEqualTo(truth);
    } else {
      assertThat(shown.text()).as(where + " (" + truth + ")").isEqualTo("x");
    }
  }

  private void checkEveryTable(Map<String, Table> tables, List<Person> people, int t) {
    assertThat(tables).containsKeys(PARTICIPANTS, SECOND, DISABILITY, RESULTS);
    assertThat(tables).containsKeys(OUTCOME_TITLES.toArray(String[]::new));
    cube(tables.get(PARTICIPANTS), people, MAIN_BANDS, IndicatorsTest::mainBand, t);
    cube(tables.get(SECOND), people, SECOND_BANDS, IndicatorsTest::secondBand, t);

    Table d = tables.get(DISABILITY);
    List<Predicate<Person>> disability =
        List.of(
            p -> p.disability.equals(java.util.Optional.of(true)),
            p -> p.disability.equals(java.util.Optional.of(false)),
            p -> p.disability.isEmpty(),
            p -> true);
    String[] rows = {"With a disability", "Without a disability", "Not recorded", "All"};
    for (int r = 0; r < rows.length; r++) {
      Predicate<Person> match = disability.get(r);
      expect(
          d.at(d.row(rows[r]), d.column("Started")),
          count(people, p -> started(p) && match.test(p)),
          true,
          t,
          "disability " + rows[r]);
      expect(
          d.at(d.row(rows[r]), d.column("Ended")),
          count(people, p -> ended(p) && match.test(p)),
          true,
          t,
          "disability " + rows[r]);
    }

    Table results = tables.get(RESULTS);
    List<String[]> groups = new ArrayList<>();
    List<Predicate<Person>> filters = new ArrayList<>();
    groups.add(new String[] {"All participants", ""});
    filters.add(p -> true);
    for (int g = 0; g < GENDERS.length; g++) {
      Gender gender = GENDERS[g];
      groups.add(new String[] {"Gender", GENDER_LABELS[g]});
      filters.add(p -> p.gender == gender);
    }
    for (int b = 0; b < MAIN_BANDS.length; b++) {
      groups.add(new String[] {"Age at entry", MAIN_BANDS[b]});
      filters.add(mainBand(b));
    }
    for (int a = 0; a < ABROAD.length; a++) {
      BornAbroad abroad = ABROAD[a];
      groups.add(new String[] {"Country of birth", ABROAD_LABELS[a]});
      filters.add(p -> p.abroad == abroad);
    }
    for (int i = 0; i < groups.size(); i++) {
      int r = results.row(groups.get(i));
      Predicate<Person> match = filters.get(i);
      String where = "results " + String.join("/", groups.get(i));
      expect(
          results.at(r, results.column("Participants who achieved at least one unit")),
          count(people, p -> match.test(p) && unitsInPeriod(p) > 0),
          true,
          t,
          where);
      expect(
          results.at(r, results.column("Units achieved")),
          people.stream().filter(match).mapToLong(IndicatorsTest::unitsInPeriod).sum(),
          false,
          t,
          where);
      expect(
          results.at(r, results.column("Credits achieved")),
          people.stream().filter(match).mapToLong(IndicatorsTest::creditsInPeriod).sum(),
          false,
          t,
          where);
      expect(
          results.at(r, results.column("Participants with a unit certificate")),
          count(people, p -> match.test(p) && certified(p)),
          true,
          t,
          where);
      expect(
          results.at(r, results.column("Participants who gained a qualification")),
          count(people, p -> match.test(p) && qualified(p)),
          true,
          t,
          where);
    }

    Table byQualification = tables.get(BY_QUALIFICATION);
    assertThat(byQualification.columns()).containsExactly("Participants who gained it");
    assertThat(byQualification.labels())
        .containsExactly(
            List.of("KVAL-TEST-BAS", QUALIFICATION_TITLES.get("KVAL-TEST-BAS")),
            List.of("KVAL-TEST-VARD", QUALIFICATION_TITLES.get("KVAL-TEST-VARD")));
    for (String code : QUALIFICATION_TITLES.keySet()) {
      expect(
          byQualification.at(byQualification.row(code, QUALIFICATION_TITLES.get(code)), 0),
          count(people, p -> gained(p, code)),
          true,
          t,
          "by qualification " + code);
    }

    for (int k = 0; k < OUTCOME_TITLES.size(); k++) {
      Table o = tables.get(OUTCOME_TITLES.get(k));
      String point = ReportFixture.POINTS.get(k);
      List<OutcomeStatus> statuses =
          Arrays.asList(
              OutcomeStatus.WORK,
              OutcomeStatus.STUDIES,
              OutcomeStatus.JOB_SEEKING,
              OutcomeStatus.OTHER,
              null);
      for (int s = 0; s <= statuses.size(); s++) {
        String rowLabel = s < statuses.size() ? STATUS_LABELS[s] : "All who ended";
        OutcomeStatus status = s < statuses.size() ? statuses.get(s) : null;
        boolean anyStatus = s == statuses.size();
        for (int g = 0; g <= GENDERS.length; g++) {
          Gender gender = g < GENDERS.length ? GENDERS[g] : null;
          String column = g < GENDERS.length ? GENDER_LABELS[g] : "All";
          expect(
              o.at(o.row(rowLabel), o.column(column)),
              count(
                  people,
                  p ->
                      ended(p)
                          && (gender == null || p.gender == gender)
                          && (anyStatus || Objects.equals(p.outcomes.get(point), status))),
              true,
              t,
              point + " " + rowLabel + " " + column);
        }
      }
    }
  }

  /** Started and ended by gender block, band row and born-abroad column, with every total. */
  private void cube(
      Table cube,
      List<Person> people,
      String[] bands,
      java.util.function.IntFunction<Predicate<Person>> band,
      int t) {
    for (int g = -1; g < GENDERS.length; g++) {
      Gender gender = g < 0 ? null : GENDERS[g];
      String genderLabel = g < 0 ? "All" : GENDER_LABELS[g];
      for (int b = 0; b <= bands.length; b++) {
        String bandLabel = b < bands.length ? bands[b] : "All ages";
        Predicate<Person> inBand = b < bands.length ? band.apply(b) : p -> true;
        int row = cube.row(genderLabel, bandLabel);
        for (String measure : List.of("Started", "Ended")) {
          for (int a = 0; a <= ABROAD.length; a++) {
            BornAbroad abroad = a < ABROAD.length ? ABROAD[a] : null;
            String column = measure + " / " + (a < ABROAD.length ? ABROAD_LABELS[a] : "Total");
            Predicate<Person> match =
                p ->
                    (measure.equals("Started") ? started(p) : ended(p))
                        && (gender == null || p.gender == gender)
                        && inBand.test(p)
                        && (abroad == null || p.abroad == abroad);
            expect(
                cube.at(row, cube.column(column)),
                count(people, match),
                true,
                t,
                genderLabel + "/" + bandLabel + "/" + column);
          }
        }
      }
    }
  }

  // Qualifications -------------------------------------------------------------------------------

  /**
   * The fixture issued qualification certificates in and after the period, and one was flagged for
   * review; the report object has every qualification of the catalogue with both titles, in the
   * same figures as the workbook, and its labels in Swedish too.
   */
  private void checkQualificationsInTheReport(
      IndicatorReport report, List<Person> people, String flagged) {
    List<ReportFixture.Gained> all =
        people.stream().flatMap(p -> p.qualifications.stream()).toList();
    assertThat(all)
        .as("qualification certificates issued in the period, still valid")
        .filteredOn(q -> q.valid() && inPeriod(q.issued()))
        .hasSizeGreaterThanOrEqualTo(2);
    assertThat(all)
        .as("issued after the period")
        .filteredOn(q -> q.issued().isAfter(TO))
        .isNotEmpty();
    assertThat(all)
        .as("flagged for review")
        .filteredOn(q -> !q.valid())
        .extracting(ReportFixture.Gained::code)
        .contains(flagged);
    assertThat(report.qualifications())
        .extracting(IndicatorReport.QualificationGained::code)
        .containsExactly("KVAL-TEST-BAS", "KVAL-TEST-VARD");
    IndicatorReport.QualificationGained care = report.qualifications().get(1);
    assertThat(care.titleSv()).isEqualTo("Service och hygien i vården");
    assertThat(care.titleEn()).contains("Service and hygiene in care");
    for (IndicatorReport.QualificationGained q : report.qualifications()) {
      assertThat(q.participants())
          .isEqualTo(
              report.figure(IndicatorReport.QUALIFICATIONS, q.code(), "qualified").orElseThrow());
    }
    IndicatorTable table = report.table(IndicatorReport.QUALIFICATIONS).orElseThrow();
    assertThat(table.title().format(org.ocnkit.Message.SWEDISH))
        .isEqualTo("Deltagare som fått varje utbildningsbevis");
    assertThat(table.rows().get(1).labels())
        .extracting(l -> l.format(org.ocnkit.Message.SWEDISH))
        .containsExactly("KVAL-TEST-VARD", "Service och hygien i vården");
    assertThat(report.table("results").orElseThrow().columns())
        .extracting(c -> c.label().format(org.ocnkit.Message.SWEDISH))
        .contains("Deltagare med intyg om kursenhet", "Deltagare som fått ett utbildningsbevis");
  }

  /**
   * Unsuppressed, the qualification certificate flagged for review is not counted: the count of its
   * qualification is one less than counting it would give, and its holder is counted as gaining a
   * qualification only if they hold another valid one from the period.
   */
  private void flaggedQualificationCertificatesAreNotCounted(
      Map<String, Table> tables, List<Person> people, String flagged) {
    Person holder =
        people.stream()
            .filter(p -> p.qualifications.stream().anyMatch(q -> q.code().equals(flagged)))
            .findFirst()
            .orElseThrow();
    ReportFixture.Gained review =
        holder.qualifications.stream()
            .filter(q -> q.code().equals(flagged))
            .findFirst()
            .orElseThrow();
    assertThat(review.valid()).isFalse();
    assertThat(inPeriod(review.issued())).isTrue();
    Table byQualification = tables.get(BY_QUALIFICATION);
    String code = review.qualification();
    long counted =
        byQualification.at(byQualification.row(code, QUALIFICATION_TITLES.get(code)), 0).value();
    long withFlagged =
        count(
            people,
            p ->
                p.qualifications.stream()
                    .anyMatch(q -> inPeriod(q.issued()) && q.qualification().equals(code)));
    assertThat(counted).isEqualTo(withFlagged - 1);
    Table results = tables.get(RESULTS);
    long qualified =
        results
            .at(
                results.row("All participants", ""),
                results.column("Participants who gained a qualification"))
            .value();
    assertThat(qualified).isEqualTo(count(people, IndicatorsTest::qualified));
    long certified =
        results
            .at(
                results.row("All participants", ""),
                results.column("Participants with a unit certificate"))
            .value();
    assertThat(certified)
        .isEqualTo(count(people, IndicatorsTest::certified))
        .isGreaterThan(qualified);
    // The numbers of the seeded fixture, the same on every engine: three valid qualification
    // certificates of KVAL-TEST-BAS from December 2026 (a fourth there is under review, a fifth
    // was issued in 2027), none of KVAL-TEST-VARD, whose two units nobody had certified.
    assertThat(List.of(qualified, certified, counted, withFlagged))
        .containsExactly(3L, 28L, 3L, 4L);
    assertThat(
            byQualification
                .at(
                    byQualification.row(
                        "KVAL-TEST-VARD", QUALIFICATION_TITLES.get("KVAL-TEST-VARD")),
                    0)
                .value())
        .isZero();
  }

  // Suppression: lines and consistency ------------------------------------------------------------

  /**
   * Every total-and-parts line of every table, as a reader sees them: never exactly one hidden
   * number, and no "&lt;5" part whose value the line alone pins down.
   */
  private void checkLines(Map<String, Table> tables, int t) {
    int lines = 0;
    for (String title : List.of(PARTICIPANTS, SECOND)) {
      Table cube = tables.get(title);
      List<String> blocks = new ArrayList<>(List.of("All"));
      blocks.addAll(List.of(GENDER_LABELS));
      assertThat(cube.labels().stream().map(l -> l.get(0)).distinct().toList())
          .as("gender blocks, all genders first")
          .isEqualTo(blocks);
      List<String> bands = cube.labels().stream().map(l -> l.get(1)).distinct().toList();
      for (int r = 0; r < cube.cells().size(); r++) {
        for (int m = 0; m < 2; m++) {
          List<Shown> row = cube.cells().get(r);
          line(row.subList(4 * m, 4 * m + 3), row.get(4 * m + 3), t, title + " row " + r);
          lines++;
        }
      }
      for (int c = 0; c < cube.columns().size(); c++) {
        for (String block : blocks) {
          List<Shown> parts = new ArrayList<>();
          for (String band : bands.subList(0, bands.size() - 1)) {
            parts.add(cube.at(cube.row(block, band), c));
          }
          line(parts, cube.at(cube.row(block, "All ages"), c), t, title + " " + block);
          assertThat(bands.get(bands.size() - 1)).isEqualTo("All ages");
          lines++;
        }
        for (String band : bands) {
          List<Shown> parts = new ArrayList<>();
          for (String block : blocks.subList(1, blocks.size())) {
            parts.add(cube.at(cube.row(block, band), c));
          }
          line(parts, cube.at(cube.row("All", band), c), t, title + " " + band);
          lines++;
        }
      }
    }
    Table d = tables.get(DISABILITY);
    for (int c = 0; c < 2; c++) {
      line(List.of(d.at(0, c), d.at(1, c), d.at(2, c)), d.at(3, c), t, "disability");
      lines++;
    }
    Table results = tables.get(RESULTS);
    for (int c = 0; c < results.columns().size(); c++) {
      boolean people = c == 0 || c == 3 || c == 4;
      for (String group : List.of("Gender", "Age at entry", "Country of birth")) {
        List<Shown> parts = new ArrayList<>();
        for (int r = 0; r < results.labels().size(); r++) {
          if (results.labels().get(r).get(0).equals(group)) {
            parts.add(results.at(r, c));
          }
        }
        if (people) {
          line(parts, results.at(0, c), t, "results " + group);
        } else {
          assertThat(
                  parts.stream().filter(Shown::hidden).count()
                      + (results.at(0, c).hidden() ? 1 : 0))
              .as("results " + group)
              .isNotEqualTo(1);
        }
        lines++;
      }
    }
    for (String title : OUTCOME_TITLES) {
      Table o = tables.get(title);
      for (int r = 0; r < o.cells().size(); r++) {
        line(o.cells().get(r).subList(0, 4), o.at(r, 4), t, title + " row " + r);
        lines++;
      }
      for (int c = 0; c < 5; c++) {
        List<Shown> parts = new ArrayList<>();
        for (int r = 0; r < 5; r++) {
          parts.add(o.at(r, c));
        }
        line(parts, o.at(5, c), t, title + " column " + c);
        lines++;
      }
    }
    assertThat(lines).isGreaterThan(200);
  }

  private static void line(List<Shown> parts, Shown total, int t, String where) {
    long hidden = parts.stream().filter(Shown::hidden).count() + (total.hidden() ? 1 : 0);
    assertThat(hidden).as(where + ": a line with one hidden number gives it away").isNotEqualTo(1);
    if (total.hidden() || hidden == 0) {
      return;
    }
    long rest = total.value() - parts.stream().filter(Shown::numeric).mapToLong(Shown::value).sum();
    for (int i = 0; i < parts.size(); i++) {
      if (!parts.get(i).text().startsWith("<")) {
        continue;
      }
      long othersLo = 0;
      boolean othersUnbounded = false;
      long othersHi = 0;
      for (int j = 0; j < parts.size(); j++) {
        Shown s = parts.get(j);
        if (j == i || s.numeric()) {
          continue;
        }
        if (s.text().startsWith("<")) {
          othersLo += 1;
          othersHi += t - 1;
        } else {
          othersLo += t;
          othersUnbounded = true;
        }
      }
      long lo = othersUnbounded ? 1 : Math.max(1, rest - othersHi);
      long hi = Math.min(t - 1, rest - othersLo);
      assertThat(hi)
          .as(where + ": part " + i + " is pinned to " + lo + " in " + parts + " = " + total)
          .isGreaterThan(lo);
    }
  }

  /** A number that appears in several tables is shown (or hidden) alike in all. */
  private void checkConsistency(Map<String, Table> tables) {
    Table main = tables.get(PARTICIPANTS);
    Table second = tables.get(SECOND);
    String[] blocks = {"All", "Women", "Men", "Non-binary", "Gender not stated"};
    for (String block : blocks) {
      for (int c = 0; c < main.columns().size(); c++) {
        assertThat(second.at(second.row(block, "All ages"), c))
            .as(block + " " + main.columns().get(c))
            .isEqualTo(main.at(main.row(block, "All ages"), c));
      }
    }
    Table d = tables.get(DISABILITY);
    assertThat(d.at(d.row("All"), d.column("Started")))
        .isEqualTo(main.at(main.row("All", "All ages"), main.column("Started / Total")));
    assertThat(d.at(d.row("All"), d.column("Ended")))
        .isEqualTo(main.at(main.row("All", "All ages"), main.column("Ended / Total")));
    for (String title : OUTCOME_TITLES) {
      Table o = tables.get(title);
      for (int g = 0; g < blocks.length; g++) {
        String column = g == 0 ? "All" : GENDER_LABELS[g - 1];
        assertThat(o.at(o.row("All who ended"), o.column(column)))
            .as(title + " " + column)
            .isEqualTo(main.at(main.row(blocks[g], "All ages"), main.column("Ended / Total")));
      }
    }
  }

  /**
   * The age band is the age at the start date: participants who have a birthday that crosses a band
   * edge during the programme stay in the band they started in. Counting by age on the report date
   * would give other numbers, and the workbook does not show those.
   */
  private void birthdaysDuringTheProgrammeKeepTheEntryBand(
      Map<String, Table> tables, List<Person> people) {
    Table main = tables.get(PARTICIPANTS);
    int under18 = main.row("All", "under 18");
    int column = main.column("Started / Total");
    long byEntry = count(people, p -> started(p) && p.ageAtEntry() < 18);
    long byReportDate =
        count(people, p -> started(p) && Period.between(p.birth, REPORT_DATE).getYears() < 18);
    long crossing =
        count(
            people,
            p ->
                started(p)
                    && p.ageAtEntry() == 17
                    && p.end.map(e -> Period.between(p.birth, e).getYears() >= 18).orElse(false));
    assertThat(crossing).as("participants who turn 18 during the programme").isPositive();
    assertThat(byReportDate).isNotEqualTo(byEntry);
    assertThat(main.at(under18, column).value()).isEqualTo(byEntry);
  }

  /** The sheets in order, and a bar chart per follow-up point with one series per gender. */
  private void checkSheetsAndChart(Path file) throws Exception {
    try (InputStream in = Files.newInputStream(file);
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      List<String> names = new ArrayList<>();
      wb.forEach(s -> names.add(s.getSheetName()));
      assertThat(names).containsExactly("Participants", "Results", "Outcomes", "Chart", "About");
      XSSFSheet chartSheet = wb.getSheet("Chart");
      XSSFDrawing drawing = chartSheet.getDrawingPatriarch();
      assertThat(drawing).isNotNull();
      List<XSSFChart> charts = drawing.getCharts();
      assertThat(charts).hasSize(4);
      for (XSSFChart chart : charts) {
        assertThat(chart.getCTChart().getPlotArea().getBarChartList()).hasSize(1);
        List<CTBarSer> series = chart.getCTChart().getPlotArea().getBarChartArray(0).getSerList();
        assertThat(series)
            .extracting(s -> s.getTx().getStrRef().getStrCache().getPtArray(0).getV())
            .containsExactly(
                java.util.stream.Stream.concat(
                        java.util.Arrays.stream(GENDER_LABELS), java.util.stream.Stream.of("All"))
                    .toArray(String[]::new));
        assertThat(series)
            .allSatisfy(
                s ->
                    assertThat(s.getCat().getStrRef().getStrCache().getPtCount().getVal())
                        .isEqualTo(5L));
      }
      // Printed or converted to PDF: landscape, one page wide, over the charts' columns.
      assertThat(chartSheet.getFitToPage()).isTrue();
      assertThat(chartSheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
      assertThat(chartSheet.getPrintSetup().getLandscape()).isTrue();
      assertThat(wb.getPrintArea(wb.getSheetIndex(chartSheet))).isNotNull();
      assertThat(WorkbookTables.text(wb.getSheet("About").getRow(0).getCell(0)))
          .isEqualTo("Programme indicators \u2013 About");
      StringBuilder about = new StringBuilder();
      wb.getSheet("About")
          .forEach(
              row -> row.forEach(cell -> about.append(WorkbookTables.text(cell)).append('\n')));
      assertThat(about.toString())
          .contains(
              "flagged for review, and it does not count as gained",
              "With a unit certificate: participants holding at least one valid (not revoked) OCN"
                  + " certificate of units",
              "By qualification: for every qualification in the" + " catalogue");
    }
  }
}
