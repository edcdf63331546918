package org.ocnkit.learner.testing;

import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ocnkit.store.Store;
import org.ocnkit.unit.UnitRef;
import org.ocnkit.unit.catalog.UnitState;

/**
 * Unit approval for tests of the capabilities that need an approved unit, done as the panel
 * records it: {@code unit_version.state} and {@code approved_until} changed with an audited {@link
 * org.ocnkit.store.Tx#update}. The one place tests approve units, so that it can switch to the
 * panel's own API once that lands.
 */
public final class TestApprovals {
  private TestApprovals() {}

  /** Approves {@code ref} for three years from the store's today. */
  public static void approve(Store store, UnitRef ref) {
    LocalDate today = store.read(tx -> tx.today());
    approve(store, ref, today.plus(Period.ofYears(3)));
  }

  /**
   * Approves {@code ref} until {@code until}; an {@code until} of today or earlier makes the
   * version due for review.
   */
  public static void approve(Store store, UnitRef ref, LocalDate until) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("state", UnitState.APPROVED);
    values.put("approved_until", until);
    update(store, ref, values);
  }

  /** Puts {@code ref} in {@code state} (DRAFT, SUBMITTED ...) with no approval date. */
  public static void setState(Store store, UnitRef ref, UnitState state) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("state", state);
    values.put("approved_until", null);
    update(store, ref, values);
  }

  private static void update(Store store, UnitRef ref, Map<String, Object> values) {
    store.write("panel-test", tx -> {
      long id = tx.queryLong("SELECT id FROM unit_version WHERE code = ? AND version = ?",
          ref.code().value(), ref.version());
      tx.update("unit_version", id, values, "panel.decide");
      return null;
    });
  }
}
