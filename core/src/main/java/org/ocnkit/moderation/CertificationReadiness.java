package org.ocnkit.moderation;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.ocnkit.RefusedException;
import org.ocnkit.evidence.Achievement;
import org.ocnkit.evidence.EvidenceRecords;
import org.ocnkit.learner.ApprenticeId;
import org.ocnkit.learner.Enrolment;
import org.ocnkit.learner.EnrolmentId;
import org.ocnkit.learner.LearnerRecords;
import org.ocnkit.store.ReadTx;
import org.ocnkit.store.Store;

/**
 * The one answer to "may this enrolment's unit go on a certificate, as far as assessment and
 * moderation go?" (DESIGN §3: "A sampled unit cannot be certified until it is confirmed").
 *
 * <p>Ready means: the unit is signed off as achieved (the current sign-off, not one a moderator
 * rejected), a sample plan has decided about that sign-off, and either the plan did not sample it
 * or a moderator confirmed it. A sign-off no plan has decided yet is <em>not</em> ready: moderation
 * samples before certificates are issued, otherwise issuing early would bypass it (draw a plan with
 * {@link ModerationPlans#draw}). A sign-off a moderator confirmed is ready whether or not a plan
 * sampled it. Everything else ({@link Readiness.Status}) comes with a sentence saying what happens
 * next.
 *
 * <p>Whether the unit version may still be certified at all is the panel's answer ({@code
 * org.ocnkit.panel.UnitApprovals}, purpose CERTIFY), which a certificate checks as well.
 */
final class CertificationReadiness {
  private CertificationReadiness() {}

  /**
   * Where one enrolment stands.
   *
   * @throws org.ocnkit.InvalidInputException when there is no such enrolment
   */
  static Readiness check(ReadTx tx, EnrolmentId id) throws SQLException {
    Enrolment enrolment = LearnerRecords.requireEnrolment(tx, id);
    Optional<Achievement> current = EvidenceRecords.achievement(tx, id);
    if (current.isEmpty()) {
      Optional<ModerationOutcome> rejected = ModerationRecords.latestRejection(tx, id);
      return new Readiness(
          id,
          enrolment.apprentice(),
          enrolment.unit(),
          rejected.isPresent() ? Readiness.Status.REOPENED : Readiness.Status.NOT_ACHIEVED,
          Optional.empty(),
          OptionalLong.empty(),
          List.of(),
          rejected);
    }
    Achievement a = current.get();
    Optional<ModerationOutcome> outcome =
        ModerationRecords.ofEnrolment(tx, id).stream()
            .filter(o -> o.signOffId() == a.signOffId())
            .findFirst();
    Optional<ModerationPlans.Decision> decision = ModerationPlans.decision(tx, a.signOffId());
    OptionalLong plan =
        decision.isPresent() ? OptionalLong.of(decision.get().plan()) : OptionalLong.empty();
    List<SampleReason> reasons =
        decision.isPresent() ? ModerationPlans.reasons(tx, decision.get().item()) : List.of();
    Readiness.Status status;
    if (outcome.isPresent() && outcome.get().verdict() == Verdict.CONFIRM) {
      status = Readiness.Status.CONFIRMED;
    } else if (decision.isEmpty()) {
      status = Readiness.Status.NOT_PLANNED;
    } else if (decision.get().sampled()) {
      status = Readiness.Status.AWAITING_MODERATION;
    } else {
      status = Readiness.Status.NOT_SAMPLED;
    }
    return new Readiness(
        id, enrolment.apprentice(), enrolment.unit(), status, current, plan, reasons, outcome);
  }

  /** {@link #check(ReadTx, EnrolmentId)} in its own transaction. */
  static Readiness check(Store store, EnrolmentId id) {
    return store.read(tx -> check(tx, id));
  }

  /**
   * The achievement, when ready; else {@link RefusedException} with the {@linkplain
   * Readiness#reason() reason}. For a certificate about to list the unit.
   */
  static Achievement requireReady(ReadTx tx, EnrolmentId id) throws SQLException {
    Readiness r = check(tx, id);
    if (!r.ready()) {
      throw new RefusedException(r.reason());
    }
    return r.achievement().orElseThrow();
  }

  /** Every enrolment of an apprentice, by enrolment id. */
  static List<Readiness> ofApprentice(ReadTx tx, ApprenticeId apprentice) throws SQLException {
    LearnerRecords.requireApprentice(tx, apprentice);
    List<Readiness> all = new ArrayList<>();
    for (Enrolment e : LearnerRecords.enrolmentsOf(tx, apprentice)) {
      all.add(check(tx, e.id()));
    }
    return all;
  }

  /** {@link #ofApprentice(ReadTx, ApprenticeId)} in its own transaction. */
  static List<Readiness> ofApprentice(Store store, ApprenticeId apprentice) {
    return store.read(tx -> ofApprentice(tx, apprentice));
  }

  /** Every enrolment of the workspace, by enrolment id. */
  static List<Readiness> all(ReadTx tx) throws SQLException {
    List<Readiness> all = new ArrayList<>();
    for (Enrolment e : LearnerRecords.enrolments(tx)) {
      all.add(check(tx, e.id()));
    }
    return all;
  }

  /** {@link #all(ReadTx)} in its own transaction. */
  static List<Readiness> all(Store store) {
    return store.read(CertificationReadiness::all);
  }
}
