package org.ocnkit.cli.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocnkit.cli.CliRun;
import org.ocnkit.evidence.testing.WorkbookFiller;
import org.ocnkit.learner.internal.Csv;
import org.ocnkit.learner.internal.SheetCells;
import org.ocnkit.learner.testing.TestApprovals;
import org.ocnkit.panel.UnitApprovals;
import org.ocnkit.store.Workspace;
import org.ocnkit.store.testing.TestWorkspaces;
import org.ocnkit.unit.UnitRef;

/**
 * Runs the evidence steps of {@code samples/demo.ocn} (everything after the marker {@value
 * #MARKER}) in a workspace made by the steps before it, checking every step's exit code; and keeps
 * the filled-in sample workbooks honest: it fills the workbooks the demo writes from the CSV files
 * in {@code samples/evidence/}, as a supervisor would, and requires the committed {@code
 * *-ifylld.xlsx} files to hold exactly the same cells. With {@code -Docnkit.writeSamples=true} it
 * writes them instead (see {@code samples/evidence/README.md}).
 *
 * <p>Until the panel's demo steps approve the units, the units the evidence steps enrol on are
 * approved here, through {@link TestApprovals}, when the steps before the marker have not.
 */
class DemoEvidenceStepsTest {
  static final String MARKER = "# --- evidence (issue 5) ---";
  private static final String NOW = "2026-11-23T09:00:00Z";
  private static final Pattern UNIT = Pattern.compile("--unit (\\S+)");
  private static final Pattern VARIABLE = Pattern.compile("\\$\\{([a-zA-Z0-9_]+)}");

  @TempDir Path dir;

