package org.ocnkit.evidence;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Message;
import org.ocnkit.RefusedException;
import org.ocnkit.learner.ApprenticeId;
import org.ocnkit.learner.Enrolment;
import org.ocnkit.learner.EnrolmentId;
import org.ocnkit.learner.Erasure;
import org.ocnkit.learner.LearnerRecords;
import org.ocnkit.store.ReadTx;
import org.ocnkit.store.Store;
import org.ocnkit.store.Tx;
import org.ocnkit.store.Workspace;

/**
 * The evidence package at the level of transactions, for the other core packages (moderation,
 * certificate, report, erasure) that read it inside a transaction of their own: evidence items,
 * units achieved, progress, and the redaction that goes with an apprentice's erasure. Not for front
 * ends: they use {@link EvidenceService}, whose methods run their own transaction. Recording
 * ({@link EvidenceRecording}), the assessor's sign-off ({@link EvidenceSignOffs}), listing ({@link
 * EvidenceListing}), units achieved ({@code Achievements}) and progress ({@code Progress}) live in
 * their own package-private classes with their SQL; this class is the one door to them from outside
 * the package.
 *
 * <p>Nothing here changes an item once recorded: there is no edit and no delete. A signed-off item
 * is locked; a correction is a new item that {@linkplain NewEvidence#supersedes supersedes} it with
 * a reason, and the superseded item no longer counts.
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
   * @throws RefusedException when the unit was already achieved, or the item to correct was already
   *     corrected
   */
  static EvidenceItem add(Workspace workspace, String actor, NewEvidence evidence) {
    return EvidenceRecording.add(workspace, actor, evidence);
  }

  /**
   * A qualified assessor signs evidence items off: records a judgement for every criterion they
   * cover and locks them.
   *
   * @return the items signed off, by id
   * @throws RefusedException when the assessor is not qualified, an item is already signed off
   *     (locked) or superseded, the unit was already achieved, or the enrolment has no item waiting
   * @throws InvalidInputException when a covered criterion has no judgement, a judgement names a
   *     criterion none of the items covers, or an item is dated after the day of the sign-off in
   *     the workspace's zone ({@link EvidenceDates#signOffBroken})
   */
  static List<EvidenceItem> signOff(Store store, String actor, EvidenceSignOff request) {
    return EvidenceSignOffs.signOff(store, actor, request);
  }

  /** The items that pass {@code filter}, by id, superseded ones included. */
  static List<EvidenceItem> list(Store store, EvidenceFilter filter) {
    return store.read(tx -> EvidenceListing.list(tx, filter));
  }

  /** {@link #list(Store, EvidenceFilter)} within a transaction. */
  public static List<EvidenceItem> list(ReadTx tx, EvidenceFilter filter) throws SQLException {
    return EvidenceListing.list(tx, filter);
  }

  static Optional<EvidenceItem> find(ReadTx tx, EvidenceItemId id) throws SQLException {
    return EvidenceListing.find(tx, id);
  }

  /** The item, or {@link InvalidInputException} saying there is none with that id. */
  static EvidenceItem require(ReadTx tx, EvidenceItemId id) throws SQLException {
    return EvidenceListing.require(tx, id);
  }

  /** The current achievement of an enrolment's unit, if signed off and not reopened. */
  public static Optional<Achievement> achievement(ReadTx tx, EnrolmentId enrolment)
      throws SQLException {
    return Achievements.of(tx, enrolment);
  }

  /** The units an apprentice has achieved, by enrolment. */
  public static List<Achievement> achievementsOf(ReadTx tx, ApprenticeId apprentice)
      throws SQLException {
    return Achievements.ofApprentice(tx, apprentice);
  }

  /** Every unit achieved in the workspace, by enrolment. */
  public static List<Achievement> achievements(ReadTx tx) throws SQLException {
    return Achievements.list(tx);
  }

  /** Progress per enrolment: of one apprentice, or of everyone when empty. */
  public static List<EnrolmentProgress> progress(ReadTx tx, Optional<ApprenticeId> apprentice)
      throws SQLException {
    return Progress.of(tx, apprentice);
  }

  /** The progress of one enrolment. */
  public static EnrolmentProgress progress(ReadTx tx, Enrolment enrolment) throws SQLException {
    return Progress.of(tx, enrolment);
  }

  /**
   * Redacts what the evidence package holds about an apprentice just erased with {@link
   * LearnerRecords#erase}, in the same transaction: their name in evidence text and sign-off
   * withdrawal reasons, and their attachments' file names.
   */
  public static ErasureReport redactErased(Tx tx, Erasure erasure) throws SQLException {
    return ApprenticeErasure.redact(tx, erasure);
  }

  /**
   * Erases the apprentice's personal data ({@link LearnerRecords#erase}) and redacts the evidence
   * package's text only, within {@code tx}: for tests of the packages above. Front ends erase
   * through {@code Ocnkit.erase}, which redacts every package's.
   *
   * @throws RefusedException when it was already erased
   * @throws InvalidInputException when there is no such apprentice
   */
  public static ErasureReport eraseApprentice(Tx tx, ApprenticeId apprentice) throws SQLException {
    return ApprenticeErasure.erase(tx, apprentice);
  }

  /** A message of the evidence package's bundle. */
  static Message msg(String key, Object... args) {
    return Message.of(EvidenceRecords.class, key, args);
  }
}
