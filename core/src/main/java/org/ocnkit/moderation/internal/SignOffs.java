package org.ocnkit.moderation.internal;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.ocnkit.evidence.EvidenceFilter;
import org.ocnkit.evidence.EvidenceItem;
import org.ocnkit.evidence.EvidenceRecords;
import org.ocnkit.learner.ApprenticeId;
import org.ocnkit.learner.Code;
import org.ocnkit.learner.EnrolmentId;
import org.ocnkit.moderation.Assessment;
import org.ocnkit.store.ReadTx;
import org.ocnkit.store.Row;
import org.ocnkit.unit.AssessmentMethod;
import org.ocnkit.unit.UnitCode;
import org.ocnkit.unit.UnitRef;

/**
 * Every unit sign-off of the workspace as moderation reads it: current and withdrawn ones, each
 * assessor's sign-offs in time order, and the methods of the evidence each enrolment's current
 * sign-off rests on.
 */
public final class SignOffs {
  /** One {@code enrolment_signoff} row with what it refers to. */
  public record SignOffRow(
      long id,
      EnrolmentId enrolment,
      ApprenticeId apprentice,
      UnitRef unit,
      String unitTitle,
      Code assessor,
      String assessorName,
      Code site,
      LocalDate achievedOn,
      Instant signedAt,
      boolean withdrawn) {
    public SignOffRow {
      Objects.requireNonNull(enrolment, "enrolment");
      Objects.requireNonNull(unit, "unit");
    }
  }

  private static final String SELECT =
      "SELECT es.id, es.enrolment_id, e.apprentice_id,"
          + " u.code AS unit_code, u.version AS unit_version, u.title_sv, a.code AS assessor_code,"
          + " a.name AS assessor_name, p.code AS placement_code, es.achieved_on, es.signed_at,"
          + " (SELECT count(*) FROM enrolment_signoff_withdrawal w"
          + " WHERE w.enrolment_signoff_id = es.id) AS withdrawn"
          + " FROM enrolment_signoff es JOIN enrolment e ON e.id = es.enrolment_id"
          + " JOIN unit_version u ON u.id = e.unit_version_id"
          + " JOIN assessor a ON a.id = es.assessor_id JOIN placement p ON p.id = e.placement_id";

  private SignOffs() {}

  /** Every sign-off, withdrawn ones included, by id. */
  public static List<SignOffRow> all(ReadTx tx) throws SQLException {
    List<SignOffRow> rows = new ArrayList<>(tx.query(SELECT, SignOffs::row));
    rows.sort(Comparator.comparingLong(SignOffRow::id));
    return rows;
  }

  /** The sign-offs of one enrolment, by id. */
  public static List<SignOffRow> ofEnrolment(ReadTx tx, EnrolmentId enrolment) throws SQLException {
    List<SignOffRow> rows =
        new ArrayList<>(
            tx.query(SELECT + " WHERE es.enrolment_id = ?", SignOffs::row, enrolment.value()));
    rows.sort(Comparator.comparingLong(SignOffRow::id));
    return rows;
  }

  /**
   * Each sign-off's place among its assessor's sign-offs (withdrawn ones included), in the order
   * they were made (time, then id): 1 for an assessor's first.
   */
  public static Map<Long, Integer> ranks(List<SignOffRow> all) {
    List<SignOffRow> ordered = new ArrayList<>(all);
    ordered.sort(Comparator.comparing(SignOffRow::signedAt).thenComparingLong(SignOffRow::id));
    Map<Code, Integer> counts = new HashMap<>();
    Map<Long, Integer> ranks = new HashMap<>();
    for (SignOffRow r : ordered) {
      ranks.put(r.id(), counts.merge(r.assessor(), 1, Integer::sum));
    }
    return ranks;
  }

  /**
   * The assessment methods of each enrolment's current (not superseded), signed-off evidence: what
   * its current sign-off rests on.
   */
  public static Map<EnrolmentId, List<AssessmentMethod>> methods(ReadTx tx) throws SQLException {
    Map<EnrolmentId, TreeSet<AssessmentMethod>> methods = new HashMap<>();
    for (EvidenceItem item : EvidenceRecords.list(tx, EvidenceFilter.all())) {
      if (item.current() && item.signedOff()) {
        methods.computeIfAbsent(item.enrolment(), k -> new TreeSet<>()).add(item.method());
      }
    }
    Map<EnrolmentId, List<AssessmentMethod>> out = new HashMap<>();
    methods.forEach((k, v) -> out.put(k, List.copyOf(v)));
    return out;
  }

  /** The assessment a sign-off is. */
  public static Assessment assessment(SignOffRow r, int rank, List<AssessmentMethod> methods) {
    return new Assessment(
        r.id(),
        r.enrolment(),
        r.apprentice(),
        r.unit(),
        r.unitTitle(),
        r.assessor(),
        r.assessorName(),
        r.site(),
        methods,
        r.achievedOn(),
        r.signedAt(),
        rank);
  }

  /** Method codes as stored in a plan item: sorted, comma-separated. */
  public static String methodCodes(List<AssessmentMethod> methods) {
    return String.join(",", new TreeSet<>(methods).stream().map(AssessmentMethod::code).toList());
  }

  /** Reads {@link #methodCodes} back. */
  public static List<AssessmentMethod> parseMethods(String codes) {
    List<AssessmentMethod> methods = new ArrayList<>();
    for (String code : codes.split(",")) {
      if (!code.isBlank()) {
        methods.add(
            AssessmentMethod.fromCode(code)
                .orElseThrow(
                    () -> new IllegalStateException("unknown method in a plan item: " + code)));
      }
    }
    return methods;
  }

  private static SignOffRow row(Row row) throws SQLException {
    return new SignOffRow(
        row.getLong("id"),
        new EnrolmentId(row.getLong("enrolment_id")),
        new ApprenticeId(row.getLong("apprentice_id")),
        new UnitRef(new UnitCode(row.getString("unit_code")), row.getInt("unit_version")),
        row.getString("title_sv"),
        new Code(row.getString("assessor_code")),
        row.getString("assessor_name"),
        new Code(row.getString("placement_code")),
        row.getLocalDate("achieved_on"),
        row.getInstant("signed_at"),
        row.getLong("withdrawn") > 0);
  }
}