  @Test
  void theDemosEvidenceStepsRunAndTheSampleWorkbooksAreUpToDate() throws Exception {
    Path home = CliRun.repositoryRoot();
    List<String> script = Files.readAllLines(home.resolve("samples/demo.ocn"),
        StandardCharsets.UTF_8);
    int marker = script.stream().map(String::strip).toList().indexOf(MARKER);
    assertThat(marker).as("the marker " + MARKER + " in samples/demo.ocn").isPositive();
    List<String> after = script.subList(marker + 1, script.size());

    Path before = Files.write(dir.resolve("before.ocn"), script.subList(0, marker),
        StandardCharsets.UTF_8);
    Path ws = dir.resolve("ws");
    CliRun demo = new CliRun(home).home(home).env("OCNKIT_NOW", NOW)
        .run("demo", "--script", before.toString(), "--dir", ws.toString());
    assertThat(demo.exitCode).as(demo.toString()).isZero();
    approveUnitsEnrolledOn(ws, after);

    Map<String, String> variables = Map.of("home", home.toString(), "ws", ws.toString(),
        "out", ws.resolve("out").toString());
    boolean filled = false;
    for (String raw : after) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (!filled && line.contains("evidence import samples/evidence/")) {
        fillAndCompare(home, ws);
        filled = true;
      }
      int expected = 0;
      if (line.startsWith("!")) {
        expected = Integer.parseInt(line.substring(1, line.indexOf(' ')));
        line = line.substring(line.indexOf(' ') + 1).strip();
      }
      assertThat(line).as("captures are not used in the evidence steps").doesNotMatch(
          "[a-zA-Z][a-zA-Z0-9_]* = .*");
      CliRun run = new CliRun(home).home(home).env("OCNKIT_NOW", NOW)
          .env("OCNKIT_WORKSPACE", ws.toString())
          .run(split(substitute(line, variables)).toArray(String[]::new));
      assertThat(run.exitCode).as("ocn " + line + "\n" + run).isEqualTo(expected);
    }
    assertThat(filled).as("the evidence steps import the sample workbooks").isTrue();
  }

  private static void approveUnitsEnrolledOn(Path ws, List<String> steps) {
    Set<UnitRef> units = new LinkedHashSet<>();
    for (String step : steps) {
      Matcher m = UNIT.matcher(step);
      if (step.strip().startsWith("enrol ") && m.find()) {
        units.add(UnitRef.parseExact(m.group(1)));
      }
    }
    try (Workspace w = TestWorkspaces.open(ws,
        Clock.fixed(Instant.parse(NOW), ZoneId.of("Europe/Stockholm")))) {
      for (UnitRef unit : units) {
        boolean usable = w.store().read(tx -> UnitApprovals.usability(tx, unit,
            UnitApprovals.Purpose.ENROL).usable());
        if (!usable) {
          TestApprovals.approve(w.store(), unit);
        }
      }
    }
  }

  /**
   * Fills each workbook the demo wrote ({@code out/arbetsbok-PLACEMENT.xlsx}) from {@code
   * samples/evidence/PLACEMENT.csv}, and compares with (or writes) the committed filled-in copy.
   */
  private void fillAndCompare(Path home, Path ws) throws Exception {
    boolean write = Boolean.getBoolean("ocnkit.writeSamples");
    Path samples = home.resolve("samples/evidence");
    List<Path> csvFiles;
    try (var files = Files.list(samples)) {
      csvFiles = files.filter(f -> f.toString().endsWith(".csv")).sorted().toList();
    }
    assertThat(csvFiles).hasSize(4);
    for (Path csv : csvFiles) {
      String placement = csv.getFileName().toString().replace(".csv", "");
      Path written = ws.resolve("out/arbetsbok-" + placement + ".xlsx");
      Path result = dir.resolve(placement + "-ifylld.xlsx");
      try (WorkbookFiller f = WorkbookFiller.open(written)) {
        List<Csv.Record> rows = Csv.parse(Files.readString(csv, StandardCharsets.UTF_8));
        for (Csv.Record r : rows.subList(1, rows.size())) {
          List<String> v = r.fields();
          Object date = v.get(2).matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(v.get(2))
              : v.get(2);
          f.fill(v.get(0), v.get(1), date, v.get(3), v.get(4), v.get(5), v.get(6));
        }
        f.save(result);
      }
      Path committed = samples.resolve(placement + "-ifylld.xlsx");
      if (write) {
        Files.copy(result, committed, StandardCopyOption.REPLACE_EXISTING);
      }
      assertThat(committed).as("regenerate with -Docnkit.writeSamples=true (see"
          + " samples/evidence/README.md)").exists();
      assertThat(cells(committed)).as(committed + " is out of date: regenerate it with"
          + " -Docnkit.writeSamples=true (see samples/evidence/README.md)")
          .isEqualTo(cells(result));
    }
  }

  /** Every non-empty cell of every sheet, with the sheets' names, order and visibility. */
  private static List<String> cells(Path file) throws Exception {
    List<String> all = new ArrayList<>();
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
      for (int i = 0; i < wb.getNumberOfSheets(); i++) {
        Sheet sheet = wb.getSheetAt(i);
        all.add(sheet.getSheetName() + " " + wb.getSheetVisibility(i));
        for (Row row : sheet) {
          for (Cell cell : row) {
            String text = SheetCells.text(cell);
            if (!text.isEmpty()) {
              all.add(SheetCells.location(cell) + "=" + text);
            }
          }
        }
      }
    }
    return all;
  }

  private static String substitute(String line, Map<String, String> variables) {
    Matcher m = VARIABLE.matcher(line);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = variables.get(m.group(1));
      assertThat(value).as("variable ${" + m.group(1) + "}").isNotNull();
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    return m.appendTail(out).toString();
  }

  /** Splits at spaces; "double quotes" keep spaces (the demo script's syntax). */
  private static List<String> split(String line) {
    List<String> args = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    for (char c : line.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
        any = true;
      } else if (c == ' ' && !quoted) {
        if (any) {
          args.add(current.toString());
          current.setLength(0);
          any = false;
        }
      } else {
        current.append(c);
        any = true;
      }
    }
    if (any) {
      args.add(current.toString());
    }
    return args;
  }
}
