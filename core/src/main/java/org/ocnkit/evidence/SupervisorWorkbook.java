package org.ocnkit.evidence;

import static org.ocnkit.evidence.internal.WorkbookLayout.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.poi.ss.util.CellReference;
import org.ocnkit.EnvironmentException;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Message;
import org.ocnkit.Problem;
import org.ocnkit.evidence.internal.ParsedWorkbook;
import org.ocnkit.evidence.internal.WorkbookContent;
import org.ocnkit.evidence.internal.WorkbookReader;
import org.ocnkit.evidence.internal.WorkbookSeal;
import org.ocnkit.evidence.internal.WorkbookWriter;
import org.ocnkit.io.Sha256;
import org.ocnkit.learner.Apprentice;
import org.ocnkit.learner.Apprentices;
import org.ocnkit.learner.Assessor;
import org.ocnkit.learner.Assessors;
import org.ocnkit.learner.Code;
import org.ocnkit.learner.Enrolment;
import org.ocnkit.learner.EnrolmentId;
import org.ocnkit.learner.Enrolments;
import org.ocnkit.learner.Placement;
import org.ocnkit.learner.Placements;
import org.ocnkit.learner.Supervisor;
import org.ocnkit.learner.internal.TypedText;
import org.ocnkit.store.ReadTx;
import org.ocnkit.store.Settings;
import org.ocnkit.store.Tx;
import org.ocnkit.store.Workspace;
import org.ocnkit.unit.AssessmentCriterion;
import org.ocnkit.unit.AssessmentMethod;
import org.ocnkit.unit.CourseUnit;
import org.ocnkit.unit.CriterionId;

/**
 * The supervisor workbook (DESIGN §2, §3): an xlsx file in Swedish for a workplace supervisor, with
 * one sheet per open enrolment at a placement and one row per criterion, and the import that
 * brings it back.
 *
 * <p>An import reads and checks everything first and then adds every filled-in row as an evidence
 * item, recorded by the supervisor named in the row, in one transaction; with any problem nothing
 * is added and every problem is reported as {@code 'Sheet'!Cell: what is wrong}. What the
 * supervisor fills in as met or not yet is their claim, kept with the item; a qualified assessor
 * judges it when signing the item off. Importing the same workbook again adds nothing: each row's
 * content is remembered by its hash. Rows the supervisor added below or among the criteria are
 * reported, never merged into a criterion.
 */
public final class SupervisorWorkbook {
  /** Optional sheet-protection password for written workbooks (protection, not secrecy). */
  public static final String PASSWORD = "evidence.workbook.sheetPassword";
  /** Audit action of a workbook import that added evidence. */
  public static final String ACTION_IMPORT = "evidence.workbook-import";

  private static final int MAX_SHEET_NAME = 31;

  private SupervisorWorkbook() {}

