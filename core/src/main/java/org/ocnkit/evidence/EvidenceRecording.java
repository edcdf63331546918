package org.ocnkit.evidence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Problem;
import org.ocnkit.RefusedException;
import org.ocnkit.learner.Assessor;
import org.ocnkit.learner.Code;
import org.ocnkit.learner.Enrolment;
import org.ocnkit.learner.EnrolmentId;
import org.ocnkit.learner.LearnerRecords;
import org.ocnkit.learner.Placement;
import org.ocnkit.learner.Supervisor;
import org.ocnkit.store.ReadTx;
import org.ocnkit.store.StoredBlob;
import org.ocnkit.store.Tx;
import org.ocnkit.store.Workspace;
import org.ocnkit.unit.AssessmentMethod;
import org.ocnkit.unit.CourseUnit;
import org.ocnkit.unit.CriterionId;
import org.ocnkit.unit.UnitRef;
import org.ocnkit.unit.catalog.UnitRecords;

/**
 * Recording evidence items, however they come in (command, workbook row, web form): the rules every
 * new item meets, who recorded it, and the rows of {@code evidence_item}, {@code
 * evidence_criterion} and {@code evidence_attachment}.
 */
final class EvidenceRecording {
  /** A resolved recorder and the row id it is stored under. */
  record RecorderRow(Recorder recorder, long id) {}

  /** A row of {@code evidence_item}. */
  record ItemRow(
      EnrolmentId enrolment,
      LocalDate date,
      AssessmentMethod method,
      String description,
      RecorderRow recorder,
      Instant recordedAt,
      EvidenceItem.Source source,
      String sourceKey,
      Optional<EvidenceItemId> supersedes,
      Optional<String> reason) {
    Map<String, Object> columns() {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("enrolment_id", enrolment.value());
      row.put("evidence_date", date);
      row.put("method", method.code());
      row.put("description", description);
      boolean supervisor = recorder.recorder().role() == Recorder.Role.SUPERVISOR;
      row.put("recorded_by_supervisor_id", supervisor ? recorder.id() : null);
      row.put("recorded_by_assessor_id", supervisor ? null : recorder.id());
      row.put("recorded_at", recordedAt);
      row.put("source", source);
      row.put("source_key", sourceKey);
      row.put("supersedes_id", supersedes.map(EvidenceItemId::value).orElse(null));
      row.put("supersede_reason", supersedes.isPresent() ? reason.orElseThrow() : null);
      return row;
    }
  }

  /** A row of {@code evidence_criterion}: a criterion an item covers, with the claim. */
  record CriterionRow(long item, CriterionId criterion, Optional<Judgement> claim) {
    Map<String, Object> columns() {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("evidence_item_id", item);
      row.put("criterion", criterion.toString());
      row.put("claim", claim.orElse(null));
      return row;
    }
  }

  /** A row of {@code evidence_attachment}: a stored file attached to an item. */
  record AttachmentRow(long item, long attachment) {
    Map<String, Object> columns() {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("evidence_item_id", item);
      row.put("attachment_id", attachment);
      return row;
    }
  }

  private EvidenceRecording() {}

