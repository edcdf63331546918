package org.ocnkit.evidence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Message;
import org.ocnkit.Problem;
import org.ocnkit.RefusedException;
import org.ocnkit.learner.Assessor;
import org.ocnkit.learner.Assessors;
import org.ocnkit.learner.Code;
import org.ocnkit.learner.Enrolment;
import org.ocnkit.learner.EnrolmentId;
import org.ocnkit.learner.Enrolments;
import org.ocnkit.learner.Placement;
import org.ocnkit.learner.Placements;
import org.ocnkit.learner.Supervisor;
import org.ocnkit.store.ReadTx;
import org.ocnkit.store.Row;
import org.ocnkit.store.Store;
import org.ocnkit.store.StoredBlob;
import org.ocnkit.store.Tx;
import org.ocnkit.store.Workspace;
import org.ocnkit.unit.AssessmentMethod;
import org.ocnkit.unit.CourseUnit;
import org.ocnkit.unit.CriterionId;
import org.ocnkit.unit.UnitRef;
import org.ocnkit.unit.catalog.UnitCatalog;

/**
 * The evidence items of a workspace: recording them, the assessor's sign-off, listing.
 *
 * <p>Nothing here changes an item once recorded: there is no edit and no delete. A signed-off
 * item is locked; a correction is a new item that {@linkplain NewEvidence#supersedes supersedes}
 * it with a reason, and the superseded item no longer counts.
 */
public final class EvidenceRecords {
  /** Audit action of an item recorded. */
  public static final String ACTION_ADD = "evidence.add";
  /** Audit action of a correction recorded. */
  public static final String ACTION_SUPERSEDE = "evidence.supersede";
  /** Audit action of an item imported from a supervisor workbook. */
  public static final String ACTION_IMPORT = "evidence.import";
  /** Audit action of an item signed off with its judgements. */
  public static final String ACTION_SIGN_OFF = "evidence.sign-off";

  private EvidenceRecords() {}

  /**
   * Records an evidence item (or a correction), with its attachments stored in the workspace's
   * {@code evidence/} folder under the size limit {@code evidence.maxAttachmentMb}.
   *
   * @throws InvalidInputException listing every problem: unknown enrolment or recorder, a date in
   *     the future, a method the unit does not provide for, criteria the unit does not have, no
   *     description, a correction without a reason, an attachment missing or too large
   * @throws RefusedException when the unit was already achieved, or the item to correct was
   *     already corrected
   */
  public static EvidenceItem add(Workspace workspace, String actor, NewEvidence evidence) {
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
    return workspace.store().write(actor, tx -> {
      Optional<EvidenceItem> old = Optional.empty();
      if (evidence.supersedes().isPresent()) {
        EvidenceItem superseded = require(tx, evidence.supersedes().get());
        superseded.supersededBy().ifPresent(newer -> {
          throw new RefusedException(msg("supersede.already", superseded.id(), newer));
        });
        if (evidence.enrolment().isPresent()
            && !evidence.enrolment().get().equals(superseded.enrolment())) {
          problems.add(new Problem("", msg("supersede.otherEnrolment", superseded.id(),
              superseded.enrolment(), evidence.enrolment().get())));
        }
        if (evidence.reason().filter(r -> !r.isEmpty()).isEmpty()) {
          problems.add(new Problem("", msg("supersede.reason", superseded.id())));
        }
        old = Optional.of(superseded);
      }
      EnrolmentId enrolmentId = old.map(EvidenceItem::enrolment)
          .orElseGet(() -> evidence.enrolment().orElseThrow());
      Enrolment enrolment = Enrolments.require(tx, enrolmentId);
      requireOpen(tx, enrolment);
      CourseUnit unit = unitOf(tx, enrolment);
      check(tx, enrolment, unit, evidence, problems);
      Optional<RecorderRow> recorder = recorder(tx, enrolment, evidence.recordedBy(), problems);
      if (!problems.isEmpty()) {
        throw new InvalidInputException(problems);
      }
      Map<CriterionId, Optional<Judgement>> covered = new TreeMap<>();
      evidence.criteria().forEach(c -> covered.put(c, evidence.claim()));
      long id = insert(tx, enrolment, evidence.date(), evidence.method(),
          evidence.description(), covered, recorder.orElseThrow(), EvidenceItem.Source.COMMAND,
          null, evidence.supersedes(), evidence.reason(),
          old.isPresent() ? ACTION_SUPERSEDE : ACTION_ADD);
      for (Map.Entry<Path, StoredBlob> blob : blobs) {
        long attachment = workspace.attachments().record(tx, blob.getValue(),
            mediaType(blob.getKey()), String.valueOf(blob.getKey().getFileName()));
        Map<String, Object> link = new LinkedHashMap<>();
        link.put("evidence_item_id", id);
        link.put("attachment_id", attachment);
        tx.insert("evidence_attachment", link, old.isPresent() ? ACTION_SUPERSEDE : ACTION_ADD);
      }
      return require(tx, new EvidenceItemId(id));
    });
  }

