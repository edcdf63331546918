package org.ocnkit.evidence;

import static org.ocnkit.evidence.internal.WorkbookLayout.*;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.ss.util.CellReference;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Message;
import org.ocnkit.Problem;
import org.ocnkit.evidence.EvidenceRecording.RecorderRow;
import org.ocnkit.evidence.internal.ParsedWorkbook;
import org.ocnkit.io.Sha256;
import org.ocnkit.learner.Apprentice;
import org.ocnkit.learner.Assessor;
import org.ocnkit.learner.Code;
import org.ocnkit.learner.Enrolment;
import org.ocnkit.learner.EnrolmentId;
import org.ocnkit.learner.LearnerRecords;
import org.ocnkit.learner.Placement;
import org.ocnkit.learner.Supervisor;
import org.ocnkit.learner.internal.TypedText;
import org.ocnkit.store.ReadTx;
import org.ocnkit.unit.AssessmentCriterion;
import org.ocnkit.unit.AssessmentMethod;
import org.ocnkit.unit.CourseUnit;
import org.ocnkit.unit.CriterionId;

/**
 * Checking a parsed supervisor workbook, sheet by sheet and cell by cell, before anything is added:
 * each problem at the cell that has it ({@code 'Sheet'!Cell}). The sheet check looks up the
 * enrolment, its unit and who may be named as recorder; the row and cell checks are pure functions
 * of what was looked up.
 */
final class WorkbookChecks {
  /** A filled-in row that passed every check. */
  record CheckedRow(
      ParsedWorkbook.CriterionRow source,
      Enrolment enrolment,
      CriterionId criterion,
      LocalDate date,
      AssessmentMethod method,
      String observed,
      Judgement claim,
      RecorderRow recorder,
      String key) {
    WorkbookImport.Row result(EvidenceItemId item) {
      return new WorkbookImport.Row(source.at(COL_DATE), enrolment.id(), criterion, claim, item);
    }
  }

  /** Someone who may be named as recorder in a workbook. */
  record Candidate(RecorderRow row) {
    String name() {
      return row.recorder().name();
    }

    Code code() {
      return row.recorder().code();
    }
  }

  /** What a sheet's rows are checked against, looked up once per sheet. */
  record SheetContext(
      Enrolment enrolment,
      Apprentice apprentice,
      CourseUnit unit,
      LocalDate today,
      List<Candidate> recorders,
      List<String> offered) {}

  private WorkbookChecks() {}

  /**
   * Checks one sheet of the workbook against the placement: its enrolment, unit version and every
   * row; adds the rows that pass to {@code rows} and every problem to {@code problems}.
   */
  static void checkSheet(
      ReadTx tx,
      Placement placement,
      ParsedWorkbook.Sheet sheet,
      List<String> offered,
      List<Problem> problems,
      List<CheckedRow> rows)
      throws SQLException {
    String sheetName = sheet.name().orElse(sheet.expectedName());
    String a1 = org.ocnkit.learner.internal.SheetCells.location(sheetName, 0, 0);
    if (sheet.name().isEmpty()) {
      problems.add(
          new Problem(a1, msg("workbook.sheetMissing", sheet.enrolmentId(), sheet.unitRef())));
      return;
    }
    Optional<Enrolment> found = Optional.empty();
    try {
      found = LearnerRecords.findEnrolment(tx, EnrolmentId.parse(sheet.enrolmentId()));
    } catch (InvalidInputException e) {
      // reported below as unknown
    }
    if (found.isEmpty() || found.get().placementId() != placement.id()) {
      problems.add(
          new Problem(a1, msg("workbook.unknownEnrolment", sheet.enrolmentId(), placement.code())));
      return;
    }
    Enrolment enrolment = found.get();
    Optional<Problem> version = versionMismatch(a1, sheet, enrolment);
    if (version.isPresent()) {
      problems.add(version.get());
      return;
    }
    List<Problem> sheetProblems = new ArrayList<>(sheet.problems());
    SheetContext context =
        new SheetContext(
            enrolment,
            LearnerRecords.requireApprentice(tx, enrolment.apprentice()),
            EvidenceRecording.unitOf(tx, enrolment),
            tx.today(),
            candidates(tx, placement),
            offered);
    for (ParsedWorkbook.CriterionRow row : sheet.rows()) {
      checkRow(context, row, sheetProblems).ifPresent(rows::add);
    }
    sheetProblems.sort(
        Comparator.comparing((Problem q) -> new CellReference(q.location()).getRow())
            .thenComparing(q -> new CellReference(q.location()).getCol()));
    problems.addAll(sheetProblems);
  }