  /**
   * Writes the workbook for every enrolment at {@code placement} whose unit is not yet achieved.
   *
   * @param out the file to write; must not exist, its folder must
   * @throws InvalidInputException when the placement is unknown or has no open enrolment, or
   *     {@code out} exists
   * @throws EnvironmentException when the file cannot be written
   */
  public static WrittenWorkbook write(Workspace workspace, Code placement, Path out) {
    Path target = out.toAbsolutePath().normalize();
    if (Files.exists(target)) {
      throw new InvalidInputException(new Problem(out.toString(), msg("workbook.exists")));
    }
    if (target.getParent() == null || !Files.isDirectory(target.getParent())) {
      throw new InvalidInputException(new Problem(out.toString(), msg("workbook.noFolder")));
    }
    Optional<String> password = workspace.settings().get(PASSWORD);
    String organisation = workspace.settings().getString(Settings.ORG_NAME, "");
    List<WrittenWorkbook.Sheet> written = new ArrayList<>();
    WorkbookContent content = workspace.store().read(tx -> {
      Placement p = Placements.require(tx, placement);
      List<WorkbookContent.Sheet> sheets = new ArrayList<>();
      Set<String> names = new HashSet<>(Set.of(INSTRUCTIONS.toLowerCase(Locale.ROOT),
          MANIFEST));
      Map<Long, Assessor> assessors = new LinkedHashMap<>();
      for (Enrolment e : Enrolments.atPlacement(tx, p.id())) {
        EnrolmentProgress progress = Progress.of(tx, e);
        if (progress.achievedOn().isPresent()) {
          continue;
        }
        Apprentice a = Apprentices.require(tx, e.apprentice());
        CourseUnit unit = EvidenceRecords.unitOf(tx, e);
        Assessor assessor = Assessors.require(tx, e.assessor());
        assessors.put(assessor.id(), assessor);
        String name = sheetName(a.firstName().orElse(a.id().toString()), e, names);
        List<WorkbookContent.Criterion> rows = new ArrayList<>();
        for (CriterionProgress c : progress.criteria()) {
          rows.add(new WorkbookContent.Criterion(c.id().toString(), c.text(),
              c.status().displayName(Message.SWEDISH)));
        }
        List<String> methods = unit.assessmentMethods().stream()
            .map(m -> m.displayName(Message.SWEDISH)).toList();
        sheets.add(new WorkbookContent.Sheet(name, List.of(
            sv("workbook.sheet.title", a.fullName().orElse(a.id().toString()), e.unit(),
                unit.titleSv()),
            sv("workbook.sheet.where", p.workplace(), assessor.name(), e.id()),
            sv("workbook.sheet.how")),
            e.id().toString(), e.unit().toString(), e.unitHash().hex(), methods, rows));
        written.add(new WrittenWorkbook.Sheet(name, e.id(), e.unit(), rows.size()));
      }
      if (sheets.isEmpty()) {
        throw new InvalidInputException(msg("workbook.noEnrolments", placement));
      }
      List<String> recorders = recorderNames(p, assessors.values());
      List<String> instructions = new ArrayList<>();
      instructions.add(sv("workbook.instructions.title", p.workplace()));
      instructions.add(sv("workbook.instructions.about", p.employer(),
          p.arena().displayName(Message.SWEDISH), tx.today(), organisation));
      instructions.add("");
      for (int i = 1; i <= 9; i++) {
        instructions.add(sv("workbook.instructions." + i));
      }
      instructions.add("");
      instructions.add("#" + sv("workbook.instructions.sheets"));
      for (WorkbookContent.Sheet s : sheets) {
        instructions.add(s.name() + ": " + s.heading().get(0));
      }
      instructions.add("");
      instructions.add("#" + sv("workbook.instructions.recorders"));
      instructions.addAll(recorders);
      List<String> headers = List.of(sv("workbook.header.id"), sv("workbook.header.text"),
          sv("workbook.header.date"), sv("workbook.header.method"),
          sv("workbook.header.observed"), sv("workbook.header.claim"),
          sv("workbook.header.recorder"), sv("workbook.header.status"), "ocnkit");
      return new WorkbookContent(p.code().value(), instructions, headers, recorders,
          List.of(Judgement.MET.displayName(Message.SWEDISH),
              Judgement.NOT_YET.displayName(Message.SWEDISH)),
          password, sheets);
    });
    try {
      WorkbookWriter.write(content, target, Optional.of(seal(workspace, true)));
    } catch (IOException e) {
      throw new EnvironmentException(msg("workbook.cannotWrite", target,
          String.valueOf(e.getMessage())), e);
    }
    return new WrittenWorkbook(target, placement, written);
  }