  /** See {@link EvidenceService#add}. */
  static EvidenceItem add(Workspace workspace, String actor, NewEvidence evidence) {
    List<Problem> problems = new ArrayList<>();
    List<Map.Entry<Path, StoredBlob>> blobs = new ArrayList<>();
    for (Path file : evidence.attachments()) {
      try {
        blobs.add(Map.entry(file, workspace.attachments().put(file)));
      } catch (InvalidInputException e) {
        problems.addAll(e.problems());
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return workspace
        .store()
        .write(
            actor,
            tx -> {
              Optional<EvidenceItem> old = Optional.empty();
              if (evidence.supersedes().isPresent()) {
                EvidenceItem superseded = EvidenceListing.require(tx, evidence.supersedes().get());
                superseded
                    .supersededBy()
                    .ifPresent(
                        newer -> {
                          throw new RefusedException(
                              msg("supersede.already", superseded.id(), newer));
                        });
                if (evidence.enrolment().isPresent()
                    && !evidence.enrolment().get().equals(superseded.enrolment())) {
                  problems.add(
                      new Problem(
                          "",
                          msg(
                              "supersede.otherEnrolment",
                              superseded.id(),
                              superseded.enrolment(),
                              evidence.enrolment().get())));
                }
                if (evidence.reason().filter(r -> !r.isEmpty()).isEmpty()) {
                  problems.add(new Problem("", msg("supersede.reason", superseded.id())));
                }
                old = Optional.of(superseded);
              }
              EnrolmentId enrolmentId =
                  old.map(EvidenceItem::enrolment)
                      .orElseGet(() -> evidence.enrolment().orElseThrow());
              Enrolment enrolment = LearnerRecords.requireEnrolment(tx, enrolmentId);
              requireOpen(tx, enrolment);
              CourseUnit unit = unitOf(tx, enrolment);
              check(tx, enrolment, unit, evidence, problems);
              Optional<RecorderRow> recorder =
                  recorder(tx, enrolment, evidence.recordedBy(), problems);
              if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
              }
              Map<CriterionId, Optional<Judgement>> covered = new TreeMap<>();
              evidence.criteria().forEach(c -> covered.put(c, evidence.claim()));
              String action =
                  old.isPresent() ? EvidenceRecords.ACTION_SUPERSEDE : EvidenceRecords.ACTION_ADD;
              long id =
                  insert(
                      tx,
                      enrolment,
                      evidence.date(),
                      evidence.method(),
                      evidence.description(),
                      covered,
                      recorder.orElseThrow(),
                      EvidenceItem.Source.COMMAND,
                      null,
                      evidence.supersedes(),
                      evidence.reason(),
                      action);
              for (Map.Entry<Path, StoredBlob> blob : blobs) {
                long attachment =
                    workspace
                        .attachments()
                        .record(
                            tx,
                            blob.getValue(),
                            mediaType(blob.getKey()),
                            String.valueOf(blob.getKey().getFileName()));
                attach(tx, id, attachment, action);
              }
              return EvidenceListing.require(tx, new EvidenceItemId(id));
            });
  }

  /**
   * The supervisor (of the enrolment's placement) or assessor with this code; a problem when there
   * is none.
   */
  static Optional<RecorderRow> recorder(
      ReadTx tx, Enrolment enrolment, Code code, List<Problem> problems) throws SQLException {
    Placement placement = LearnerRecords.placementById(tx, enrolment.placementId());
    Optional<Supervisor> supervisor = placement.supervisor(code);
    if (supervisor.isPresent()) {
      return Optional.of(
          new RecorderRow(
              new Recorder(Recorder.Role.SUPERVISOR, code, supervisor.get().name()),
              supervisor.get().id()));
    }
    Optional<Assessor> assessor = LearnerRecords.findAssessor(tx, code);
    if (assessor.isPresent()) {
      return Optional.of(
          new RecorderRow(
              new Recorder(Recorder.Role.ASSESSOR, code, assessor.get().name()),
              assessor.get().id()));
    }
    Optional<String> elsewhere =
        tx.queryOne(
            "SELECT p.code FROM supervisor s JOIN placement p"
                + " ON p.id = s.placement_id WHERE s.code = ?",
            row -> row.getString(1),
            code.value());
    problems.add(
        new Problem(
            "",
            elsewhere.isPresent()
                ? msg("recorder.otherPlacement", code, elsewhere.get(), placement.code())
                : msg("recorder.unknown", code, placement.code())));
    return Optional.empty();
  }

  /**
   * The rules every new item meets, however it comes in: a date not in the future, a method the
   * unit provides for, at least one criterion and only the unit's, and a description.
   */
  static void check(
      ReadTx tx, Enrolment enrolment, CourseUnit unit, NewEvidence evidence, List<Problem> problems)
      throws SQLException {
    EvidenceDates.broken(
            evidence.date(),
            LearnerRecords.requireApprentice(tx, enrolment.apprentice()),
            tx.today())
        .ifPresent(rule -> problems.add(new Problem("", rule)));
    if (!unit.assessmentMethods().contains(evidence.method())) {
      problems.add(
          new Problem(
              "",
              msg(
                  "evidence.method",
                  evidence.method().code(),
                  unit.ref(),
                  methods(unit, Locale.ROOT))));
    }
    if (evidence.criteria().isEmpty()) {
      problems.add(new Problem("", msg("evidence.noCriteria", criteriaList(unit))));
    }
    for (CriterionId c : evidence.criteria()) {
      if (unit.criterion(c).isEmpty()) {
        problems.add(
            new Problem("", msg("evidence.unknownCriterion", c, unit.ref(), criteriaList(unit))));
      }
    }
    if (evidence.description().isEmpty()) {
      problems.add(new Problem("", msg("evidence.noDescription")));
    }
  }

  /** Refuses when the enrolment's unit was already signed off as achieved. */
  static void requireOpen(ReadTx tx, Enrolment enrolment) throws SQLException {
    Optional<Achievement> achieved = Achievements.of(tx, enrolment.id());
    if (achieved.isPresent()) {
      throw new RefusedException(
          msg("enrolment.achieved", enrolment.id(), enrolment.unit(), achieved.get().achievedOn()));
    }
  }

  /** The unit version an enrolment is on. */
  static CourseUnit unitOf(ReadTx tx, Enrolment enrolment) throws SQLException {
    return UnitRecords.require(
            tx, new UnitRef.Query(enrolment.unit().code(), Optional.of(enrolment.unit().version())))
        .unit();
  }

  /** Inserts an item and the criteria it covers; returns its id. */
  static long insert(
      Tx tx,
      Enrolment enrolment,
      LocalDate date,
      AssessmentMethod method,
      String description,
      Map<CriterionId, Optional<Judgement>> criteria,
      RecorderRow recorder,
      EvidenceItem.Source source,
      String sourceKey,
      Optional<EvidenceItemId> supersedes,
      Optional<String> reason,
      String action)
      throws SQLException {
    long id =
        tx.insert(
            "evidence_item",
            new ItemRow(
                    enrolment.id(),
                    date,
                    method,
                    description,
                    recorder,
                    tx.now(),
                    source,
                    sourceKey,
                    supersedes,
                    reason)
                .columns(),
            action);
    for (Map.Entry<CriterionId, Optional<Judgement>> c : criteria.entrySet()) {
      tx.insert(
          "evidence_criterion", new CriterionRow(id, c.getKey(), c.getValue()).columns(), action);
    }
    return id;
  }

  /** Attaches a stored file to an item. */
  static void attach(Tx tx, long item, long attachment, String action) throws SQLException {
    tx.insert("evidence_attachment", new AttachmentRow(item, attachment).columns(), action);
  }

  /** The id of the item recorded under this submission key, if any. */
  static Optional<Long> idBySourceKey(ReadTx tx, String key) throws SQLException {
    return tx.queryOne("SELECT id FROM evidence_item WHERE source_key = ?", r -> r.getLong(1), key);
  }

  /** The unit's methods by code (and name in {@code locale}), for messages. */
  static String methods(CourseUnit unit, Locale locale) {
    List<String> names = new ArrayList<>();
    for (AssessmentMethod m : unit.assessmentMethods()) {
      names.add(Locale.ROOT.equals(locale) ? m.code() : m.displayName(locale));
    }
    return String.join(", ", names);
  }

  /** The unit's criterion ids, for messages: {@code 1.1, 1.2, 2.1}. */
  static String criteriaList(CourseUnit unit) {
    return String.join(", ", unit.criteria().stream().map(c -> c.id().toString()).toList());
  }

  private static String mediaType(Path file) {
    try {
      String probed = Files.probeContentType(file);
      if (probed != null) {
        return probed;
      }
    } catch (IOException e) {
      // fall back to the extension
    }
    String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
    String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
    return switch (ext) {
      case "jpg", "jpeg" -> "image/jpeg";
      case "png" -> "image/png";
      case "heic" -> "image/heic";
      case "pdf" -> "application/pdf";
      case "txt" -> "text/plain";
      case "mp4" -> "video/mp4";
      case "m4a" -> "audio/mp4";
      case "docx" -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
      case "xlsx" -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
      default -> "application/octet-stream";
    };
  }

  private static org.ocnkit.Message msg(String key, Object... args) {
    return EvidenceRecords.msg(key, args);
  }
}
