package org.ocnkit.panel;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Message;
import org.ocnkit.Problem;
import org.ocnkit.RefusedException;
import org.ocnkit.panel.UnitApprovals.Purpose;
import org.ocnkit.panel.UnitApprovals.Usability;
import org.ocnkit.qualification.catalog.StoredQualification;
import org.ocnkit.store.ReadTx;
import org.ocnkit.unit.UnitRef;
import org.ocnkit.unit.catalog.StoredUnit;
import org.ocnkit.unit.catalog.UnitRecords;
import org.ocnkit.unit.catalog.UnitState;

/**
 * The panel's approvals within another package's transaction (the transaction-level API of the
 * panel): whether a unit version may be used ({@link UnitApprovals}), and the decisions that
 * approved a unit or qualification version, which certificates cite. Enrolments and certificates
 * call these inside their own write transactions; front ends use {@link Panel} instead.
 */
public final class ApprovalRecords {
  private ApprovalRecords() {}

  /** Whether {@code ref} may be used for {@code purpose} today (the transaction's date). */
  public static Usability usability(ReadTx tx, UnitRef ref, Purpose purpose) throws SQLException {
    Optional<StoredUnit> stored =
        UnitRecords.find(tx, new UnitRef.Query(ref.code(), Optional.of(ref.version())));
    if (stored.isEmpty()) {
      return new Usability(
          ref,
          Optional.empty(),
          Optional.empty(),
          false,
          Message.of(UnitApprovals.class, "usability.unknown", ref));
    }
    StoredUnit unit = stored.get();
    UnitState state = UnitApprovals.effectiveState(unit.state(), unit.approvedUntil(), tx.today());
    boolean usable =
        switch (state) {
          case APPROVED -> true;
          case REVIEW_DUE -> purpose == Purpose.CERTIFY;
          default -> false;
        };
    String key =
        usable
            ? "usability.ok"
            : "usability." + purpose.name().toLowerCase(java.util.Locale.ROOT) + "." + state.name();
    return new Usability(
        ref,
        Optional.of(state),
        unit.approvedUntil(),
        usable,
        Message.of(
            UnitApprovals.class,
            key,
            ref,
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
    return UnitRecords.require(tx, new UnitRef.Query(ref.code(), Optional.of(ref.version())));
  }

  /**
   * The decision that approved {@code ref} as it stands: the latest decision on the version, when
   * it approved it (with or without conditions). Certificates cite its {@link
   * PanelDecision#identifier()}.
   *
   * @return empty when the version is not stored or its latest decision did not approve it
   */
  public static Optional<PanelDecision> approval(ReadTx tx, UnitRef ref) throws SQLException {
    Optional<StoredUnit> stored =
        UnitRecords.find(tx, new UnitRef.Query(ref.code(), Optional.of(ref.version())));
    if (stored.isEmpty()) {
      return Optional.empty();
    }
    List<PanelDecision> decisions = Decisions.all(tx, stored.get().id());
    return decisions.isEmpty()
        ? Optional.empty()
        : Optional.of(decisions.get(decisions.size() - 1)).filter(d -> d.outcome().approves());
  }

  /**
   * The decision that approved the qualification version {@code stored}, when the latest decision
   * on it approves it (with or without conditions).
   */
  public static Optional<QualificationDecision> approval(ReadTx tx, StoredQualification stored)
      throws SQLException {
    return QualificationDecisions.approval(tx, stored);
  }
}