  /**
   * Imports a filled-in workbook: checks every sheet and row, then adds the filled-in rows as
   * evidence items in one transaction.
   *
   * @param shownName how the user named the file, for problems about the file as a whole
   * @throws InvalidInputException listing every problem as {@code 'Sheet'!Cell: ...}; nothing is
   *     added then
   */
  public static WorkbookImport importWorkbook(Workspace workspace, String actor, Path file,
      String shownName) {
    ParsedWorkbook parsed = WorkbookReader.read(file, shownName,
        Optional.of(seal(workspace, false)));
    String sha256 = sha256(file, shownName);
    return workspace.store().write(actor, tx -> {
      // Changed locked cells first, then every other problem, so all are fixed in one go.
      List<Problem> problems = new ArrayList<>(parsed.sealProblems());
      List<CheckedRow> rows = new ArrayList<>();
      Optional<Placement> placement = Code.isValid(parsed.placementCode())
          ? Placements.find(tx, new Code(parsed.placementCode())) : Optional.empty();
      if (placement.isEmpty() && !problems.isEmpty()) {
        throw new InvalidInputException(problems);
      }
      if (placement.isEmpty()) {
        throw new InvalidInputException(new Problem(shownName,
            msg("workbook.unknownPlacement", parsed.placementCode())));
      }
      for (ParsedWorkbook.Sheet sheet : parsed.sheets()) {
        check(tx, placement.get(), sheet, parsed.recorders(), problems, rows);
      }
      Map<EnrolmentId, Optional<Achievement>> achieved = new HashMap<>();
      List<WorkbookImport.Row> added = new ArrayList<>();
      List<WorkbookImport.Row> unchanged = new ArrayList<>();
      List<CheckedRow> toAdd = new ArrayList<>();
      for (CheckedRow row : rows) {
        Optional<Long> existing = tx.queryOne(
            "SELECT id FROM evidence_item WHERE source_key = ?", r -> r.getLong(1), row.key());
        if (existing.isPresent()) {
          unchanged.add(row.result(new EvidenceItemId(existing.get())));
          continue;
        }
        Optional<Achievement> done = achieved.computeIfAbsent(row.enrolment().id(), id -> {
          try {
            return Achievements.of(tx, id);
          } catch (SQLException e) {
            throw new IllegalStateException(e);
          }
        });
        if (done.isPresent()) {
          problems.add(new Problem(row.source().at(COL_DATE), msg("workbook.achieved",
              row.enrolment().id(), row.enrolment().unit(), done.get().achievedOn())));
        } else {
          toAdd.add(row);
        }
      }
      if (!problems.isEmpty()) {
        throw new InvalidInputException(problems);
      }
      for (CheckedRow row : toAdd) {
        Map<CriterionId, Optional<Judgement>> covered = new TreeMap<>();
        covered.put(row.criterion(), Optional.of(row.claim()));
        long id = EvidenceRecords.insert(tx, row.enrolment(), row.date(), row.method(),
            row.observed(), covered, row.recorder(), EvidenceItem.Source.WORKBOOK, row.key(),
            Optional.empty(), Optional.empty(), EvidenceRecords.ACTION_IMPORT);
        added.add(row.result(new EvidenceItemId(id)));
      }
      if (!added.isEmpty()) {
        tx.event(ACTION_IMPORT, "workbook:" + sha256, "{\"sha256\":\"" + sha256
            + "\",\"placement\":\"" + placement.get().code() + "\",\"added\":" + added.size()
            + ",\"unchanged\":" + unchanged.size() + "}");
      }
      return new WorkbookImport(sha256, added, unchanged);
    });
  }

  /**
   * The seal of the workspace's workbooks, keyed with its secret key ({@code keys/}); created
   * when the first workbook is written. An import into a workspace without the key refuses the
   * workbook as not sealed by it.
   */
  private static WorkbookSeal seal(Workspace workspace, boolean create) {
    Optional<org.ocnkit.learner.internal.IdentityKey> key = create
        ? Optional.of(org.ocnkit.learner.internal.IdentityKey.loadOrCreate(workspace.keysDir()))
        : org.ocnkit.learner.internal.IdentityKey.load(workspace.keysDir());
    return new WorkbookSeal((purpose, text) -> key
        .map(k -> k.tag("workbook-seal/" + purpose, text)).orElse("no-key"));
  }

  /** A filled-in row that passed every check. */
  private record CheckedRow(ParsedWorkbook.CriterionRow source, Enrolment enrolment,
      CriterionId criterion, LocalDate date, AssessmentMethod method, String observed,
      Judgement claim, EvidenceRecords.RecorderRow recorder, String key) {
    WorkbookImport.Row result(EvidenceItemId item) {
      return new WorkbookImport.Row(source.at(COL_DATE), enrolment.id(), criterion, claim, item);
    }
  }

  private static void check(Tx tx, Placement placement, ParsedWorkbook.Sheet sheet,
      List<String> offered, List<Problem> problems, List<CheckedRow> rows) throws SQLException {
    String sheetName = sheet.name().orElse(sheet.expectedName());
    String a1 = org.ocnkit.learner.internal.SheetCells.location(sheetName, 0, 0);
    if (sheet.name().isEmpty()) {
      problems.add(new Problem(a1, msg("workbook.sheetMissing", sheet.enrolmentId(),
          sheet.unitRef())));
      return;
    }
    Optional<Enrolment> found = Optional.empty();
    try {
      found = Enrolments.find(tx, EnrolmentId.parse(sheet.enrolmentId()));
    } catch (InvalidInputException e) {
      // reported below as unknown
    }
    if (found.isEmpty() || found.get().placementId() != placement.id()) {
      problems.add(new Problem(a1, msg("workbook.unknownEnrolment", sheet.enrolmentId(),
          placement.code())));
      return;
    }
    Enrolment enrolment = found.get();
    if (!enrolment.unitHash().hex().equals(sheet.unitHash())
        || !enrolment.unit().toString().equals(sheet.unitRef())) {
      problems.add(new Problem(a1, msg("workbook.hashMismatch", sheet.unitRef(),
          abbreviate(sheet.unitHash()), enrolment.id(), enrolment.unit(),
          enrolment.unitHash().prefix())));
      return;
    }
    List<Problem> sheetProblems = new ArrayList<>(sheet.problems());
    CourseUnit unit = EvidenceRecords.unitOf(tx, enrolment);
    List<Candidate> recorders = candidates(tx, placement);
    for (ParsedWorkbook.CriterionRow row : sheet.rows()) {
      checkRow(tx, enrolment, unit, recorders, offered, row, sheetProblems).ifPresent(rows::add);
    }
    sheetProblems.sort(Comparator.comparing((Problem q) -> new CellReference(q.location()).getRow())
        .thenComparing(q -> new CellReference(q.location()).getCol()));
    problems.addAll(sheetProblems);
  }

