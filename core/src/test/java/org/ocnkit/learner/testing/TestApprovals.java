package org.ocnkit.learner.testing;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ocnkit.panel.Ballot;
import org.ocnkit.panel.Meeting;
import org.ocnkit.panel.Panel;
import org.ocnkit.panel.PanelSettings;
import org.ocnkit.panel.Sector;
import org.ocnkit.panel.VoteChoice;
import org.ocnkit.store.Store;
import org.ocnkit.unit.UnitRef;
import org.ocnkit.unit.catalog.UnitRecords;
import org.ocnkit.unit.catalog.UnitState;

/**
 * Unit approval for tests of the capabilities that need an approved unit. {@link #approve(Store,
 * UnitRef)} goes through the real panel workflow (members, submission, a meeting, votes, a decision
 * under the quorum rules); the variants with a chosen review date or state set the stored state
 * directly, as the panel would have recorded it, for tests about what follows.
 */
public final class TestApprovals {
  private TestApprovals() {}

  /**
   * Approves {@code ref} for three years from the store's today through the panel: a panel of three
   * (added once per store), the version submitted if it is a draft, a meeting, three votes to
   * approve and the decision.
   */
  public static void approve(Store store, UnitRef ref) {
    Panel panel = new Panel(store, PanelSettings.DEFAULTS, "Testkommunen");
    if (panel.members().isEmpty()) {
      panel.addMember("panel-test", "Anna Arbetsliv", "Testbolaget AB", Sector.WORKING_LIFE, true);
      panel.addMember("panel-test", "Erik Utbildning", "Testskolan", Sector.EDUCATION, false);
      panel.addMember("panel-test", "Sofia Samhälle", "Testföreningen", Sector.COMMUNITY, false);
    }
    UnitState state =
        store.read(
            tx ->
                UnitRecords.require(
                        tx, new UnitRef.Query(ref.code(), java.util.Optional.of(ref.version())))
                    .state());
    if (state == UnitState.DRAFT) {
      panel.submit(
          "panel-test", new UnitRef.Query(ref.code(), java.util.Optional.of(ref.version())));
    }
    List<String> members = List.of("Anna Arbetsliv", "Erik Utbildning", "Sofia Samhälle");
    Meeting meeting =
        panel.openMeeting(
            "panel-test", java.util.Optional.empty(), members, java.util.Optional.empty());
    panel.vote("panel-test", meeting.id(), ref, members, Ballot.of(VoteChoice.APPROVE));
    panel.decide("panel-test", meeting.id(), ref);
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
    store.write(
        "panel-test",
        tx -> {
          long id =
              tx.queryLong(
                  "SELECT id FROM unit_version WHERE code = ? AND version = ?",
                  ref.code().value(),
                  ref.version());
          tx.update("unit_version", id, values, "panel.decide");
          return null;
        });
  }
}
