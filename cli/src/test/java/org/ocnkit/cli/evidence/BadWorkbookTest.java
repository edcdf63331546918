package org.ocnkit.cli.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ocnkit.evidence.testing.WorkbookFiller.CLAIM;
import static org.ocnkit.evidence.testing.WorkbookFiller.ID;
import static org.ocnkit.evidence.testing.WorkbookFiller.OBSERVED;
import static org.ocnkit.evidence.testing.WorkbookFiller.RECORDER;
import static org.ocnkit.evidence.testing.WorkbookFiller.TEXT;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ocnkit.cli.CliRun;
import org.ocnkit.cli.ExitCode;
import org.ocnkit.evidence.testing.WorkbookFiller;
import org.ocnkit.store.testing.Engine;

/**
 * Acceptance 2 of issue 5: each kind of bad workbook makes {@code ocn evidence import} exit 3,
 * lists every problem as {@code 'Sheet'!Cell: what is wrong}, and imports nothing, not even the
 * good rows.
 */
class BadWorkbookTest {
  private static final String AMINA = "Amina HS-TEST-01";
  private static final String ORJAN = "Örjan HS-TEST-01";
  private static final String PROBLEM = "ocn: ('[^']+'|[A-Za-z0-9_]+)![A-Z]+\\d+: .+";

  @TempDir Path dir;
  private Programme p;

  @BeforeEach
  void programmeWithAWorkbook() {
    p =
        new Programme(dir)
            .create(Engine.SQLITE)
            .roster("Amina;Hassan;1998-06-14;kvinna;ja", "Örjan;Åkesson;1985-11-02;man;nej")
            .enrol("A1")
            .enrol("A2");
    p.ok("evidence", "workbook", "--placement", "ica-test", "--out", "arbetsbok.xlsx");
  }

  /** Fills good rows on both sheets, applies {@code defect}, imports. */
  private CliRun importWith(Consumer<WorkbookFiller> defect) {
    try (WorkbookFiller f = WorkbookFiller.open(dir.resolve("arbetsbok.xlsx"))) {
      f.fill(
              AMINA,
              "1.1",
              LocalDate.of(2026, 2, 9),
              "Observation",
              "Hälsade på kunderna.",
              "Uppnått",
              "Åsa Öberg")
          .fill(
              ORJAN,
              "3.1",
              "2026-02-10",
              "Vittnesintyg",
              "Tackade kunderna.",
              "Uppnått",
              "Åsa Öberg");
      defect.accept(f);
      f.save(dir.resolve("ifylld.xlsx"));
    }
    return p.ocn("evidence", "import", "ifylld.xlsx");
  }

  private static Consumer<WorkbookFiller> row12(String date, String method, String recorder) {
    return f ->
        f.fill(AMINA, "1.2", date, method, "Frågade kunden vad hon sökte.", "Uppnått", recorder);
  }