  private static Optional<CheckedRow> checkRow(ReadTx tx, Enrolment enrolment, CourseUnit unit,
      List<Candidate> recorders, List<String> offered, ParsedWorkbook.CriterionRow row,
      List<Problem> problems) throws SQLException {
    int before = problems.size();
    Optional<AssessmentCriterion> criterion = CriterionId.isValid(row.criterion())
        ? unit.criterion(CriterionId.parse(row.criterion())) : Optional.empty();
    if (criterion.isEmpty()) {
      problems.add(new Problem(row.at(COL_ID), msg("workbook.unknownCriterion",
          row.criterion(), unit.ref(), EvidenceRecords.criteriaList(unit))));
      return Optional.empty();
    }
    AssessmentCriterion c = criterion.get();
    if (!row.shownId().equals(c.id().toString())) {
      boolean known = CriterionId.isValid(row.shownId())
          && unit.criterion(CriterionId.parse(row.shownId())).isPresent();
      problems.add(new Problem(row.at(COL_ID), known
          ? msg("workbook.criterionMoved", row.shownId(), c.id())
          : msg("workbook.unknownCriterion", row.shownId(), unit.ref(),
              EvidenceRecords.criteriaList(unit))));
    }
    if (!TypedText.clean(row.text()).equals(TypedText.clean(c.text()))) {
      problems.add(new Problem(row.at(COL_TEXT), msg("workbook.textEdited", c.id(), c.text())));
    }
    if (!row.filled()) {
      return Optional.empty();
    }
    LocalDate date = null;
    if (row.date().blank()) {
      problems.add(new Problem(row.at(COL_DATE), msg("workbook.missing.date")));
    } else if (row.date().unreadable()) {
      problems.add(new Problem(row.at(COL_DATE), msg("workbook.date", row.date().text())));
    } else if (row.date().date().get().isAfter(tx.today())) {
      problems.add(new Problem(row.at(COL_DATE), msg("workbook.future",
          row.date().date().get(), tx.today())));
    } else {
      // The other date rules every evidence date keeps, at the cell that breaks them.
      Optional<Message> rule = EvidenceDates.broken(row.date().date().get(),
          Apprentices.require(tx, enrolment.apprentice()), tx.today());
      if (rule.isPresent()) {
        problems.add(new Problem(row.at(COL_DATE), rule.get()));
      } else {
        date = row.date().date().get();
      }
    }
    AssessmentMethod method = null;
    if (row.method().isEmpty()) {
      problems.add(new Problem(row.at(COL_METHOD), msg("workbook.missing.method",
          EvidenceRecords.methods(unit, Message.SWEDISH))));
    } else {
      Optional<AssessmentMethod> m = method(row.method());
      if (m.isEmpty() || !unit.assessmentMethods().contains(m.get())) {
        problems.add(new Problem(row.at(COL_METHOD), msg("workbook.method", row.method(),
            unit.ref(), EvidenceRecords.methods(unit, Message.SWEDISH))));
      } else {
        method = m.get();
      }
    }
    if (row.observed().isEmpty()) {
      problems.add(new Problem(row.at(COL_OBSERVED), msg("workbook.missing.observed")));
    }
    Judgement claim = null;
    if (row.claim().isEmpty()) {
      problems.add(new Problem(row.at(COL_CLAIM), msg("workbook.missing.claim")));
    } else {
      claim = Judgement.fromText(row.claim()).orElse(null);
      if (claim == null) {
        problems.add(new Problem(row.at(COL_CLAIM), msg("workbook.claim", row.claim())));
      }
    }
    EvidenceRecords.RecorderRow recorder = null;
    if (row.recorder().isEmpty()) {
      problems.add(new Problem(row.at(COL_RECORDER), msg("workbook.missing.recorder",
          names(offered, recorders))));
    } else {
      recorder = match(recorders, row.recorder()).orElse(null);
      if (recorder == null) {
        problems.add(new Problem(row.at(COL_RECORDER), msg("workbook.recorder", row.recorder(),
            names(offered, recorders))));
      }
    }
    if (problems.size() > before) {
      return Optional.empty();
    }
    String observed = TypedText.clean(row.observed());
    String key = sha256Hex(String.join("\n", "ocnkit-workbook-row-v1",
        enrolment.id().toString(), c.id().toString(), date.toString(), method.code(), observed,
        claim.name(), recorder.recorder().role().name(), recorder.recorder().code().value()));
    return Optional.of(new CheckedRow(row, enrolment, c.id(), date, method, observed, claim,
        recorder, key));
  }

