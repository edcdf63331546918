package org.ocnkit.evidence;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ocnkit.InvalidInputException;
import org.ocnkit.learner.ApprenticeId;
import org.ocnkit.learner.Code;
import org.ocnkit.learner.EnrolmentId;
import org.ocnkit.learner.LearnerRecords;
import org.ocnkit.store.ReadTx;
import org.ocnkit.store.Row;
import org.ocnkit.unit.AssessmentMethod;
import org.ocnkit.unit.CriterionId;

/**
 * Reading evidence items back: by id, enrolment, apprentice, submission key or all, each with the
 * criteria it covers, its judgements, sign-off, attachments and the correction that superseded it.
 * Owns the queries over {@code evidence_item}, {@code evidence_criterion}, {@code
 * evidence_judgement}, {@code evidence_signoff} and {@code evidence_attachment}.
 */
final class EvidenceListing {
  /** Which items to load: each a fixed condition over {@code evidence_item ei, enrolment e}. */
  enum Scope {
    ALL("1 = 1"),
    ITEM("ei.id = ?"),
    ENROLMENT("ei.enrolment_id = ?"),
    APPRENTICE("e.apprentice_id = ?"),
    SOURCE_KEY("ei.source_key = ?");

    private final String condition;

    Scope(String condition) {
      this.condition = condition;
    }
  }

  /** A criterion an item covers, with the recorder's claim. */
  private record CriterionRow(long item, CriterionId criterion, Optional<Judgement> claim) {
    static CriterionRow map(Row row) throws SQLException {
      return new CriterionRow(
          row.getLong(1),
          CriterionId.parse(row.getString(2)),
          row.optString("claim").map(Judgement::valueOf));
    }
  }

  /** The assessor's judgement of one criterion of an item. */
  private record JudgementRow(long item, CriterionId criterion, Judgement judgement) {
    static JudgementRow map(Row row) throws SQLException {
      return new JudgementRow(
          row.getLong(1), CriterionId.parse(row.getString(2)), Judgement.valueOf(row.getString(3)));
    }
  }

  /** The sign-off that locked an item. */
  private record SignOffRow(long item, SignOff signOff) {
    static SignOffRow map(Row row) throws SQLException {
      return new SignOffRow(
          row.getLong(1),
          new SignOff(new Code(row.getString(2)), row.getString(3), row.getInstant("signed_at")));
    }
  }

  /** A file attached to an item. */
  private record FileRow(long item, AttachedFile file) {
    static FileRow map(Row row) throws SQLException {
      return new FileRow(
          row.getLong(1),
          new AttachedFile(
              row.getLong(2),
              row.getString(3),
              row.getString(4),
              row.getString(5),
              row.getLong(6)));
    }
  }

  /** The correction that superseded an item. */
  private record NewerRow(long item, EvidenceItemId newer) {
    static NewerRow map(Row row) throws SQLException {
      return new NewerRow(row.getLong(1), new EvidenceItemId(row.getLong(2)));
    }
  }

  private EvidenceListing() {}

  /** The items that pass {@code filter}, by id, superseded ones included. */
  static List<EvidenceItem> list(ReadTx tx, EvidenceFilter filter) throws SQLException {
    if (filter.enrolment().isPresent()) {
      LearnerRecords.requireEnrolment(tx, filter.enrolment().get());
      return load(tx, Scope.ENROLMENT, filter.enrolment().get().value());
    }
    if (filter.apprentice().isPresent()) {
      LearnerRecords.requireApprentice(tx, filter.apprentice().get());
      return load(tx, Scope.APPRENTICE, filter.apprentice().get().value());
    }
    return load(tx, Scope.ALL);
  }

  static Optional<EvidenceItem> find(ReadTx tx, EvidenceItemId id) throws SQLException {
    return first(load(tx, Scope.ITEM, id.value()));
  }

  /** The item, or {@link InvalidInputException} saying there is none with that id. */
  static EvidenceItem require(ReadTx tx, EvidenceItemId id) throws SQLException {
    return find(tx, id)
        .orElseThrow(() -> new InvalidInputException(EvidenceRecords.msg("evidence.unknown", id)));
  }

  /** The item recorded under this submission key (web form, workbook row), if any. */
  static Optional<EvidenceItem> bySourceKey(ReadTx tx, String key) throws SQLException {
    return first(load(tx, Scope.SOURCE_KEY, key));
  }

  /** The items of the enrolment, by id. */
  static List<EvidenceItem> ofEnrolment(ReadTx tx, EnrolmentId enrolment) throws SQLException {
    return load(tx, Scope.ENROLMENT, enrolment.value());
  }

  /** The items of the apprentice, by id. */
  static List<EvidenceItem> ofApprentice(ReadTx tx, ApprenticeId apprentice) throws SQLException {
    return load(tx, Scope.APPRENTICE, apprentice.value());
  }

  /** Every item, by id. */
  static List<EvidenceItem> all(ReadTx tx) throws SQLException {
    return load(tx, Scope.ALL);
  }

