package org.ocnkit.panel;

import static org.ocnkit.panel.PanelChecks.refused;

import java.util.List;
import java.util.Objects;
import org.ocnkit.Message;
import org.ocnkit.Problem;
import org.ocnkit.RefusedException;
import org.ocnkit.panel.internal.QualificationReadingCopy;
import org.ocnkit.qualification.QualificationRef;
import org.ocnkit.qualification.catalog.QualificationRecords;
import org.ocnkit.qualification.catalog.StoredQualification;
import org.ocnkit.store.Store;
import org.ocnkit.store.Workspace;
import org.ocnkit.unit.catalog.UnitFilter;
import org.ocnkit.unit.catalog.UnitRecords;
import org.ocnkit.unit.catalog.UnitState;

/**
 * The panel's workflow for qualification versions: the same states, meetings, quorum, votes and
 * decisions as for a unit ({@link Panel}), on the qualification's content hash. A qualification is
 * submitted only when it is consistent with the stored units (every unit approved, every rule
 * possible to meet); an approval lasts the qualification's review period, else the workspace's.
 */
public final class QualificationPanel {
  public static final String ACTION_SUBMIT = "panel.qualification-submit";
  public static final String ACTION_VOTE = "panel.qualification-vote";
  public static final String ACTION_DECIDE = "panel.qualification-decide";
  public static final String ACTION_CONDITIONS_MET = "panel.qualification-conditions-met";

  private final Store store;
  private final PanelSettings settings;
  private final String organisation;

  public QualificationPanel(Store store, PanelSettings settings, String organisation) {
    this.store = Objects.requireNonNull(store, "store");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.organisation = Objects.requireNonNull(organisation, "organisation");
  }

  /** The panel of an open workspace, with its settings and organisation. */
  public static QualificationPanel of(Workspace workspace) {
    Panel panel = Panel.of(workspace);
    return new QualificationPanel(workspace.store(), panel.settings(), panel.organisation());
  }

  /**
   * Submits a draft to the panel: DRAFT -> SUBMITTED, its content frozen.
   *
   * @throws RefusedException when it is not a draft, or listing every consistency problem (a unit
   *     not approved, a rule that can never be met, a level above the units)
   */
  public QualificationStateChange submit(String actor, QualificationRef.Query query) {
    return store.write(
        actor,
        tx -> {
          StoredQualification stored = QualificationRecords.require(tx, query);
          UnitState state = stored.stateOn(tx.today());
          QualificationRef ref = stored.qualification().ref();
          if (state != UnitState.DRAFT) {
            throw refused(
                "qualification.submit.notDraft",
                ref,
                Message.of(UnitState.class, "state." + state.name()));
          }
          List<Problem> problems =
              QualificationRecords.consistency(tx, stored.qualification(), ref.toString());
          if (!problems.isEmpty()) {
            throw new RefusedException(problems);
          }
          QualificationRecords.changeState(tx, stored.id(), UnitState.SUBMITTED, ACTION_SUBMIT);
          return new QualificationStateChange(
              ref, stored.qualification().hash(), state, UnitState.SUBMITTED);
        });
  }

  /** Records the same vote for each of {@code members}; a second vote corrects the first. */
  public List<QualificationVote> vote(
      String actor, long meetingId, QualificationRef ref, List<String> members, Ballot ballot) {
    Objects.requireNonNull(ballot, "ballot");
    return store.write(actor, tx -> QualificationVotes.cast(tx, meetingId, ref, members, ballot));
  }

  /**
   * Applies the quorum and the votes and records the decision; the qualification version takes the
   * outcome's state, and an approval its review date.
   */
  public QualificationDecision decide(String actor, long meetingId, QualificationRef ref) {
    return store.write(actor, tx -> QualificationDecisions.decide(tx, settings, meetingId, ref));
  }

  /** The chair signs off the conditions of an approval: the version becomes APPROVED. */
  public QualificationDecision conditionsMet(String actor, QualificationRef ref, String member) {
    return store.write(actor, tx -> QualificationDecisions.conditionsMet(tx, ref, member));
  }

  /** Every decision on a qualification version, oldest first. */
  public List<QualificationDecision> decisions(QualificationRef ref) {
    return store.read(
        tx -> QualificationDecisions.all(tx, QualificationDecisions.require(tx, ref)));
  }

  /**
   * The panel's reading copy of a qualification version, PDF/A-3b in Swedish: titles, EQF level,
   * purpose, the units with their titles, levels and credits as stored, every rule of combination,
   * author and state; the content hash on every page.
   */
  public byte[] renderReadingCopy(QualificationRef.Query query) {
    return store.read(
        tx -> {
          StoredQualification stored = QualificationRecords.require(tx, query);
          return QualificationReadingCopy.render(
              stored,
              stored.stateOn(tx.today()),
              organisation,
              UnitRecords.list(tx, UnitFilter.ALL),
              tx.now());
        });
  }
}