  static Stream<Arguments> badWorkbooks() {
    return Stream.of(
        Arguments.of(
            "unknown criterion",
            (Consumer<WorkbookFiller>) f -> f.set(AMINA, 5, ID, "1.9"),
            "'Amina HS-TEST-01'!A6: the criterion '1.9' is not one of HS-TEST-01@1: its criteria"
                + " are 1.1, 1.2, 2.1, 2.2, 3.1"),
        Arguments.of(
            "criterion text edited",
            (Consumer<WorkbookFiller>)
                f -> f.set(AMINA, 6, TEXT, "Deltagaren kan visa kunden var hyllan är."),
            "'Amina HS-TEST-01'!B7: the text of criterion 2.1 was changed: put it back as written"
                + " (\"Deltagaren kan visa kunden till rätt hylla.\")"),
        Arguments.of(
            "date in the future",
            row12("2026-03-03", "Observation", "Åsa Öberg"),
            "'Amina HS-TEST-01'!C6: the date 2026-03-03 is in the future (today is 2026-03-02)"),
        Arguments.of(
            "date unreadable",
            row12("31/2/2026", "Observation", "Åsa Öberg"),
            "'Amina HS-TEST-01'!C6: '31/2/2026' is not a date: write it as 2026-03-02"),
        Arguments.of(
            "method missing",
            row12("2026-02-11", "", "Åsa Öberg"),
            "'Amina HS-TEST-01'!D6: the method is missing: choose one of Observation,"
                + " Vittnesintyg"),
        Arguments.of(
            "method not the unit's",
            row12("2026-02-11", "Foto", "Åsa Öberg"),
            "'Amina HS-TEST-01'!D6: 'Foto' is not a method HS-TEST-01@1 provides for"),
        Arguments.of(
            "recorder missing",
            row12("2026-02-11", "Observation", ""),
            "'Amina HS-TEST-01'!G6: who recorded it is missing: choose one of Åsa Öberg"),
        Arguments.of(
            "recorder unknown",
            row12("2026-02-11", "Observation", "Kalle Anka"),
            "'Amina HS-TEST-01'!G6: nobody called 'Kalle Anka' may record evidence here"),
        Arguments.of(
            "met or not yet missing",
            (Consumer<WorkbookFiller>) f -> f.set(AMINA, 4, CLAIM, ""),
            "'Amina HS-TEST-01'!F5: met or not yet is missing"),
        Arguments.of(
            "duplicate row",
            (Consumer<WorkbookFiller>) f -> f.copyRow(AMINA, 4, 10),
            "'Amina HS-TEST-01'!A11: criterion 1.1 appears again here (it is in row 5)"),
        Arguments.of(
            "row added below the criteria",
            (Consumer<WorkbookFiller>) f -> f.set(AMINA, 11, OBSERVED, "Sorterade returer."),
            "'Amina HS-TEST-01'!E12: row 12 is not one of the unit's criteria (it was added)"),
        Arguments.of(
            "workbook for another unit version",
            (Consumer<WorkbookFiller>)
                f ->
                    f.workbook()
                        .getSheet("ocnkit")
                        .getRow(3)
                        .getCell(3)
                        .setCellValue("ab".repeat(32)),
            "'Amina HS-TEST-01'!A1: this sheet was written for HS-TEST-01@1 (content abababababab),"
                + " but E1 is on HS-TEST-01@1"),
        Arguments.of(
            "technical sheet edited (LibreOffice shows it as a hidden sheet)",
            (Consumer<WorkbookFiller>)
                f -> f.workbook().getSheet("ocnkit").getRow(3).getCell(1).setCellValue("E2"),
            "ocnkit!B4: the technical sheet 'ocnkit' was changed here"),
        Arguments.of(
            "a locked heading edited",
            (Consumer<WorkbookFiller>) f -> f.set(AMINA, 0, ID, "Amina: allt klart"),
            "'Amina HS-TEST-01'!A1: a locked cell was changed here"),
        Arguments.of(
            "a locked status cell cleared",
            (Consumer<WorkbookFiller>) f -> f.set(AMINA, 4, 7, ""),
            "'Amina HS-TEST-01'!H5: a locked cell was cleared here"),
        Arguments.of(
            "the seal itself edited",
            (Consumer<WorkbookFiller>)
                f ->
                    f.workbook()
                        .getSheet("ocnkit")
                        .getRow(2)
                        .getCell(13)
                        .setCellValue("A1=0000000000000000"),
            "ocnkit!N3: the technical sheet 'ocnkit' was changed here"),
        Arguments.of(
            "sheet deleted",
            (Consumer<WorkbookFiller>)
                f -> f.workbook().removeSheetAt(f.workbook().getSheetIndex(AMINA)),
            "'Amina HS-TEST-01'!A1: the sheet for E1 (HS-TEST-01@1) is missing from the workbook:"
                + " it was deleted"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badWorkbooks")
  void eachBadWorkbookExitsThreeListingTheCellAndImportsNothing(
      String kind, Consumer<WorkbookFiller> defect, String expected) {
    CliRun run = importWith(defect);
    assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCode.INPUT);
    List<String> lines = Arrays.asList(run.err.strip().split("\\R"));
    assertThat(lines).as(run.err).allMatch(line -> line.matches(PROBLEM));
    assertThat(lines).as(run.err).anyMatch(line -> line.startsWith("ocn: " + expected));
    assertThat(p.count("evidence_item")).isZero();
    assertThat(p.ok("progress", "--json").out).doesNotContain("\"claimed\"");
  }

  @Test
  void anUnknownRecorderIsToldExactlyTheNamesTheDropDownOffers() throws Exception {
    List<String> offered = new java.util.ArrayList<>();
    try (WorkbookFiller f = WorkbookFiller.open(dir.resolve("arbetsbok.xlsx"))) {
      var validation =
          f.sheet(AMINA).getDataValidations().stream()
              .filter(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn() == RECORDER)
              .findFirst()
              .orElseThrow();
      String formula = validation.getValidationConstraint().getFormula1();
      var area =
          new org.apache.poi.ss.util.AreaReference(
              formula.replace("$", ""), org.apache.poi.ss.SpreadsheetVersion.EXCEL2007);
      for (var cell : area.getAllReferencedCells()) {
        offered.add(
            f.workbook()
                .getSheet(cell.getSheetName())
                .getRow(cell.getRow())
                .getCell(cell.getCol())
                .getStringCellValue());
      }
    }
    assertThat(offered).isNotEmpty();
    CliRun run = importWith(row12("2026-02-11", "Observation", "Kalle Anka"));
    assertThat(run.err)
        .contains(
            "nobody called 'Kalle Anka' may record evidence here: choose one"
                + " of "
                + String.join(", ", offered)
                + ", or ask");
  }

  @Test
  void aWorkbookLibreOfficeSavedImportsWhenOnlyTheYellowCellsWereFilledIn() throws Exception {
    Path soffice =
        Stream.of("libreoffice", "soffice")
            .flatMap(
                n ->
                    Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
                        .map(d -> Path.of(d, n)))
            .filter(java.nio.file.Files::isExecutable)
            .findFirst()
            .orElse(null);
    org.junit.jupiter.api.Assumptions.assumeTrue(
        soffice != null,
        "LibreOffice is not installed: the round trip through it is not tested here");
    try (WorkbookFiller f = WorkbookFiller.open(dir.resolve("arbetsbok.xlsx"))) {
      f.fill(
          AMINA,
          "1.1",
          LocalDate.of(2026, 2, 9),
          "Observation",
          "Hälsade på kunderna.",
          "Uppnått",
          "Åsa Öberg");
      f.save(dir.resolve("ifylld.xlsx"));
    }
    Path out = dir.resolve("lo");
    Process lo =
        new ProcessBuilder(
                soffice.toString(),
                "--headless",
                "--convert-to",
                "xlsx",
                "--outdir",
                out.toString(),
                dir.resolve("ifylld.xlsx").toString())
            .redirectErrorStream(true)
            .start();
    lo.getInputStream().readAllBytes();
    assertThat(lo.waitFor()).isZero();
    java.nio.file.Files.copy(out.resolve("ifylld.xlsx"), dir.resolve("lo-ifylld.xlsx"));
    CliRun good = p.ocn("evidence", "import", "lo-ifylld.xlsx");
    assertThat(good.exitCode).as(good.toString()).isZero();
  }

  @Test
  void everyProblemOfAWorkbookIsListedAtOnce() {
    CliRun run =
        importWith(
            f -> {
              f.set(AMINA, 5, ID, "1.9");
              f.fill(AMINA, "2.1", "2026-03-09", "", "Visade hyllan.", "kanske", "");
              f.set(ORJAN, 12, ID, "extra");
            });
    assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCode.INPUT);
    assertThat(run.err.strip().split("\\R"))
        .containsExactly(
            "ocn: 'Amina HS-TEST-01'!A6: a locked cell was changed here (only the yellow cells may be"
                + " filled in): undo the change, or write a new workbook with 'ocn evidence workbook'"
                + " and copy the filled-in rows into it.",
            "ocn: 'Amina HS-TEST-01'!A6: the criterion '1.9' is not one of HS-TEST-01@1: its"
                + " criteria are 1.1, 1.2, 2.1, 2.2, 3.1. Put the criterion id back as written",
            "ocn: 'Amina HS-TEST-01'!C7: the date 2026-03-09 is in the future (today is 2026-03-02)",
            "ocn: 'Amina HS-TEST-01'!D7: the method is missing: choose one of Observation,"
                + " Vittnesintyg",
            "ocn: 'Amina HS-TEST-01'!F7: 'kanske' is neither Uppnått (met) nor Inte än (not yet)",
            "ocn: 'Amina HS-TEST-01'!G7: who recorded it is missing: choose one of Åsa Öberg,"
                + " Karin Lund",
            "ocn: 'Örjan HS-TEST-01'!A13: row 13 is not one of the unit's criteria (it was added):"
                + " ocnkit does not guess which criterion it is evidence for. Move the observation"
                + " into the criterion's own row, or clear the row");
    assertThat(p.count("evidence_item")).isZero();
  }

  @Test
  void problemsAreInSwedishWithLangSv() {
    CliRun run = new Programme(dir).ocn("--lang", "sv", "evidence", "import", "saknas.xlsx");
    assertThat(run.exitCode).isEqualTo(ExitCode.INPUT);
    CliRun bad = importWithLang(row12("31/2/2026", "Observation", "Åsa Öberg"));
    assertThat(bad.err).contains("'Amina HS-TEST-01'!C6: '31/2/2026' är inget datum");
  }

  private CliRun importWithLang(Consumer<WorkbookFiller> defect) {
    importWith(defect);
    return p.ocn("--lang", "sv", "evidence", "import", "ifylld.xlsx");
  }

  @Test
  void aFileThatIsNotAnOcnkitWorkbookIsRefused() throws Exception {
    java.nio.file.Files.writeString(dir.resolve("inte.xlsx"), "hej");
    CliRun run = p.ocn("evidence", "import", "inte.xlsx");
    assertThat(run.exitCode).isEqualTo(ExitCode.INPUT);
    assertThat(run.err).startsWith("ocn: inte.xlsx: not a complete xlsx workbook");
  }
}