  /** A problem when the sheet was written for another unit version than the enrolment's. */
  static Optional<Problem> versionMismatch(
      String a1, ParsedWorkbook.Sheet sheet, Enrolment enrolment) {
    if (!enrolment.unitHash().hex().equals(sheet.unitHash())
        || !enrolment.unit().toString().equals(sheet.unitRef())) {
      return Optional.of(
          new Problem(
              a1,
              msg(
                  "workbook.hashMismatch",
                  sheet.unitRef(),
                  abbreviate(sheet.unitHash()),
                  enrolment.id(),
                  enrolment.unit(),
                  enrolment.unitHash().prefix())));
    }
    return Optional.empty();
  }

  /**
   * Checks one criterion row: the locked cells unchanged and, when filled in, every cell the
   * supervisor writes. Empty when it is not filled in or has a problem.
   */
  static Optional<CheckedRow> checkRow(
      SheetContext context, ParsedWorkbook.CriterionRow row, List<Problem> problems) {
    int before = problems.size();
    CourseUnit unit = context.unit();
    Optional<AssessmentCriterion> criterion =
        CriterionId.isValid(row.criterion())
            ? unit.criterion(CriterionId.parse(row.criterion()))
            : Optional.empty();
    if (criterion.isEmpty()) {
      problems.add(
          new Problem(
              row.at(COL_ID),
              msg(
                  "workbook.unknownCriterion",
                  row.criterion(),
                  unit.ref(),
                  EvidenceRecording.criteriaList(unit))));
      return Optional.empty();
    }
    AssessmentCriterion c = criterion.get();
    if (!row.shownId().equals(c.id().toString())) {
      boolean known =
          CriterionId.isValid(row.shownId())
              && unit.criterion(CriterionId.parse(row.shownId())).isPresent();
      problems.add(
          new Problem(
              row.at(COL_ID),
              known
                  ? msg("workbook.criterionMoved", row.shownId(), c.id())
                  : msg(
                      "workbook.unknownCriterion",
                      row.shownId(),
                      unit.ref(),
                      EvidenceRecording.criteriaList(unit))));
    }
    if (!TypedText.clean(row.text()).equals(TypedText.clean(c.text()))) {
      problems.add(new Problem(row.at(COL_TEXT), msg("workbook.textEdited", c.id(), c.text())));
    }
    if (!row.filled()) {
      return Optional.empty();
    }
    LocalDate date = date(row, context.apprentice(), context.today(), problems);
    AssessmentMethod method = method(row, unit, problems);
    if (row.observed().isEmpty()) {
      problems.add(new Problem(row.at(COL_OBSERVED), msg("workbook.missing.observed")));
    }
    Judgement claim = claim(row, problems);
    RecorderRow recorder = recorder(row, context.recorders(), context.offered(), problems);
    if (problems.size() > before) {
      return Optional.empty();
    }
    String observed = TypedText.clean(row.observed());
    Enrolment enrolment = context.enrolment();
    String key =
        Sha256.hex(
            String.join(
                "\n",
                "ocnkit-workbook-row-v1",
                enrolment.id().toString(),
                c.id().toString(),
                date.toString(),
                method.code(),
                observed,
                claim.name(),
                recorder.recorder().role().name(),
                recorder.recorder().code().value()));
    return Optional.of(
        new CheckedRow(row, enrolment, c.id(), date, method, observed, claim, recorder, key));
  }

  /** The date cell: given, readable, not in the future, and within the apprentice's dates. */
  static LocalDate date(
      ParsedWorkbook.CriterionRow row,
      Apprentice apprentice,
      LocalDate today,
      List<Problem> problems) {
    if (row.date().blank()) {
      problems.add(new Problem(row.at(COL_DATE), msg("workbook.missing.date")));
    } else if (row.date().unreadable()) {
      problems.add(new Problem(row.at(COL_DATE), msg("workbook.date", row.date().text())));
    } else if (row.date().date().get().isAfter(today)) {
      problems.add(
          new Problem(row.at(COL_DATE), msg("workbook.future", row.date().date().get(), today)));
    } else {
      // The other date rules every evidence date keeps, at the cell that breaks them.
      Optional<Message> rule = EvidenceDates.broken(row.date().date().get(), apprentice, today);
      if (rule.isPresent()) {
        problems.add(new Problem(row.at(COL_DATE), rule.get()));
      } else {
        return row.date().date().get();
      }
    }
    return null;
  }