  /**
   * A qualified assessor signs evidence items off: records a judgement for every criterion they
   * cover and locks them.
   *
   * @return the items signed off, by id
   * @throws RefusedException when the assessor is not qualified, an item is already signed off
   *     (locked) or superseded, the unit was already achieved, or the enrolment has no item
   *     waiting
   * @throws InvalidInputException when a covered criterion has no judgement, a judgement names a
   *     criterion none of the items covers, or an item is dated after the day of the sign-off in
   *     the workspace's zone ({@link EvidenceDates#signOffBroken})
   */
  public static List<EvidenceItem> signOff(Store store, String actor, EvidenceSignOff request) {
    return store.write(actor, tx -> {
      Assessor assessor = Assessors.requireQualified(tx, request.assessor());
      List<EvidenceItem> items = new ArrayList<>();
      if (request.enrolment().isPresent()) {
        Enrolment enrolment = Enrolments.require(tx, request.enrolment().get());
        for (EvidenceItem item : load(tx, "ei.enrolment_id = ?", enrolment.id().value())) {
          if (item.current() && !item.signedOff()) {
            items.add(item);
          }
        }
        if (items.isEmpty()) {
          throw new RefusedException(msg("signOff.nothingWaiting", enrolment.id()));
        }
      } else {
        for (EvidenceItemId id : new LinkedHashSet<>(request.items())) {
          items.add(require(tx, id));
        }
      }
      List<Problem> problems = new ArrayList<>();
      Set<CriterionId> coveredByAny = new TreeSet<>();
      Map<EvidenceItemId, Map<CriterionId, Judgement>> judged = new LinkedHashMap<>();
      for (EvidenceItem item : items) {
        item.signOff().ifPresent(s -> {
          throw new RefusedException(msg("signOff.locked", item.id(), s.assessorName(),
              s.at().toString()));
        });
        item.supersededBy().ifPresent(newer -> {
          throw new RefusedException(msg("signOff.superseded", item.id(), newer));
        });
        requireOpen(tx, Enrolments.require(tx, item.enrolment()));
        EvidenceDates.signOffBroken(item.id(), item.date(), tx.now(), tx.zone())
            .ifPresent(rule -> problems.add(new Problem("", rule)));
        Map<CriterionId, Judgement> judgements = new TreeMap<>();
        for (CoveredCriterion c : item.criteria()) {
          coveredByAny.add(c.id());
          boolean met = request.met().contains(c.id());
          boolean notYet = request.notYet().contains(c.id());
          if (met && notYet) {
            problems.add(new Problem("", msg("signOff.both", c.id())));
          } else if (met || notYet) {
            judgements.put(c.id(), met ? Judgement.MET : Judgement.NOT_YET);
          } else if (request.asClaimed() && c.claim().isPresent()) {
            judgements.put(c.id(), c.claim().get());
          } else {
            problems.add(new Problem("", msg("signOff.unjudged", item.id(), c.id())));
          }
        }
        judged.put(item.id(), judgements);
      }
      Set<CriterionId> named = new TreeSet<>(request.met());
      named.addAll(request.notYet());
      named.removeAll(coveredByAny);
      for (CriterionId c : named) {
        problems.add(new Problem("", msg("signOff.notCovered", c)));
      }
      if (!problems.isEmpty()) {
        throw new InvalidInputException(problems);
      }
      List<EvidenceItem> signed = new ArrayList<>();
      for (Map.Entry<EvidenceItemId, Map<CriterionId, Judgement>> e : judged.entrySet()) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("evidence_item_id", e.getKey().value());
        row.put("assessor_id", assessor.id());
        row.put("signed_at", tx.now());
        long signOff = tx.insert("evidence_signoff", row, ACTION_SIGN_OFF);
        for (Map.Entry<CriterionId, Judgement> j : e.getValue().entrySet()) {
          Map<String, Object> judgement = new LinkedHashMap<>();
          judgement.put("evidence_signoff_id", signOff);
          judgement.put("evidence_item_id", e.getKey().value());
          judgement.put("criterion", j.getKey().toString());
          judgement.put("judgement", j.getValue());
          tx.insert("evidence_judgement", judgement, ACTION_SIGN_OFF);
        }
        signed.add(require(tx, e.getKey()));
      }
      signed.sort(Comparator.comparing(EvidenceItem::id));
      return signed;
    });
  }

  /** The items that pass {@code filter}, by id, superseded ones included. */
  public static List<EvidenceItem> list(Store store, EvidenceFilter filter) {
    return store.read(tx -> list(tx, filter));
  }

  /** {@link #list(Store, EvidenceFilter)} within a transaction. */
  public static List<EvidenceItem> list(ReadTx tx, EvidenceFilter filter) throws SQLException {
    if (filter.enrolment().isPresent()) {
      Enrolments.require(tx, filter.enrolment().get());
      return load(tx, "ei.enrolment_id = ?", filter.enrolment().get().value());
    }
    if (filter.apprentice().isPresent()) {
      org.ocnkit.learner.Apprentices.require(tx, filter.apprentice().get());
      return load(tx, "e.apprentice_id = ?", filter.apprentice().get().value());
    }
    return load(tx, "1 = 1");
  }

  public static Optional<EvidenceItem> find(ReadTx tx, EvidenceItemId id) throws SQLException {
    List<EvidenceItem> found = load(tx, "ei.id = ?", id.value());
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  /** The item, or {@link InvalidInputException} saying there is none with that id. */
  public static EvidenceItem require(ReadTx tx, EvidenceItemId id) throws SQLException {
    return find(tx, id).orElseThrow(() -> new InvalidInputException(msg("evidence.unknown", id)));
  }

  // --- shared within the package ---------------------------------------------------------

  /** A resolved recorder and the row id it is stored under. */
  record RecorderRow(Recorder recorder, long id) {}

  /**
   * The supervisor (of the enrolment's placement) or assessor with this code; a problem when
   * there is none.
   */
  static Optional<RecorderRow> recorder(ReadTx tx, Enrolment enrolment, Code code,
      List<Problem> problems) throws SQLException {
    Placement placement = Placements.byId(tx, enrolment.placementId());
    Optional<Supervisor> supervisor = placement.supervisor(code);
    if (supervisor.isPresent()) {
      return Optional.of(new RecorderRow(new Recorder(Recorder.Role.SUPERVISOR, code,
          supervisor.get().name()), supervisor.get().id()));
    }
    Optional<Assessor> assessor = Assessors.find(tx, code);
    if (assessor.isPresent()) {
      return Optional.of(new RecorderRow(new Recorder(Recorder.Role.ASSESSOR, code,
          assessor.get().name()), assessor.get().id()));
    }
    Optional<String> elsewhere = tx.queryOne("SELECT p.code FROM supervisor s JOIN placement p"
        + " ON p.id = s.placement_id WHERE s.code = ?", row -> row.getString(1), code.value());
    problems.add(new Problem("", elsewhere.isPresent()
        ? msg("recorder.otherPlacement", code, elsewhere.get(), placement.code())
        : msg("recorder.unknown", code, placement.code())));
    return Optional.empty();
  }

  /**
   * The rules every new item meets, however it comes in: a date not in the future, a method the
   * unit provides for, at least one criterion and only the unit's, and a description.
   */
  static void check(ReadTx tx, Enrolment enrolment, CourseUnit unit, NewEvidence evidence,
      List<Problem> problems) throws SQLException {
    EvidenceDates.broken(evidence.date(),
        org.ocnkit.learner.Apprentices.require(tx, enrolment.apprentice()), tx.today())
        .ifPresent(rule -> problems.add(new Problem("", rule)));
    if (!unit.assessmentMethods().contains(evidence.method())) {
      problems.add(new Problem("", msg("evidence.method", evidence.method().code(),
          unit.ref(), methods(unit, Locale.ROOT))));
    }
    if (evidence.criteria().isEmpty()) {
      problems.add(new Problem("", msg("evidence.noCriteria", criteriaList(unit))));
    }
    for (CriterionId c : evidence.criteria()) {
      if (unit.criterion(c).isEmpty()) {
        problems.add(new Problem("", msg("evidence.unknownCriterion", c, unit.ref(),
            criteriaList(unit))));
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
      throw new RefusedException(msg("enrolment.achieved", enrolment.id(), enrolment.unit(),
          achieved.get().achievedOn()));
    }
  }

  /** The unit version an enrolment is on. */
  static CourseUnit unitOf(ReadTx tx, Enrolment enrolment) throws SQLException {
    return UnitCatalog.require(tx, new UnitRef.Query(enrolment.unit().code(),
        Optional.of(enrolment.unit().version()))).unit();
  }

  /** Inserts an item and the criteria it covers; returns its id. */
  static long insert(Tx tx, Enrolment enrolment, LocalDate date, AssessmentMethod method,
      String description, Map<CriterionId, Optional<Judgement>> criteria, RecorderRow recorder,
      EvidenceItem.Source source, String sourceKey, Optional<EvidenceItemId> supersedes,
      Optional<String> reason, String action) throws SQLException {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("enrolment_id", enrolment.id().value());
    row.put("evidence_date", date);
    row.put("method", method.code());
    row.put("description", description);
    boolean supervisor = recorder.recorder().role() == Recorder.Role.SUPERVISOR;
    row.put("recorded_by_supervisor_id", supervisor ? recorder.id() : null);
    row.put("recorded_by_assessor_id", supervisor ? null : recorder.id());
    row.put("recorded_at", tx.now());
    row.put("source", source);
    row.put("source_key", sourceKey);
    row.put("supersedes_id", supersedes.map(EvidenceItemId::value).orElse(null));
    row.put("supersede_reason", supersedes.isPresent() ? reason.orElseThrow() : null);
    long id = tx.insert("evidence_item", row, action);
    for (Map.Entry<CriterionId, Optional<Judgement>> c : criteria.entrySet()) {
      Map<String, Object> covered = new LinkedHashMap<>();
      covered.put("evidence_item_id", id);
      covered.put("criterion", c.getKey().toString());
      covered.put("claim", c.getValue().orElse(null));
      tx.insert("evidence_criterion", covered, action);
    }
    return id;
  }

  /**
   * The items matching {@code condition}, a SQL condition over {@code evidence_item ei} joined
   * with its {@code enrolment e}, by id.
   */
  static List<EvidenceItem> load(ReadTx tx, String condition, Object... params)
      throws SQLException {
    String from = " FROM evidence_item ei JOIN enrolment e ON e.id = ei.enrolment_id";
    Map<Long, List<Object[]>> criteria = group(tx.query(
        "SELECT ec.evidence_item_id, ec.criterion, ec.claim FROM evidence_criterion ec"
            + " JOIN evidence_item ei ON ei.id = ec.evidence_item_id"
            + " JOIN enrolment e ON e.id = ei.enrolment_id WHERE " + condition,
        row -> new Object[] {row.getLong(1), row.getString(2), row.optString("claim")},
        params));
    Map<Long, List<Object[]>> judgements = group(tx.query(
        "SELECT ej.evidence_item_id, ej.criterion, ej.judgement FROM evidence_judgement ej"
            + " JOIN evidence_item ei ON ei.id = ej.evidence_item_id"
            + " JOIN enrolment e ON e.id = ei.enrolment_id WHERE " + condition,
        row -> new Object[] {row.getLong(1), row.getString(2), row.getString(3)}, params));
    Map<Long, List<Object[]>> signOffs = group(tx.query(
        "SELECT so.evidence_item_id, a.code, a.name, so.signed_at FROM evidence_signoff so"
            + " JOIN assessor a ON a.id = so.assessor_id"
            + " JOIN evidence_item ei ON ei.id = so.evidence_item_id"
            + " JOIN enrolment e ON e.id = ei.enrolment_id WHERE " + condition,
        row -> new Object[] {row.getLong(1), new SignOff(new Code(row.getString(2)),
            row.getString(3), row.getInstant("signed_at"))}, params));
    Map<Long, List<Object[]>> files = group(tx.query(
        "SELECT ea.evidence_item_id, f.id, f.sha256, f.original_name, f.media_type, f.size_bytes"
            + " FROM evidence_attachment ea JOIN attachment f ON f.id = ea.attachment_id"
            + " JOIN evidence_item ei ON ei.id = ea.evidence_item_id"
            + " JOIN enrolment e ON e.id = ei.enrolment_id WHERE " + condition,
        row -> new Object[] {row.getLong(1), new AttachedFile(row.getLong(2), row.getString(3),
            row.getString(4), row.getString(5), row.getLong(6))}, params));
    Map<Long, List<Object[]>> newer = group(tx.query(
        "SELECT n.supersedes_id, n.id FROM evidence_item n"
            + " JOIN evidence_item ei ON ei.id = n.supersedes_id"
            + " JOIN enrolment e ON e.id = ei.enrolment_id WHERE " + condition,
        row -> new Object[] {row.getLong(1), row.getLong(2)}, params));
    List<EvidenceItem> items = new ArrayList<>(tx.query(
        "SELECT ei.*, s.code AS supervisor_code, s.name AS supervisor_name,"
            + " a.code AS assessor_code, a.name AS assessor_name" + from
            + " LEFT JOIN supervisor s ON s.id = ei.recorded_by_supervisor_id"
            + " LEFT JOIN assessor a ON a.id = ei.recorded_by_assessor_id WHERE " + condition,
        row -> item(row, criteria, judgements, signOffs, files, newer), params));
    items.sort(Comparator.comparing(EvidenceItem::id));
    return items;
  }

  private static Map<Long, List<Object[]>> group(List<Object[]> rows) {
    Map<Long, List<Object[]>> byItem = new HashMap<>();
    for (Object[] r : rows) {
      byItem.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add(r);
    }
    return byItem;
  }

  private static EvidenceItem item(Row row, Map<Long, List<Object[]>> criteria,
      Map<Long, List<Object[]>> judgements, Map<Long, List<Object[]>> signOffs,
      Map<Long, List<Object[]>> files, Map<Long, List<Object[]>> newer) throws SQLException {
    long id = row.getLong("id");
    Map<CriterionId, Judgement> judged = new HashMap<>();
    for (Object[] j : judgements.getOrDefault(id, List.of())) {
      judged.put(CriterionId.parse((String) j[1]), Judgement.valueOf((String) j[2]));
    }
    List<CoveredCriterion> covered = new ArrayList<>();
    for (Object[] c : criteria.getOrDefault(id, List.of())) {
      CriterionId cid = CriterionId.parse((String) c[1]);
      @SuppressWarnings("unchecked")
      Optional<String> claim = (Optional<String>) c[2];
      covered.add(new CoveredCriterion(cid, claim.map(Judgement::valueOf),
          Optional.ofNullable(judged.get(cid))));
    }
    covered.sort(Comparator.comparing(CoveredCriterion::id));
    Recorder recorder = row.isNull("recorded_by_supervisor_id")
        ? new Recorder(Recorder.Role.ASSESSOR, new Code(row.getString("assessor_code")),
            row.getString("assessor_name"))
        : new Recorder(Recorder.Role.SUPERVISOR, new Code(row.getString("supervisor_code")),
            row.getString("supervisor_name"));
    List<AttachedFile> attached = new ArrayList<>();
    files.getOrDefault(id, List.of()).forEach(f -> attached.add((AttachedFile) f[1]));
    attached.sort(Comparator.comparingLong(AttachedFile::attachmentId));
    String method = row.getString("method");
    return new EvidenceItem(
        new EvidenceItemId(id),
        new EnrolmentId(row.getLong("enrolment_id")),
        row.getLocalDate("evidence_date"),
        AssessmentMethod.fromCode(method).orElseThrow(() ->
            new IllegalStateException("unknown method in evidence_item:" + id + ": " + method)),
        row.getString("description"),
        covered,
        recorder,
        row.getInstant("recorded_at"),
        row.getEnum("source", EvidenceItem.Source.class),
        attached,
        optionalId(row, "supersedes_id"),
        row.optString("supersede_reason"),
        newer.getOrDefault(id, List.of()).stream().map(n -> new EvidenceItemId((Long) n[1]))
            .findFirst(),
        signOffs.getOrDefault(id, List.of()).stream().map(s -> (SignOff) s[1]).findFirst());
  }

  private static Optional<EvidenceItemId> optionalId(Row row, String column)
      throws SQLException {
    var value = row.optLong(column);
    return value.isPresent() ? Optional.of(new EvidenceItemId(value.getAsLong()))
        : Optional.empty();
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

  static Message msg(String key, Object... args) {
    return Message.of(EvidenceRecords.class, key, args);
  }
}
