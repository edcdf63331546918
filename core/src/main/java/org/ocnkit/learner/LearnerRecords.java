package org.ocnkit.learner;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.ocnkit.InvalidInputException;
import org.ocnkit.RefusedException;
import org.ocnkit.store.ReadTx;
import org.ocnkit.store.Tx;

/**
 * Apprentices, enrolments, placements and assessors at the level of transactions, for the other
 * core packages (evidence, moderation, certificate, report, erasure) that read or erase them inside
 * a transaction of their own. Not for front ends: they use {@link ApprenticeService}, {@link
 * EnrolmentService}, {@link PlacementService} and {@link AssessorService}, whose methods run their
 * own transaction.
 *
 * <p>The SQL stays with the package-private classes of this package that own the tables ({@code
 * Apprentices}, {@code Enrolments}, {@code Placements}, {@code Assessors}); this class is the one
 * door to them from outside the package.
 */
public final class LearnerRecords {
  private LearnerRecords() {}

  /** Every apprentice, by id. Never the disability flag. */
  public static List<Apprentice> apprentices(ReadTx tx) throws SQLException {
    return Apprentices.list(tx);
  }

  /** The apprentice, or {@link InvalidInputException} saying there is none with that id. */
  public static Apprentice requireApprentice(ReadTx tx, ApprenticeId id) throws SQLException {
    return Apprentices.require(tx, id);
  }

  /**
   * Erases the personal data of an apprentice within {@code tx} and returns what the layers above
   * must redact in the same transaction; see {@code Apprentices.erase}.
   *
   * @throws RefusedException when the apprentice was already erased
   */
  public static Erasure erase(Tx tx, ApprenticeId id) throws SQLException {
    return Apprentices.erase(tx, id);
  }

  /** The enrolment with this id, if any. */
  public static Optional<Enrolment> findEnrolment(ReadTx tx, EnrolmentId id) throws SQLException {
    return Enrolments.find(tx, id);
  }

  /** The enrolment, or {@link InvalidInputException} saying there is none with that id. */
  public static Enrolment requireEnrolment(ReadTx tx, EnrolmentId id) throws SQLException {
    return Enrolments.require(tx, id);
  }

  /** The enrolments of an apprentice, by id. */
  public static List<Enrolment> enrolmentsOf(ReadTx tx, ApprenticeId apprentice)
      throws SQLException {
    return Enrolments.ofApprentice(tx, apprentice);
  }

  /** The enrolments at the placement with this row id, by id. */
  public static List<Enrolment> enrolmentsAt(ReadTx tx, long placementId) throws SQLException {
    return Enrolments.atPlacement(tx, placementId);
  }

  /** Every enrolment, by id. */
  public static List<Enrolment> enrolments(ReadTx tx) throws SQLException {
    return Enrolments.list(tx);
  }

  /** The placement with this code, if any. */
  public static Optional<Placement> findPlacement(ReadTx tx, Code code) throws SQLException {
    return Placements.find(tx, code);
  }

  /** The placement, or {@link InvalidInputException} saying there is none with that code. */
  public static Placement requirePlacement(ReadTx tx, Code code) throws SQLException {
    return Placements.require(tx, code);
  }

  /** The placement with this row id; it must exist. */
  public static Placement placementById(ReadTx tx, long id) throws SQLException {
    return Placements.byId(tx, id);
  }

  /** Every assessor, by code. */
  public static List<Assessor> assessors(ReadTx tx) throws SQLException {
    return Assessors.list(tx);
  }

  /** The assessor with this code, if any. */
  public static Optional<Assessor> findAssessor(ReadTx tx, Code code) throws SQLException {
    return Assessors.find(tx, code);
  }

  /** The assessor, or {@link InvalidInputException} saying there is none with that code. */
  public static Assessor requireAssessor(ReadTx tx, Code code) throws SQLException {
    return Assessors.require(tx, code);
  }

  /**
   * The assessor when qualified to judge and sign off; else {@link RefusedException} saying only a
   * qualified assessor may.
   */
  public static Assessor requireQualifiedAssessor(ReadTx tx, Code code) throws SQLException {
    return Assessors.requireQualified(tx, code);
  }
}
