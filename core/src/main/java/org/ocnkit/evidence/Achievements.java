package org.ocnkit.evidence;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.ocnkit.Problem;
import org.ocnkit.RefusedException;
import org.ocnkit.learner.ApprenticeId;
import org.ocnkit.learner.Assessor;
import org.ocnkit.learner.Code;
import org.ocnkit.learner.Enrolment;
import org.ocnkit.learner.EnrolmentId;
import org.ocnkit.learner.LearnerRecords;
import org.ocnkit.store.ReadTx;
import org.ocnkit.store.Row;
import org.ocnkit.store.Store;
import org.ocnkit.unit.UnitCode;
import org.ocnkit.unit.UnitHash;
import org.ocnkit.unit.UnitRef;

/**
 * Units achieved: the assessor's sign-off of an enrolment, and the query that moderation and
 * certificates use ("which units has this apprentice achieved, when, signed off by whom").
 *
 * <p>A sign-off can be withdrawn (a moderator rejected it; {@code org.ocnkit.moderation} writes the
 * withdrawal, as the owner of its table): the unit is then no longer achieved, the enrolment is
 * open for evidence again, and the assessor signs it off again once they have signed off further
 * evidence. Withdrawn sign-offs stay in the records; every query here answers with the current
 * sign-off only, of which an enrolment has at most one.
 */
public final class Achievements {
  /** Audit action of a unit signed off as achieved. */
  public static final String ACTION_SIGN_OFF = "evidence.unit-sign-off";

  /** Audit action of a sign-off withdrawn, the enrolment reopened (written by moderation). */
  public static final String ACTION_REOPEN = "evidence.unit-reopen";

  private static final String SELECT =
      "SELECT es.enrolment_id, e.apprentice_id, e.unit_version_id, u.code AS unit_code,"
          + " u.version AS unit_version, u.hash AS unit_hash, u.title_sv, es.achieved_on,"
          + " a.code AS assessor_code, a.name AS assessor_name, es.signed_at, es.id AS signoff_id"
          + " FROM enrolment_signoff es JOIN enrolment e ON e.id = es.enrolment_id"
          + " JOIN unit_version u ON u.id = e.unit_version_id"
          + " JOIN assessor a ON a.id = es.assessor_id"
          + " WHERE NOT EXISTS (SELECT 1 FROM enrolment_signoff_withdrawal w"
          + " WHERE w.enrolment_signoff_id = es.id)";

  /** A new row of {@code enrolment_signoff}: the unit achieved, by whom, on which day. */
  record SignOffRow(
      EnrolmentId enrolment,
      long assessor,
      java.time.LocalDate achievedOn,
      java.time.Instant signedAt) {
    Map<String, Object> columns() {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("enrolment_id", enrolment.value());
      row.put("assessor_id", assessor);
      row.put("achieved_on", achievedOn);
      row.put("signed_at", signedAt);
      return row;
    }
  }

  private Achievements() {}

  /**
   * A qualified assessor signs the unit of an enrolment off as achieved, dated today.
   *
   * @throws RefusedException when a criterion is not met by signed-off, current evidence (every
   *     such criterion listed, with its status), the unit was already signed off, the assessor is
   *     not qualified, or an earlier sign-off was withdrawn and no evidence was signed off since
   */
  static Achievement signOff(Store store, String actor, EnrolmentId id, Code assessor) {
    return store.write(
        actor,
        tx -> {
          Enrolment enrolment = LearnerRecords.requireEnrolment(tx, id);
          EvidenceRecording.requireOpen(tx, enrolment);
          Assessor signer = LearnerRecords.requireQualifiedAssessor(tx, assessor);
          requireEvidenceSinceWithdrawal(tx, enrolment);
          EnrolmentProgress progress = Progress.of(tx, enrolment);
          List<CriterionProgress> missing =
              progress.criteria().stream().filter(c -> c.status() != CriterionStatus.MET).toList();
          if (!missing.isEmpty()) {
            List<Problem> problems = new ArrayList<>();
            problems.add(
                new Problem(
                    "",
                    EvidenceRecords.msg(
                        "unitSignOff.missing",
                        id,
                        enrolment.unit(),
                        missing.size(),
                        progress.total())));
            for (CriterionProgress c : missing) {
              problems.add(
                  new Problem(
                      "",
                      EvidenceRecords.msg(
                          "unitSignOff.criterion." + c.status().name(), c.id(), c.text())));
            }
            throw new RefusedException(problems);
          }
          tx.insert(
              "enrolment_signoff",
              new SignOffRow(id, signer.id(), tx.today(), tx.now()).columns(),
              ACTION_SIGN_OFF);
          return of(tx, id).orElseThrow();
        });
  }

