package org.ocnkit.moderation;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Message;
import org.ocnkit.Problem;
import org.ocnkit.RefusedException;
import org.ocnkit.evidence.Achievement;
import org.ocnkit.evidence.Achievements;
import org.ocnkit.evidence.EvidenceFilter;
import org.ocnkit.evidence.EvidenceItem;
import org.ocnkit.evidence.EvidenceRecords;
import org.ocnkit.learner.Code;
import org.ocnkit.learner.Enrolment;
import org.ocnkit.learner.EnrolmentId;
import org.ocnkit.learner.Erasure;
import org.ocnkit.learner.LearnerRecords;
import org.ocnkit.moderation.internal.SignOffWithdrawals;
import org.ocnkit.moderation.internal.SignOffs;
import org.ocnkit.store.ReadTx;
import org.ocnkit.store.Row;
import org.ocnkit.store.Store;
import org.ocnkit.store.Tx;

/**
 * The moderator's record of each check: confirm or reject an assessor's sign-off, with a comment.
 *
 * <p><b>Nobody moderates their own assessments</b>: a moderator may not record an outcome for an
 * enrolment whose assessor they are, whose unit they signed off (now or before), or any of whose
 * evidence items (superseded ones included) they recorded or judged. People are compared by the
 * codes evidence records them under.
 *
 * <p>A <b>rejection</b> withdraws the sign-off (audit action {@link Achievements#ACTION_REOPEN}):
 * the unit is no longer achieved, the enrolment is open for evidence again with the moderator's
 * comment, and the assessor signs it off again after signing off more evidence. That new sign-off
 * is a new assessment, which the next sample plan samples again.
 */
public final class ModerationRecords {
  /** Audit action of a sign-off confirmed. */
  public static final String ACTION_CONFIRM = "moderation.confirm";

  /** Audit action of a sign-off rejected (the withdrawal is {@link Achievements#ACTION_REOPEN}). */
  public static final String ACTION_REJECT = "moderation.reject";

  private static final String SELECT =
      "SELECT o.id, o.enrolment_signoff_id, es.enrolment_id,"
          + " a.code, a.name, o.outcome, o.comment, o.recorded_at FROM moderation_outcome o"
          + " JOIN enrolment_signoff es ON es.id = o.enrolment_signoff_id"
          + " JOIN moderator m ON m.id = o.moderator_id JOIN assessor a ON a.id = m.assessor_id";

  /** Audit action of a moderator's comment redacted because the apprentice was erased. */
  public static final String ACTION_REDACT = "moderation.redact";

  private ModerationRecords() {}

  /**
   * Records a moderator's outcome for the current sign-off of an enrolment; a rejection also
   * reopens the enrolment.
   *
   * @throws InvalidInputException when the enrolment or moderator is unknown, or the comment is
   *     empty
   * @throws RefusedException when the moderator took part in the assessment (every way listed), is
   *     no longer a qualified assessor, the unit is not signed off, or this sign-off already has an
   *     outcome
   */
  public static ModerationOutcome record(Store store, String actor, NewOutcome outcome) {
    return store.write(
        actor,
        tx -> {
          Enrolment enrolment = LearnerRecords.requireEnrolment(tx, outcome.enrolment());
          Moderator moderator = Moderators.requireActive(tx, outcome.moderator());
          Optional<Achievement> current = EvidenceRecords.achievement(tx, enrolment.id());
          if (current.isEmpty()) {
            Optional<ModerationOutcome> rejected = latestRejection(tx, enrolment.id());
            throw new RefusedException(
                rejected.isPresent()
                    ? msg(
                        "record.reopened",
                        enrolment.id(),
                        enrolment.unit(),
                        rejected.get().moderatorName(),
                        day(rejected.get()))
                    : msg("record.notSignedOff", enrolment.id(), enrolment.unit()));
          }
          Achievement signOff = current.get();
          Optional<ModerationOutcome> earlier =
              bySignOff(tx).values().stream()
                  .filter(o -> o.signOffId() == signOff.signOffId())
                  .findFirst();
          if (earlier.isPresent()) {
            // A rejected sign-off is withdrawn at once, so the current one can only be confirmed.
            throw new RefusedException(
                msg(
                    "record.confirmed",
                    enrolment.id(),
                    enrolment.unit(),
                    earlier.get().moderatorName(),
                    day(earlier.get())));
          }
          requireNotInvolved(tx, enrolment, moderator);
          if (outcome.comment().isEmpty()) {
            throw new InvalidInputException(msg("record.comment", outcome.verdict().code()));
          }
          String action = outcome.verdict() == Verdict.CONFIRM ? ACTION_CONFIRM : ACTION_REJECT;
          long id =
              tx.insert(
                  "moderation_outcome",
                  new OutcomeRow(
                          signOff.signOffId(),
                          moderator.id(),
                          outcome.verdict(),
                          outcome.comment(),
                          tx.now())
                      .columns(),
                  action);
          if (outcome.verdict() == Verdict.REJECT) {
            SignOffWithdrawals.withdraw(tx, enrolment.id(), outcome.comment());
          }
          return tx.queryOne(SELECT + " WHERE o.id = ?", ModerationRecords::outcome, id)
              .orElseThrow();
        });
  }

