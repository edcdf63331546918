package org.ocnkit.moderation.internal;

import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.ocnkit.Message;
import org.ocnkit.RefusedException;
import org.ocnkit.evidence.Achievement;
import org.ocnkit.evidence.Achievements;
import org.ocnkit.evidence.ApprenticeErasure;
import org.ocnkit.evidence.EvidenceRecords;
import org.ocnkit.learner.Enrolment;
import org.ocnkit.learner.EnrolmentId;
import org.ocnkit.learner.Erasure;
import org.ocnkit.learner.LearnerRecords;
import org.ocnkit.moderation.ModerationRecords;
import org.ocnkit.store.Row;
import org.ocnkit.store.Tx;

/**
 * The only writer of {@code enrolment_signoff_withdrawal}, the table the moderation migration (V6)
 * creates: a moderator's rejection withdraws the current sign-off of an enrolment, and an erasure
 * redacts the reasons given. {@link org.ocnkit.evidence.Achievements} reads the table to answer
 * with current sign-offs only; it does not write it.
 */
public final class SignOffWithdrawals {
  private static final String TABLE = "enrolment_signoff_withdrawal";

  private SignOffWithdrawals() {}

  /**
   * Withdraws the current sign-off of an enrolment: its unit is no longer achieved, evidence can be
   * recorded for it again, and the assessor signs it off again once they have signed off more
   * evidence. The sign-off itself stays in the records.
   *
   * @param reason why, shown to the assessor (the moderator's comment)
   * @return the sign-off withdrawn
   * @throws RefusedException when the enrolment's unit is not signed off
   */
  public static Achievement withdraw(Tx tx, EnrolmentId enrolment, String reason)
      throws SQLException {
    Enrolment e = LearnerRecords.requireEnrolment(tx, enrolment);
    Achievement current =
        EvidenceRecords.achievement(tx, enrolment)
            .orElseThrow(
                () ->
                    new RefusedException(
                        Message.of(
                            ModerationRecords.class, "withdraw.notAchieved", enrolment, e.unit())));
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("a withdrawal needs a reason");
    }
    OptionalLong lastEvidence =
        tx.queryOne(
                "SELECT max(so.id) AS last_id FROM evidence_signoff so"
                    + " JOIN evidence_item ei ON ei.id = so.evidence_item_id WHERE ei.enrolment_id = ?",
                row -> row.optLong("last_id"),
                enrolment.value())
            .orElse(OptionalLong.empty());
    tx.insert(
        TABLE,
        new WithdrawalRow(current.signOffId(), tx.now(), reason.strip(), lastEvidence).columns(),
        Achievements.ACTION_REOPEN);
    return current;
  }

  /** Redacts the erased apprentice's personal data from the reasons of withdrawn sign-offs. */
  public static void redact(Tx tx, Erasure erasure) throws SQLException {
    List<Reason> reasons =
        tx.query(
            "SELECT w.id, w.reason FROM "
                + TABLE
                + " w"
                + " JOIN enrolment_signoff es ON es.id = w.enrolment_signoff_id"
                + " JOIN enrolment e ON e.id = es.enrolment_id WHERE e.apprentice_id = ?",
            Reason::of,
            erasure.id().value());
    for (Reason w : reasons) {
      String reason = erasure.redact(w.text());
      if (!reason.equals(w.text())) {
        tx.update(
            TABLE, w.id(), new Reason(w.id(), reason).columns(), ApprenticeErasure.ACTION_REDACT);
      }
    }
  }

  /** A withdrawal's id and reason, as redaction reads and writes them. */
  private record Reason(long id, String text) {
    static Reason of(Row row) throws SQLException {
      return new Reason(row.getLong("id"), row.getString("reason"));
    }

    Map<String, Object> columns() {
      return Map.of("reason", text);
    }
  }

  /** A new row of {@code enrolment_signoff_withdrawal}. */
  private record WithdrawalRow(
      long signOff, Instant withdrawnAt, String reason, OptionalLong lastEvidenceSignOff) {
    Map<String, Object> columns() {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("enrolment_signoff_id", signOff);
      row.put("withdrawn_at", withdrawnAt);
      row.put("reason", reason);
      row.put(
          "last_evidence_signoff_id",
          lastEvidenceSignOff.isPresent() ? lastEvidenceSignOff.getAsLong() : null);
      return row;
    }
  }
}
