package org.ocnkit.panel;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ocnkit.Message;
import org.ocnkit.store.ReadTx;
import org.ocnkit.store.Store;
import org.ocnkit.unit.UnitRef;
import org.ocnkit.unit.catalog.UnitFilter;
import org.ocnkit.unit.catalog.UnitRecords;
import org.ocnkit.unit.catalog.UnitState;
import org.ocnkit.unit.catalog.UnitSummary;

/**
 * The one place that answers "may this unit version be used?" (DESIGN §3 "Panel workflow"). Every
 * capability that enrols apprentices or issues certificates asks here, or within its own
 * transaction through {@link ApprovalRecords}; nothing else reads the panel's states to decide.
 *
 * <p>A version may take new enrolments only while it is approved (conditions signed off) and its
 * approval has not reached its review date. An achievement may be certified when the version was
 * approved: also after its review date has passed (the learner was assessed against an approved
 * unit), but not when it was withdrawn, rejected, referred back or never approved.
 */
public final class UnitApprovals {
  /** What the unit version is to be used for. */
  public enum Purpose {
    /** A new enrolment. */
    ENROL,
    /** A certificate for an achievement. */
    CERTIFY
  }

  private UnitApprovals() {}

  /**
   * The state a version is in today: an approval whose review date has come is {@link
   * UnitState#REVIEW_DUE}, whatever was stored, so the date alone moves a unit to review.
   */
  public static UnitState effectiveState(
      UnitState stored, Optional<LocalDate> approvedUntil, LocalDate today) {
    if ((stored == UnitState.APPROVED || stored == UnitState.APPROVED_WITH_CONDITIONS)
        && approvedUntil.isPresent()
        && !today.isBefore(approvedUntil.get())) {
      return UnitState.REVIEW_DUE;
    }
    return stored;
  }

  /**
   * The stored versions that pass {@code filter}, each with its {@link #effectiveState effective
   * state} today: an approval past its review date shows as {@link UnitState#REVIEW_DUE}, and
   * {@code filter}'s state is matched against the effective state.
   *
   * @param dueWithinDays with {@link UnitFilter#dueOnly()}: also the approved versions whose review
   *     date comes within this many days from today (0: only those due now)
   */
  static List<UnitSummary> list(Store store, UnitFilter filter, int dueWithinDays) {
    return store.read(tx -> list(tx, filter, dueWithinDays));
  }

  /** {@link #list(Store, UnitFilter, int)} within a transaction. */
  static List<UnitSummary> list(ReadTx tx, UnitFilter filter, int dueWithinDays)
      throws SQLException {
    if (dueWithinDays < 0) {
      throw new IllegalArgumentException("days must be 0 or more, got " + dueWithinDays);
    }
    LocalDate today = tx.today();
    LocalDate horizon = today.plusDays(dueWithinDays);
    List<UnitSummary> units = new ArrayList<>();
    for (UnitSummary u : UnitRecords.list(tx, UnitFilter.ALL)) {
      UnitState state = effectiveState(u.state(), u.approvedUntil(), today);
      if (filter.state().isPresent() && filter.state().get() != state) {
        continue;
      }
      boolean due =
          state == UnitState.REVIEW_DUE
              || ((state == UnitState.APPROVED || state == UnitState.APPROVED_WITH_CONDITIONS)
                  && u.approvedUntil().filter(d -> !d.isAfter(horizon)).isPresent());
      if (filter.dueOnly() && !due) {
        continue;
      }
      units.add(
          new UnitSummary(
              u.id(),
              u.ref(),
              u.titleSv(),
              u.titleEn(),
              u.arena(),
              u.level(),
              u.credits(),
              state,
              u.hash(),
              u.approvedUntil()));
    }
    return units;
  }

  /**
   * The answer for one unit version.
   *
   * @param state the effective state today, empty when the workspace holds no such version
   * @param reason why it may or may not be used, naming the state and what to do
   */
  public record Usability(
      UnitRef ref,
      Optional<UnitState> state,
      Optional<LocalDate> approvedUntil,
      boolean usable,
      Message reason) {}
}