  /**
   * Where one enrolment stands for certification ({@link Readiness}), read in the caller's
   * transaction: for a certificate about to list the unit.
   *
   * @throws InvalidInputException when there is no such enrolment
   */
  public static Readiness readiness(ReadTx tx, EnrolmentId enrolment) throws SQLException {
    return CertificationReadiness.check(tx, enrolment);
  }

  /** Every outcome recorded, in the order recorded. */
  public static List<ModerationOutcome> list(ReadTx tx) throws SQLException {
    List<ModerationOutcome> all = new ArrayList<>(tx.query(SELECT, ModerationRecords::outcome));
    all.sort(Comparator.comparingLong(ModerationOutcome::id));
    return all;
  }

  /** {@link #list(ReadTx)} in its own transaction. */
  public static List<ModerationOutcome> list(Store store) {
    return store.read(ModerationRecords::list);
  }

  /** The outcomes of an enrolment's sign-offs, in the order recorded. */
  public static List<ModerationOutcome> ofEnrolment(ReadTx tx, EnrolmentId enrolment)
      throws SQLException {
    LearnerRecords.requireEnrolment(tx, enrolment);
    List<ModerationOutcome> all =
        new ArrayList<>(
            tx.query(
                SELECT + " WHERE es.enrolment_id = ?",
                ModerationRecords::outcome,
                enrolment.value()));
    all.sort(Comparator.comparingLong(ModerationOutcome::id));
    return all;
  }

  /** Every outcome by the sign-off it is for. */
  static Map<Long, ModerationOutcome> bySignOff(ReadTx tx) throws SQLException {
    Map<Long, ModerationOutcome> map = new HashMap<>();
    for (ModerationOutcome o : list(tx)) {
      map.put(o.signOffId(), o);
    }
    return map;
  }

  /** The latest rejection of one of the enrolment's sign-offs. */
  static Optional<ModerationOutcome> latestRejection(ReadTx tx, EnrolmentId enrolment)
      throws SQLException {
    List<ModerationOutcome> rejections =
        ofEnrolment(tx, enrolment).stream().filter(o -> o.verdict() == Verdict.REJECT).toList();
    return rejections.isEmpty()
        ? Optional.empty()
        : Optional.of(rejections.get(rejections.size() - 1));
  }

  /** The date part of when an outcome was recorded, for messages. */
  static String day(ModerationOutcome o) {
    return o.recordedAt().toString().substring(0, 10);
  }