  /** The achievement of an enrolment, if its unit was signed off. */
  static Optional<Achievement> of(ReadTx tx, EnrolmentId enrolment) throws SQLException {
    return tx.queryOne(
        SELECT + " AND es.enrolment_id = ?", Achievements::achievement, enrolment.value());
  }

  /**
   * The units an apprentice has achieved, by achievement date then unit, with the assessor who
   * signed each off. Works by id alone, also after the apprentice's personal data was erased.
   */
  static List<Achievement> ofApprentice(ReadTx tx, ApprenticeId apprentice) throws SQLException {
    LearnerRecords.requireApprentice(tx, apprentice);
    return sorted(
        tx.query(
            SELECT + " AND e.apprentice_id = ?", Achievements::achievement, apprentice.value()));
  }

  /** {@link #ofApprentice(ReadTx, ApprenticeId)} in its own transaction. */
  static List<Achievement> ofApprentice(Store store, ApprenticeId apprentice) {
    return store.read(tx -> ofApprentice(tx, apprentice));
  }

  /** Every achievement in the workspace, by achievement date then unit. */
  static List<Achievement> list(ReadTx tx) throws SQLException {
    return sorted(tx.query(SELECT, Achievements::achievement));
  }

  /**
   * Refuses to sign off again after a withdrawal until evidence was signed off since: the assessor
   * answers the moderator's rejection with more evidence, not with the same sign-off.
   */
  private static void requireEvidenceSinceWithdrawal(ReadTx tx, Enrolment enrolment)
      throws SQLException {
    Optional<Withdrawal> last =
        tx.queryOne(
            "SELECT w.withdrawn_at, w.reason,"
                + " w.last_evidence_signoff_id FROM enrolment_signoff_withdrawal w"
                + " JOIN enrolment_signoff es ON es.id = w.enrolment_signoff_id"
                + " WHERE es.enrolment_id = ? AND w.id = (SELECT max(w2.id)"
                + " FROM enrolment_signoff_withdrawal w2 JOIN enrolment_signoff es2"
                + " ON es2.id = w2.enrolment_signoff_id WHERE es2.enrolment_id = ?)",
            row ->
                new Withdrawal(
                    row.getInstant("withdrawn_at"),
                    row.getString("reason"),
                    row.optLong("last_evidence_signoff_id")),
            enrolment.id().value(),
            enrolment.id().value());
    if (last.isEmpty()) {
      return;
    }
    OptionalLong mark = last.get().lastEvidenceSignOff();
    long newer =
        tx.queryLong(
            "SELECT count(*) FROM evidence_signoff so"
                + " JOIN evidence_item ei ON ei.id = so.evidence_item_id"
                + " WHERE ei.enrolment_id = ? AND so.id > ?",
            enrolment.id().value(),
            mark.isPresent() ? mark.getAsLong() : 0L);
    if (newer == 0) {
      throw new RefusedException(
          EvidenceRecords.msg(
              "unitSignOff.reopened",
              enrolment.id(),
              enrolment.unit(),
              last.get().withdrawnAt().toString(),
              last.get().reason()));
    }
  }

  /** The latest withdrawal of an enrolment's sign-off, and the evidence signed off before it. */
  private record Withdrawal(Instant withdrawnAt, String reason, OptionalLong lastEvidenceSignOff) {}

  private static List<Achievement> sorted(List<Achievement> list) {
    List<Achievement> copy = new ArrayList<>(list);
    copy.sort(
        Comparator.comparing(Achievement::achievedOn)
            .thenComparing(Achievement::unit)
            .thenComparing(Achievement::enrolment));
    return copy;
  }

  private static Achievement achievement(Row row) throws SQLException {
    return new Achievement(
        new EnrolmentId(row.getLong("enrolment_id")),
        new ApprenticeId(row.getLong("apprentice_id")),
        row.getLong("unit_version_id"),
        new UnitRef(new UnitCode(row.getString("unit_code")), row.getInt("unit_version")),
        new UnitHash(row.getString("unit_hash")),
        row.getString("title_sv"),
        row.getLocalDate("achieved_on"),
        new Code(row.getString("assessor_code")),
        row.getString("assessor_name"),
        row.getInstant("signed_at"),
        row.getLong("signoff_id"));
  }
}
