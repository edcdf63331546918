package org.ocnkit.panel;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Message;
import org.ocnkit.Problem;
import org.ocnkit.RefusedException;
import org.ocnkit.panel.internal.PanelRecords;
import org.ocnkit.store.ReadTx;
import org.ocnkit.store.Store;
import org.ocnkit.unit.UnitRef;
import org.ocnkit.unit.catalog.StoredUnit;
import org.ocnkit.unit.catalog.UnitCatalog;
import org.ocnkit.unit.catalog.UnitFilter;
import org.ocnkit.unit.catalog.UnitState;
import org.ocnkit.unit.catalog.UnitSummary;

/**
 * The one place that answers "may this unit version be used?" (DESIGN §3 "Panel workflow"). Every
 * capability that enrols apprentices or issues certificates asks here; nothing else reads the
 * panel's states to decide.
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

  /** Whether {@code ref} may be used for {@code purpose} today (the transaction's date). */
  public static Usability usability(ReadTx tx, UnitRef ref, Purpose purpose) throws SQLException {
    Optional<StoredUnit> stored = UnitCatalog.find(tx, new UnitRef.Query(ref.code(),
        Optional.of(ref.version())));
    if (stored.isEmpty()) {
      return new Usability(ref, Optional.empty(), Optional.empty(), false,
          Message.of(UnitApprovals.class, "usability.unknown", ref));
    }
    StoredUnit unit = stored.get();
    UnitState state = effectiveState(unit.state(), unit.approvedUntil(), tx.today());
    boolean usable = switch (state) {
      case APPROVED -> true;
      case REVIEW_DUE -> purpose == Purpose.CERTIFY;
      default -> false;
    };
    String key = usable ? "usability.ok"
        : "usability." + purpose.name().toLowerCase(java.util.Locale.ROOT) + "." + state.name();
    return new Usability(ref, Optional.of(state), unit.approvedUntil(), usable,
        Message.of(UnitApprovals.class, key, ref,
            unit.approvedUntil().map(LocalDate::toString).orElse("")));
  }

  /**
   * The stored unit when it may be used for {@code purpose}; otherwise {@link RefusedException}
   * with the reason (or {@link InvalidInputException} when the workspace holds no such version).
   */
  public static StoredUnit requireUsable(ReadTx tx, UnitRef ref, Purpose purpose)
      throws SQLException {
    Usability usability = usability(tx, ref, purpose);
    if (usability.state().isEmpty()) {
      throw new InvalidInputException(usability.reason());
    }
    if (!usability.usable()) {
      throw new RefusedException(List.of(new Problem("", usability.reason())));
    }
    return UnitCatalog.require(tx, new UnitRef.Query(ref.code(), Optional.of(ref.version())));
  }

  /**
   * The state a version is in today: an approval whose review date has come is {@link
   * UnitState#REVIEW_DUE}, whatever was stored, so the date alone moves a unit to review.
   */
  public static UnitState effectiveState(UnitState stored, Optional<LocalDate> approvedUntil,
      LocalDate today) {
    if ((stored == UnitState.APPROVED || stored == UnitState.APPROVED_WITH_CONDITIONS)
        && approvedUntil.isPresent() && !today.isBefore(approvedUntil.get())) {
      return UnitState.REVIEW_DUE;
    }
    return stored;
  }

  /**
   * The stored versions that pass {@code filter}, each with its {@link #effectiveState effective
   * state} today: an approval past its review date shows as {@link UnitState#REVIEW_DUE}, and
   * {@code filter}'s state is matched against the effective state.
   *
   * @param dueWithinDays with {@link UnitFilter#dueOnly()}: also the approved versions whose
   *     review date comes within this many days from today (0: only those due now)
   */
  public static List<UnitSummary> list(Store store, UnitFilter filter, int dueWithinDays) {
    return store.read(tx -> list(tx, filter, dueWithinDays));
  }

  /** {@link #list(Store, UnitFilter, int)} within a transaction. */
  public static List<UnitSummary> list(ReadTx tx, UnitFilter filter, int dueWithinDays)
      throws SQLException {
    if (dueWithinDays < 0) {
      throw new IllegalArgumentException("days must be 0 or more, got " + dueWithinDays);
    }
    LocalDate today = tx.today();
    LocalDate horizon = today.plusDays(dueWithinDays);
    List<UnitSummary> units = new ArrayList<>();
    for (UnitSummary u : UnitCatalog.list(tx, UnitFilter.ALL)) {
      UnitState state = effectiveState(u.state(), u.approvedUntil(), today);
      if (filter.state().isPresent() && filter.state().get() != state) {
        continue;
      }
      boolean due = state == UnitState.REVIEW_DUE
          || ((state == UnitState.APPROVED || state == UnitState.APPROVED_WITH_CONDITIONS)
              && u.approvedUntil().filter(d -> !d.isAfter(horizon)).isPresent());
      if (filter.dueOnly() && !due) {
        continue;
      }
      units.add(new UnitSummary(u.id(), u.ref(), u.titleSv(), u.titleEn(), u.arena(), u.level(),
          u.credits(), state, u.hash(), u.approvedUntil()));
    }
    return units;
  }

  /**
   * The decision that approved {@code ref} as it stands: the latest decision on the version, when
   * it approved it (with or without conditions). Certificates cite its {@link
   * PanelDecision#identifier()}.
   *
   * @return empty when the version is not stored or its latest decision did not approve it
   */
  public static Optional<PanelDecision> approval(ReadTx tx, UnitRef ref) throws SQLException {
    Optional<StoredUnit> stored = UnitCatalog.find(tx, new UnitRef.Query(ref.code(),
        Optional.of(ref.version())));
    if (stored.isEmpty()) {
      return Optional.empty();
    }
    List<PanelDecision> decisions = PanelRecords.decisions(tx, stored.get().id());
    return decisions.isEmpty() ? Optional.empty()
        : Optional.of(decisions.get(decisions.size() - 1)).filter(d -> d.outcome().approves());
  }

  /**
   * The answer for one unit version.
   *
   * @param state the effective state today, empty when the workspace holds no such version
   * @param reason why it may or may not be used, naming the state and what to do
   */
  public record Usability(UnitRef ref, Optional<UnitState> state,
      Optional<LocalDate> approvedUntil, boolean usable, Message reason) {}
}