  /** The method cell: given, and one the unit provides for (by code or name). */
  static AssessmentMethod method(
      ParsedWorkbook.CriterionRow row, CourseUnit unit, List<Problem> problems) {
    if (row.method().isEmpty()) {
      problems.add(
          new Problem(
              row.at(COL_METHOD),
              msg("workbook.missing.method", EvidenceRecording.methods(unit, Message.SWEDISH))));
      return null;
    }
    Optional<AssessmentMethod> m = method(row.method());
    if (m.isEmpty() || !unit.assessmentMethods().contains(m.get())) {
      problems.add(
          new Problem(
              row.at(COL_METHOD),
              msg(
                  "workbook.method",
                  row.method(),
                  unit.ref(),
                  EvidenceRecording.methods(unit, Message.SWEDISH))));
      return null;
    }
    return m.get();
  }

  /** The claim cell: given, met or not yet. */
  static Judgement claim(ParsedWorkbook.CriterionRow row, List<Problem> problems) {
    if (row.claim().isEmpty()) {
      problems.add(new Problem(row.at(COL_CLAIM), msg("workbook.missing.claim")));
      return null;
    }
    Judgement claim = Judgement.fromText(row.claim()).orElse(null);
    if (claim == null) {
      problems.add(new Problem(row.at(COL_CLAIM), msg("workbook.claim", row.claim())));
    }
    return claim;
  }

  /** The recorder cell: given, and naming one of the candidates. */
  static RecorderRow recorder(
      ParsedWorkbook.CriterionRow row,
      List<Candidate> recorders,
      List<String> offered,
      List<Problem> problems) {
    if (row.recorder().isEmpty()) {
      problems.add(
          new Problem(
              row.at(COL_RECORDER), msg("workbook.missing.recorder", names(offered, recorders))));
      return null;
    }
    RecorderRow recorder = match(recorders, row.recorder()).orElse(null);
    if (recorder == null) {
      problems.add(
          new Problem(
              row.at(COL_RECORDER),
              msg("workbook.recorder", row.recorder(), names(offered, recorders))));
    }
    return recorder;
  }

  /** The placement's supervisors, then every assessor. */
  private static List<Candidate> candidates(ReadTx tx, Placement placement) throws SQLException {
    List<Candidate> all = new ArrayList<>();
    for (Supervisor s : placement.supervisors()) {
      all.add(
          new Candidate(
              new RecorderRow(new Recorder(Recorder.Role.SUPERVISOR, s.code(), s.name()), s.id())));
    }
    for (Assessor a : LearnerRecords.assessors(tx)) {
      all.add(
          new Candidate(
              new RecorderRow(new Recorder(Recorder.Role.ASSESSOR, a.code(), a.name()), a.id())));
    }
    return all;
  }

  /** By code, by "Name (code)", or by a name only one candidate has. */
  static Optional<RecorderRow> match(List<Candidate> candidates, String text) {
    String t = TypedText.clean(text);
    for (Candidate c : candidates) {
      if (c.code().value().equals(t) || TypedText.sameWords(c.name() + " (" + c.code() + ")", t)) {
        return Optional.of(c.row());
      }
    }
    List<Candidate> byName =
        candidates.stream().filter(c -> TypedText.sameWords(c.name(), t)).toList();
    return byName.size() == 1 ? Optional.of(byName.get(0).row()) : Optional.empty();
  }

  /**
   * The names the workbook's own "recorded by" drop-down offers, exactly; for a workbook that
   * offers none (written before the list existed), the placement's supervisors.
   */
  private static String names(List<String> offered, List<Candidate> candidates) {
    if (!offered.isEmpty()) {
      return String.join(", ", offered);
    }
    return String.join(
        ", ",
        candidates.stream()
            .filter(c -> c.row().recorder().role() == Recorder.Role.SUPERVISOR)
            .map(Candidate::name)
            .toList());
  }

  /** The method a cell names, by code or by its Swedish or English name. */
  static Optional<AssessmentMethod> method(String text) {
    String key = TypedText.key(text);
    for (AssessmentMethod m : AssessmentMethod.values()) {
      if (m.code().equals(key)
          || TypedText.key(m.displayName(Message.SWEDISH)).equals(key)
          || TypedText.key(m.displayName(Locale.ENGLISH)).equals(key)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  private static String abbreviate(String hash) {
    return hash.length() > 12 ? hash.substring(0, 12) : hash;
  }

  private static Message msg(String key, Object... args) {
    return EvidenceRecords.msg(key, args);
  }
}