  private static Optional<EvidenceItem> first(List<EvidenceItem> found) {
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  /** The items in {@code scope}, by id. */
  private static List<EvidenceItem> load(ReadTx tx, Scope scope, Object... params)
      throws SQLException {
    String condition = scope.condition;
    String from = " FROM evidence_item ei JOIN enrolment e ON e.id = ei.enrolment_id";
    Map<Long, List<CriterionRow>> criteria =
        group(
            tx.query(
                "SELECT ec.evidence_item_id, ec.criterion, ec.claim FROM evidence_criterion ec"
                    + " JOIN evidence_item ei ON ei.id = ec.evidence_item_id"
                    + " JOIN enrolment e ON e.id = ei.enrolment_id WHERE "
                    + condition,
                CriterionRow::map,
                params),
            CriterionRow::item);
    Map<Long, List<JudgementRow>> judgements =
        group(
            tx.query(
                "SELECT ej.evidence_item_id, ej.criterion, ej.judgement FROM evidence_judgement ej"
                    + " JOIN evidence_item ei ON ei.id = ej.evidence_item_id"
                    + " JOIN enrolment e ON e.id = ei.enrolment_id WHERE "
                    + condition,
                JudgementRow::map,
                params),
            JudgementRow::item);
    Map<Long, List<SignOffRow>> signOffs =
        group(
            tx.query(
                "SELECT so.evidence_item_id, a.code, a.name, so.signed_at FROM evidence_signoff so"
                    + " JOIN assessor a ON a.id = so.assessor_id"
                    + " JOIN evidence_item ei ON ei.id = so.evidence_item_id"
                    + " JOIN enrolment e ON e.id = ei.enrolment_id WHERE "
                    + condition,
                SignOffRow::map,
                params),
            SignOffRow::item);
    Map<Long, List<FileRow>> files =
        group(
            tx.query(
                "SELECT ea.evidence_item_id, f.id, f.sha256, f.original_name, f.media_type, f.size_bytes"
                    + " FROM evidence_attachment ea JOIN attachment f ON f.id = ea.attachment_id"
                    + " JOIN evidence_item ei ON ei.id = ea.evidence_item_id"
                    + " JOIN enrolment e ON e.id = ei.enrolment_id WHERE "
                    + condition,
                FileRow::map,
                params),
            FileRow::item);
    Map<Long, List<NewerRow>> newer =
        group(
            tx.query(
                "SELECT n.supersedes_id, n.id FROM evidence_item n"
                    + " JOIN evidence_item ei ON ei.id = n.supersedes_id"
                    + " JOIN enrolment e ON e.id = ei.enrolment_id WHERE "
                    + condition,
                NewerRow::map,
                params),
            NewerRow::item);
    List<EvidenceItem> items =
        new ArrayList<>(
            tx.query(
                "SELECT ei.*, s.code AS supervisor_code, s.name AS supervisor_name,"
                    + " a.code AS assessor_code, a.name AS assessor_name"
                    + from
                    + " LEFT JOIN supervisor s ON s.id = ei.recorded_by_supervisor_id"
                    + " LEFT JOIN assessor a ON a.id = ei.recorded_by_assessor_id WHERE "
                    + condition,
                row -> item(row, criteria, judgements, signOffs, files, newer),
                params));
    items.sort(Comparator.comparing(EvidenceItem::id));
    return items;
  }

  private static <R> Map<Long, List<R>> group(
      List<R> rows, java.util.function.ToLongFunction<R> item) {
    Map<Long, List<R>> byItem = new HashMap<>();
    for (R r : rows) {
      byItem.computeIfAbsent(item.applyAsLong(r), k -> new ArrayList<>()).add(r);
    }
    return byItem;
  }

  private static EvidenceItem item(
      Row row,
      Map<Long, List<CriterionRow>> criteria,
      Map<Long, List<JudgementRow>> judgements,
      Map<Long, List<SignOffRow>> signOffs,
      Map<Long, List<FileRow>> files,
      Map<Long, List<NewerRow>> newer)
      throws SQLException {
    long id = row.getLong("id");
    Map<CriterionId, Judgement> judged = new HashMap<>();
    for (JudgementRow j : judgements.getOrDefault(id, List.of())) {
      judged.put(j.criterion(), j.judgement());
    }
    List<CoveredCriterion> covered = new ArrayList<>();
    for (CriterionRow c : criteria.getOrDefault(id, List.of())) {
      covered.add(
          new CoveredCriterion(
              c.criterion(), c.claim(), Optional.ofNullable(judged.get(c.criterion()))));
    }
    covered.sort(Comparator.comparing(CoveredCriterion::id));
    Recorder recorder =
        row.isNull("recorded_by_supervisor_id")
            ? new Recorder(
                Recorder.Role.ASSESSOR,
                new Code(row.getString("assessor_code")),
                row.getString("assessor_name"))
            : new Recorder(
                Recorder.Role.SUPERVISOR,
                new Code(row.getString("supervisor_code")),
                row.getString("supervisor_name"));
    List<AttachedFile> attached = new ArrayList<>();
    files.getOrDefault(id, List.of()).forEach(f -> attached.add(f.file()));
    attached.sort(Comparator.comparingLong(AttachedFile::attachmentId));
    String method = row.getString("method");
    return new EvidenceItem(
        new EvidenceItemId(id),
        new EnrolmentId(row.getLong("enrolment_id")),
        row.getLocalDate("evidence_date"),
        AssessmentMethod.fromCode(method)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "unknown method in evidence_item:" + id + ": " + method)),
        row.getString("description"),
        covered,
        recorder,
        row.getInstant("recorded_at"),
        row.getEnum("source", EvidenceItem.Source.class),
        attached,
        optionalId(row, "supersedes_id"),
        row.optString("supersede_reason"),
        newer.getOrDefault(id, List.of()).stream().map(NewerRow::newer).findFirst(),
        signOffs.getOrDefault(id, List.of()).stream().map(SignOffRow::signOff).findFirst());
  }

  private static Optional<EvidenceItemId> optionalId(Row row, String column) throws SQLException {
    var value = row.optLong(column);
    return value.isPresent()
        ? Optional.of(new EvidenceItemId(value.getAsLong()))
        : Optional.empty();
  }
}