  /** Refuses, naming every way the moderator took part in the enrolment's assessment. */
  private static void requireNotInvolved(ReadTx tx, Enrolment enrolment, Moderator moderator)
      throws SQLException {
    Code code = moderator.code();
    List<Problem> found = new ArrayList<>();
    if (enrolment.assessor().equals(code)) {
      found.add(new Problem("", msg("record.self.assessor", enrolment.id())));
    }
    for (SignOffs.SignOffRow s : SignOffs.ofEnrolment(tx, enrolment.id())) {
      if (s.assessor().equals(code)) {
        found.add(new Problem("", msg("record.self.signedOff", enrolment.unit(), s.achievedOn())));
      }
    }
    List<String> recorded = new ArrayList<>();
    List<String> judged = new ArrayList<>();
    for (EvidenceItem item : EvidenceRecords.list(tx, EvidenceFilter.of(enrolment.id()))) {
      if (item.recordedBy().code().equals(code)) {
        recorded.add(item.id().toString());
      }
      if (item.signOff().isPresent() && item.signOff().get().assessor().equals(code)) {
        judged.add(item.id().toString());
      }
    }
    if (!recorded.isEmpty()) {
      found.add(new Problem("", msg("record.self.recorded", String.join(", ", recorded))));
    }
    if (!judged.isEmpty()) {
      found.add(new Problem("", msg("record.self.judged", String.join(", ", judged))));
    }
    if (!found.isEmpty()) {
      found.add(
          0,
          new Problem(
              "", msg("record.self", moderator.name(), code, enrolment.id(), enrolment.unit())));
      throw new RefusedException(found);
    }
  }

  private static Message msg(String key, Object... args) {
    return Message.of(ModerationRecords.class, key, args);
  }

  private static ModerationOutcome outcome(Row row) throws SQLException {
    return new ModerationOutcome(
        row.getLong("id"),
        row.getLong("enrolment_signoff_id"),
        new EnrolmentId(row.getLong("enrolment_id")),
        new Code(row.getString("code")),
        row.getString("name"),
        row.getEnum("outcome", Verdict.class),
        row.getString("comment"),
        row.getInstant("recorded_at"));
  }

  /**
   * Redacts the name of an apprentice just erased ({@link org.ocnkit.learner.LearnerRecords#erase})
   * from the moderators' comments on their sign-offs, in the same transaction. The outcome and who
   * recorded it stay.
   *
   * @return how many comments changed
   */
  public static int redact(Tx tx, Erasure erasure) throws SQLException {
    // The reasons of withdrawn sign-offs (a rejection's comment again) are redacted too; they were
    // never counted among the changed records, so the count stays what it was.
    SignOffWithdrawals.redact(tx, erasure);
    int changed = 0;
    for (CommentRow o :
        tx.query(
            "SELECT mo.id, mo.comment FROM moderation_outcome mo"
                + " JOIN enrolment_signoff es ON es.id = mo.enrolment_signoff_id"
                + " JOIN enrolment e ON e.id = es.enrolment_id WHERE e.apprentice_id = ?",
            row -> new CommentRow(row.getLong("id"), row.getString("comment")),
            erasure.id().value())) {
      String comment = erasure.redact(o.comment());
      if (!comment.equals(o.comment())) {
        tx.update(
            "moderation_outcome", o.id(), new CommentRow(o.id(), comment).columns(), ACTION_REDACT);
        changed++;
      }
    }
    return changed;
  }

  /** A {@code moderation_outcome} row's id and comment, as redaction reads and writes them. */
  private record CommentRow(long id, String comment) {
    Map<String, Object> columns() {
      return Map.of("comment", comment);
    }
  }

  /** A new row of {@code moderation_outcome}. */
  private record OutcomeRow(
      long signOff, long moderator, Verdict verdict, String comment, Instant recordedAt) {
    Map<String, Object> columns() {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("enrolment_signoff_id", signOff);
      row.put("moderator_id", moderator);
      row.put("outcome", verdict);
      row.put("comment", comment);
      row.put("recorded_at", recordedAt);
      return row;
    }
  }
}
