package org.ocnkit.learner;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ocnkit.InvalidInputException;
import org.ocnkit.RefusedException;
import org.ocnkit.panel.ApprovalRecords;
import org.ocnkit.panel.UnitApprovals;
import org.ocnkit.store.ReadTx;
import org.ocnkit.store.Row;
import org.ocnkit.store.Store;
import org.ocnkit.unit.UnitCode;
import org.ocnkit.unit.UnitHash;
import org.ocnkit.unit.UnitRef;
import org.ocnkit.unit.catalog.StoredUnit;
import org.ocnkit.unit.catalog.UnitRecords;

/**
 * Enrolments: an apprentice on an approved unit version at a placement with a qualified assessor.
 * Whether the unit version may take enrolments is {@link UnitApprovals}'s answer alone.
 */
public final class Enrolments {
  /** Audit action of an enrolment. */
  public static final String ACTION_ENROL = "learner.enrol";

  private static final String SELECT =
      "SELECT e.id, e.apprentice_id, e.unit_version_id, u.code AS unit_code,"
          + " u.version AS unit_version, u.hash AS unit_hash, u.title_sv, e.placement_id,"
          + " p.code AS placement_code, s.code AS assessor_code, e.enrolled_on"
          + " FROM enrolment e JOIN unit_version u ON u.id = e.unit_version_id"
          + " JOIN placement p ON p.id = e.placement_id JOIN assessor s ON s.id = e.assessor_id";

  /** A new row of {@code enrolment}. */
  record EnrolmentRow(
      ApprenticeId apprentice,
      long unitVersion,
      long placement,
      long assessor,
      LocalDate enrolledOn,
      Instant createdAt) {
    Map<String, Object> columns() {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("apprentice_id", apprentice.value());
      row.put("unit_version_id", unitVersion);
      row.put("placement_id", placement);
      row.put("assessor_id", assessor);
      row.put("enrolled_on", enrolledOn);
      row.put("created_at", createdAt);
      return row;
    }
  }

  private Enrolments() {}

  /**
   * Enrols an apprentice.
   *
   * @throws RefusedException when the unit version may not take enrolments (with the panel's
   *     reason: a draft, waiting for a decision, due for review ...), the assessor is not
   *     qualified, the apprentice's personal data was erased, or they are already enrolled on that
   *     version
   * @throws InvalidInputException when the apprentice, unit, placement or assessor is unknown
   */
  static Enrolment enrol(Store store, String actor, NewEnrolment enrolment) {
    return store.write(
        actor,
        tx -> {
          Apprentice apprentice = Apprentices.require(tx, enrolment.apprentice());
          StoredUnit stored = UnitRecords.require(tx, enrolment.unit());
          ApprovalRecords.requireUsable(tx, stored.unit().ref(), UnitApprovals.Purpose.ENROL);
          Placement placement = Placements.require(tx, enrolment.placement());
          Assessor assessor = Assessors.requireQualified(tx, enrolment.assessor());
          if (apprentice.erased()) {
            throw new RefusedException(Apprentices.msg("enrol.erased", apprentice.id()));
          }
          Optional<Long> existing =
              tx.queryOne(
                  "SELECT id FROM enrolment WHERE apprentice_id = ? AND unit_version_id = ?",
                  row -> row.getLong(1),
                  apprentice.id().value(),
                  stored.id());
          if (existing.isPresent()) {
            throw new RefusedException(
                Apprentices.msg(
                    "enrol.already",
                    apprentice.id(),
                    stored.unit().ref(),
                    new EnrolmentId(existing.get())));
          }
          long id =
              tx.insert(
                  "enrolment",
                  new EnrolmentRow(
                          apprentice.id(),
                          stored.id(),
                          placement.id(),
                          assessor.id(),
                          tx.today(),
                          tx.now())
                      .columns(),
                  ACTION_ENROL);
          return require(tx, new EnrolmentId(id));
        });
  }

  static Optional<Enrolment> find(ReadTx tx, EnrolmentId id) throws SQLException {
    return tx.queryOne(SELECT + " WHERE e.id = ?", Enrolments::enrolment, id.value());
  }

  /** The enrolment, or {@link InvalidInputException} saying there is none with that id. */
  static Enrolment require(ReadTx tx, EnrolmentId id) throws SQLException {
    return find(tx, id)
        .orElseThrow(() -> new InvalidInputException(Apprentices.msg("enrolment.unknown", id)));
  }

  /** The enrolments of an apprentice, by id. */
  static List<Enrolment> ofApprentice(ReadTx tx, ApprenticeId apprentice) throws SQLException {
    return sorted(
        tx.query(SELECT + " WHERE e.apprentice_id = ?", Enrolments::enrolment, apprentice.value()));
  }

  /** The enrolments at a placement, by id. */
  static List<Enrolment> atPlacement(ReadTx tx, long placementId) throws SQLException {
    return sorted(
        tx.query(SELECT + " WHERE e.placement_id = ?", Enrolments::enrolment, placementId));
  }

  /** Every enrolment, by id. */
  static List<Enrolment> list(ReadTx tx) throws SQLException {
    return sorted(tx.query(SELECT, Enrolments::enrolment));
  }

  /** {@link #list(ReadTx)} in its own transaction. */
  static List<Enrolment> list(Store store) {
    return store.read(Enrolments::list);
  }

  private static List<Enrolment> sorted(List<Enrolment> list) {
    List<Enrolment> copy = new ArrayList<>(list);
    copy.sort(Comparator.comparing(Enrolment::id));
    return copy;
  }

  private static Enrolment enrolment(Row row) throws SQLException {
    return new Enrolment(
        new EnrolmentId(row.getLong("id")),
        new ApprenticeId(row.getLong("apprentice_id")),
        row.getLong("unit_version_id"),
        new UnitRef(new UnitCode(row.getString("unit_code")), row.getInt("unit_version")),
        new UnitHash(row.getString("unit_hash")),
        row.getString("title_sv"),
        row.getLong("placement_id"),
        new Code(row.getString("placement_code")),
        new Code(row.getString("assessor_code")),
        row.getLocalDate("enrolled_on"));
  }
}