  /** Someone who may be named as recorder in a workbook. */
  private record Candidate(EvidenceRecords.RecorderRow row) {
    String name() {
      return row.recorder().name();
    }

    Code code() {
      return row.recorder().code();
    }
  }

  private static List<Candidate> candidates(ReadTx tx, Placement placement) throws SQLException {
    List<Candidate> all = new ArrayList<>();
    for (Supervisor s : placement.supervisors()) {
      all.add(new Candidate(new EvidenceRecords.RecorderRow(
          new Recorder(Recorder.Role.SUPERVISOR, s.code(), s.name()), s.id())));
    }
    for (Assessor a : Assessors.list(tx)) {
      all.add(new Candidate(new EvidenceRecords.RecorderRow(
          new Recorder(Recorder.Role.ASSESSOR, a.code(), a.name()), a.id())));
    }
    return all;
  }

  /** By code, by "Name (code)", or by a name only one candidate has. */
  private static Optional<EvidenceRecords.RecorderRow> match(List<Candidate> candidates,
      String text) {
    String t = TypedText.clean(text);
    for (Candidate c : candidates) {
      if (c.code().value().equals(t) || TypedText.sameWords(c.name() + " (" + c.code() + ")", t)) {
        return Optional.of(c.row());
      }
    }
    List<Candidate> byName = candidates.stream()
        .filter(c -> TypedText.sameWords(c.name(), t)).toList();
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
    return String.join(", ", candidates.stream()
        .filter(c -> c.row().recorder().role() == Recorder.Role.SUPERVISOR)
        .map(Candidate::name).toList());
  }

  /** Supervisors, then the assessors of the placement's enrolments; "Name (code)" if two share a name. */
  private static List<String> recorderNames(Placement placement, Iterable<Assessor> assessors) {
    List<String[]> people = new ArrayList<>();
    placement.supervisors().forEach(s -> people.add(new String[] {s.name(), s.code().value()}));
    assessors.forEach(a -> people.add(new String[] {a.name(), a.code().value()}));
    List<String> names = new ArrayList<>();
    for (String[] p : people) {
      long same = people.stream().filter(q -> TypedText.sameWords(q[0], p[0])).count();
      names.add(same > 1 ? p[0] + " (" + p[1] + ")" : p[0]);
    }
    return names;
  }

  private static Optional<AssessmentMethod> method(String text) {
    String key = TypedText.key(text);
    for (AssessmentMethod m : AssessmentMethod.values()) {
      if (m.code().equals(key) || TypedText.key(m.displayName(Message.SWEDISH)).equals(key)
          || TypedText.key(m.displayName(Locale.ENGLISH)).equals(key)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  /** "{first name} {unit code}", without the characters a sheet name may not hold, unique. */
  private static String sheetName(String firstName, Enrolment e, Set<String> taken) {
    String code = e.unit().code().value();
    String first = firstName.replaceAll("[\\[\\]:*?/\\\\']", "").strip();
    for (int n = 1; ; n++) {
      String suffix = n == 1 ? "" : " " + n;
      int room = MAX_SHEET_NAME - code.length() - 1 - suffix.length();
      String name = (first.length() > room ? first.substring(0, Math.max(room, 0)).strip()
          : first) + " " + code + suffix;
      name = name.strip();
      if (taken.add(name.toLowerCase(Locale.ROOT))) {
        return name;
      }
    }
  }

  private static String abbreviate(String hash) {
    return hash.length() > 12 ? hash.substring(0, 12) : hash;
  }

  private static String sha256(Path file, String shownName) {
    try {
      return Sha256.hexOf(file);
    } catch (IOException e) {
      throw new InvalidInputException(new Problem(shownName,
          msg("workbook.notXlsx", String.valueOf(e.getMessage()))), e);
    }
  }

  private static String sha256Hex(String text) {
    return Sha256.hex(text);
  }

  private static String sv(String key, Object... args) {
    return msg(key, args).format(Message.SWEDISH);
  }

  private static Message msg(String key, Object... args) {
    return EvidenceRecords.msg(key, args);
  }
}
