package org.ocnkit.panel;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Message;
import org.ocnkit.Problem;
import org.ocnkit.RefusedException;
import org.ocnkit.panel.internal.AuthorMatch;
import org.ocnkit.store.ReadTx;
import org.ocnkit.unit.UnitCode;
import org.ocnkit.unit.UnitRef;
import org.ocnkit.unit.catalog.StoredUnit;
import org.ocnkit.unit.catalog.UnitRecords;
import org.ocnkit.unit.catalog.UnitState;

/**
 * What the panel's sub-concepts share: text cleaning and limits, the refusals worded in {@link
 * Panel}'s bundle, and the unit versions the panel works on.
 */
final class PanelChecks {
  static final int MAX_TEXT = 2000;

  private PanelChecks() {}

  static String clean(String text) {
    return text == null ? "" : text.replaceAll("\\s+", " ").strip();
  }

  static void requireLength(String text, String key) {
    if (text.length() > MAX_TEXT) {
      throw new InvalidInputException(Message.of(Panel.class, key, MAX_TEXT));
    }
  }

  static Problem problem(String key, Object... args) {
    return new Problem("", Message.of(Panel.class, key, args));
  }

  static RefusedException refused(String key, Object... args) {
    return new RefusedException(Message.of(Panel.class, key, args));
  }

  static StoredUnit requireUnit(ReadTx tx, UnitRef unit) throws SQLException {
    return UnitRecords.require(tx, new UnitRef.Query(unit.code(), Optional.of(unit.version())));
  }

  /** Votes and decisions are taken on a submitted version, or on one due for review. */
  static void requireUnderReview(ReadTx tx, StoredUnit stored) {
    UnitState state =
        UnitApprovals.effectiveState(stored.state(), stored.approvedUntil(), tx.today());
    if (state != UnitState.SUBMITTED && state != UnitState.REVIEW_DUE) {
      throw refused(
          "review." + state.name(),
          stored.unit().ref(),
          stored.approvedUntil().map(LocalDate::toString).orElse(""));
    }
  }

  /** The code and version of the stored unit version {@code unitVersionId}. */
  static UnitRef ref(ReadTx tx, long unitVersionId) throws SQLException {
    return tx.queryOne(
            "SELECT code, version FROM unit_version WHERE id = ?",
            r -> new UnitRef(new UnitCode(r.getString("code")), r.getInt("version")),
            unitVersionId)
        .orElseThrow(() -> new IllegalStateException("no unit_version:" + unitVersionId));
  }

  /** The stored unit version {@code unitVersionId}, read back and checked. */
  static StoredUnit unit(ReadTx tx, long unitVersionId) throws SQLException {
    return requireUnit(tx, ref(tx, unitVersionId));
  }

  /**
   * The members whose votes on a unit version count at a meeting: present, not named by the unit's
   * author field, no conflict declared.
   */
  static List<PanelMember> voting(Meeting meeting, StoredUnit unit, List<Conflict> conflicts) {
    return meeting.present().stream()
        .filter(m -> !AuthorMatch.isAuthor(unit.unit().author(), m))
        .filter(m -> conflicts.stream().noneMatch(c -> c.member().id() == m.id()))
        .toList();
  }

  /** The members present whom the unit's author field names. */
  static List<PanelMember> authors(Meeting meeting, StoredUnit unit) {
    return meeting.present().stream()
        .filter(m -> AuthorMatch.isAuthor(unit.unit().author(), m))
        .toList();
  }
}
