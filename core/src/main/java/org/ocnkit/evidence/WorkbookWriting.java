package org.ocnkit.evidence;

import static org.ocnkit.evidence.internal.WorkbookLayout.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ocnkit.EnvironmentException;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Message;
import org.ocnkit.Problem;
import org.ocnkit.evidence.internal.WorkbookContent;
import org.ocnkit.evidence.internal.WorkbookWriter;
import org.ocnkit.learner.Apprentice;
import org.ocnkit.learner.Assessor;
import org.ocnkit.learner.Code;
import org.ocnkit.learner.Enrolment;
import org.ocnkit.learner.LearnerRecords;
import org.ocnkit.learner.Placement;
import org.ocnkit.learner.internal.TypedText;
import org.ocnkit.store.Settings;
import org.ocnkit.store.Workspace;
import org.ocnkit.unit.CourseUnit;

/**
 * Writing the supervisor workbook of a placement: one sheet per open enrolment, one row per
 * criterion, the instructions and the names a row may give as recorder. Reads only.
 */
final class WorkbookWriting {
  private static final int MAX_SHEET_NAME = 31;

  private WorkbookWriting() {}

  /** See {@link SupervisorWorkbook#write}. */
  static WrittenWorkbook write(Workspace workspace, Code placement, Path out) {
    Path target = out.toAbsolutePath().normalize();
    if (Files.exists(target)) {
      throw new InvalidInputException(new Problem(out.toString(), msg("workbook.exists")));
    }
    if (target.getParent() == null || !Files.isDirectory(target.getParent())) {
      throw new InvalidInputException(new Problem(out.toString(), msg("workbook.noFolder")));
    }
    Optional<String> password = workspace.settings().get(SupervisorWorkbook.PASSWORD);
    String organisation = workspace.settings().getString(Settings.ORG_NAME, "");
    List<WrittenWorkbook.Sheet> written = new ArrayList<>();
    WorkbookContent content =
        workspace
            .store()
            .read(
                tx -> {
                  Placement p = LearnerRecords.requirePlacement(tx, placement);
                  List<WorkbookContent.Sheet> sheets = new ArrayList<>();
                  Set<String> names =
                      new HashSet<>(Set.of(INSTRUCTIONS.toLowerCase(Locale.ROOT), MANIFEST));
                  Map<Long, Assessor> assessors = new LinkedHashMap<>();
                  for (Enrolment e : LearnerRecords.enrolmentsAt(tx, p.id())) {
                    EnrolmentProgress progress = Progress.of(tx, e);
                    if (progress.achievedOn().isPresent()) {
                      continue;
                    }
                    Apprentice a = LearnerRecords.requireApprentice(tx, e.apprentice());
                    CourseUnit unit = EvidenceRecording.unitOf(tx, e);
                    Assessor assessor = LearnerRecords.requireAssessor(tx, e.assessor());
                    assessors.put(assessor.id(), assessor);
                    String name = sheetName(a.firstName().orElse(a.id().toString()), e, names);
                    sheets.add(sheet(name, a, e, unit, p, assessor, progress));
                    written.add(
                        new WrittenWorkbook.Sheet(
                            name, e.id(), e.unit(), progress.criteria().size()));
                  }
                  if (sheets.isEmpty()) {
                    throw new InvalidInputException(msg("workbook.noEnrolments", placement));
                  }
                  List<String> recorders = recorderNames(p, assessors.values());
                  List<String> headers =
                      List.of(
                          sv("workbook.header.id"),
                          sv("workbook.header.text"),
                          sv("workbook.header.date"),
                          sv("workbook.header.method"),
                          sv("workbook.header.observed"),
                          sv("workbook.header.claim"),
                          sv("workbook.header.recorder"),
                          sv("workbook.header.status"),
                          "ocnkit");
                  return new WorkbookContent(
                      p.code().value(),
                      instructions(p, tx.today(), organisation, sheets, recorders),
                      headers,
                      recorders,
                      List.of(
                          Judgement.MET.displayName(Message.SWEDISH),
                          Judgement.NOT_YET.displayName(Message.SWEDISH)),
                      password,
                      sheets);
                });
    try {
      WorkbookWriter.write(content, target, Optional.of(SupervisorWorkbook.seal(workspace, true)));
    } catch (IOException e) {
      throw new EnvironmentException(
          msg("workbook.cannotWrite", target, String.valueOf(e.getMessage())), e);
    }
    return new WrittenWorkbook(target, placement, written);
  }

  /** The sheet of one enrolment: heading, the unit's methods, a row per criterion. */
  private static WorkbookContent.Sheet sheet(
      String name,
      Apprentice a,
      Enrolment e,
      CourseUnit unit,
      Placement p,
      Assessor assessor,
      EnrolmentProgress progress) {
    List<WorkbookContent.Criterion> rows = new ArrayList<>();
    for (CriterionProgress c : progress.criteria()) {
      rows.add(
          new WorkbookContent.Criterion(
              c.id().toString(), c.text(), c.status().displayName(Message.SWEDISH)));
    }
    List<String> methods =
        unit.assessmentMethods().stream().map(m -> m.displayName(Message.SWEDISH)).toList();
    return new WorkbookContent.Sheet(
        name,
        List.of(
            sv(
                "workbook.sheet.title",
                a.fullName().orElse(a.id().toString()),
                e.unit(),
                unit.titleSv()),
            sv("workbook.sheet.where", p.workplace(), assessor.name(), e.id()),
            sv("workbook.sheet.how")),
        e.id().toString(),
        e.unit().toString(),
        e.unitHash().hex(),
        methods,
        rows);
  }

  /** The instructions sheet's lines. */
  private static List<String> instructions(
      Placement p,
      java.time.LocalDate today,
      String organisation,
      List<WorkbookContent.Sheet> sheets,
      List<String> recorders) {
    List<String> instructions = new ArrayList<>();
    instructions.add(sv("workbook.instructions.title", p.workplace()));
    instructions.add(
        sv(
            "workbook.instructions.about",
            p.employer(),
            p.arena().displayName(Message.SWEDISH),
            today,
            organisation));
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
    return instructions;
  }

  /**
   * Supervisors, then the assessors of the placement's enrolments; "Name (code)" if two share a
   * name.
   */
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

  /** "{first name} {unit code}", without the characters a sheet name may not hold, unique. */
  static String sheetName(String firstName, Enrolment e, Set<String> taken) {
    String code = e.unit().code().value();
    String first = firstName.replaceAll("[\\[\\]:*?/\\\\']", "").strip();
    for (int n = 1; ; n++) {
      String suffix = n == 1 ? "" : " " + n;
      int room = MAX_SHEET_NAME - code.length() - 1 - suffix.length();
      String name =
          (first.length() > room ? first.substring(0, Math.max(room, 0)).strip() : first)
              + " "
              + code
              + suffix;
      name = name.strip();
      if (taken.add(name.toLowerCase(Locale.ROOT))) {
        return name;
      }
    }
  }

  private static String sv(String key, Object... args) {
    return msg(key, args).format(Message.SWEDISH);
  }

  private static Message msg(String key, Object... args) {
    return EvidenceRecords.msg(key, args);
  }
}
