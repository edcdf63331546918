package org.ocnkit.panel;

import static org.ocnkit.panel.PanelChecks.refused;
import static org.ocnkit.panel.PanelChecks.requireUnit;

import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ocnkit.store.Tx;
import org.ocnkit.unit.UnitRef;
import org.ocnkit.unit.catalog.StoredUnit;
import org.ocnkit.unit.catalog.UnitRecords;
import org.ocnkit.unit.catalog.UnitState;

/** Submission and withdrawal of unit versions ({@code panel_withdrawal}). */
final class UnitStates {
  private UnitStates() {}

  /** A row of {@code panel_withdrawal} as inserted. */
  record WithdrawalRow(
      long unitVersionId, UnitState previousState, String reason, Instant withdrawnAt) {
    Map<String, Object> columns() {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("unit_version_id", unitVersionId);
      row.put("previous_state", previousState);
      row.put("reason", reason);
      row.put("withdrawn_at", withdrawnAt);
      return row;
    }
  }

  /** Submits a draft (see {@link Panel#submit}). */
  static UnitStateChange submit(Tx tx, UnitRef.Query unit) throws SQLException {
    StoredUnit stored = UnitRecords.require(tx, unit);
    UnitState state =
        UnitApprovals.effectiveState(stored.state(), stored.approvedUntil(), tx.today());
    UnitRef ref = stored.unit().ref();
    if (state != UnitState.DRAFT) {
      long next =
          tx.queryLong("SELECT max(version) FROM unit_version WHERE code = ?", ref.code().value())
              + 1;
      throw refused("submit." + state.name(), ref, next);
    }
    UnitRecords.changeState(tx, stored.id(), UnitState.SUBMITTED, Panel.ACTION_SUBMIT);
    return new UnitStateChange(ref, stored.unit().hash(), state, UnitState.SUBMITTED);
  }

  /** Withdraws a version (see {@link Panel#withdraw}); {@code why} is cleaned and checked. */
  static UnitStateChange withdraw(Tx tx, UnitRef unit, String why) throws SQLException {
    StoredUnit stored = requireUnit(tx, unit);
    UnitState state =
        UnitApprovals.effectiveState(stored.state(), stored.approvedUntil(), tx.today());
    if (state == UnitState.WITHDRAWN
        || state == UnitState.REJECTED
        || state == UnitState.REFERRED_BACK) {
      throw refused("withdraw." + state.name(), unit);
    }
    tx.insert(
        "panel_withdrawal",
        new WithdrawalRow(stored.id(), state, why, tx.now()).columns(),
        Panel.ACTION_WITHDRAW);
    UnitRecords.changeState(tx, stored.id(), UnitState.WITHDRAWN, Panel.ACTION_WITHDRAW);
    return new UnitStateChange(unit, stored.unit().hash(), state, UnitState.WITHDRAWN);
  }
}
