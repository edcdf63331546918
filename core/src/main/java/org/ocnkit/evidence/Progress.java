package org.ocnkit.evidence;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ocnkit.learner.Apprentice;
import org.ocnkit.learner.ApprenticeId;
import org.ocnkit.learner.Apprentices;
import org.ocnkit.learner.Enrolment;
import org.ocnkit.learner.Enrolments;
import org.ocnkit.store.ReadTx;
import org.ocnkit.store.Store;
import org.ocnkit.unit.AssessmentCriterion;
import org.ocnkit.unit.CourseUnit;

/**
 * Progress per enrolment and criterion. Over current (not superseded) items, a criterion is
 * {@link CriterionStatus#MET} when a signed-off item judges it met; else {@link
 * CriterionStatus#CLAIMED} when an item waiting for sign-off covers it without claiming "not
 * yet"; else {@link CriterionStatus#NOT_YET} when any item covers it; else {@link
 * CriterionStatus#NO_EVIDENCE}.
 */
public final class Progress {
  private Progress() {}

  /** Every enrolment of {@code apprentice}, or of everyone, by apprentice and enrolment. */
  public static List<EnrolmentProgress> of(Store store, Optional<ApprenticeId> apprentice) {
    return store.read(tx -> of(tx, apprentice));
  }

  /** {@link #of(Store, Optional)} within a transaction. */
  public static List<EnrolmentProgress> of(ReadTx tx, Optional<ApprenticeId> apprentice)
      throws SQLException {
    List<Enrolment> enrolments = new ArrayList<>();
    if (apprentice.isPresent()) {
      Apprentices.require(tx, apprentice.get());
      enrolments.addAll(Enrolments.ofApprentice(tx, apprentice.get()));
    } else {
      enrolments.addAll(Enrolments.list(tx));
      enrolments.sort(java.util.Comparator.comparing(Enrolment::apprentice)
          .thenComparing(Enrolment::id));
    }
    List<EnrolmentProgress> all = new ArrayList<>();
    for (Enrolment e : enrolments) {
      all.add(of(tx, e));
    }
    return all;
  }

  /** The progress of one enrolment. */
  public static EnrolmentProgress of(ReadTx tx, Enrolment enrolment) throws SQLException {
    CourseUnit unit = EvidenceRecords.unitOf(tx, enrolment);
    List<EvidenceItem> items = EvidenceRecords.load(tx, "ei.enrolment_id = ?",
        enrolment.id().value()).stream().filter(EvidenceItem::current).toList();
    List<CriterionProgress> criteria = new ArrayList<>();
    for (AssessmentCriterion c : unit.criteria()) {
      boolean met = false;
      boolean claimed = false;
      boolean any = false;
      List<EvidenceItemId> evidence = new ArrayList<>();
      for (EvidenceItem item : items) {
        for (CoveredCriterion covered : item.criteria()) {
          if (!covered.id().equals(c.id())) {
            continue;
          }
          any = true;
          evidence.add(item.id());
          if (item.signedOff()) {
            met |= covered.judgement().orElse(Judgement.NOT_YET) == Judgement.MET;
          } else {
            claimed |= covered.claim().orElse(Judgement.MET) == Judgement.MET;
          }
        }
      }
      CriterionStatus status = met ? CriterionStatus.MET
          : claimed ? CriterionStatus.CLAIMED
          : any ? CriterionStatus.NOT_YET : CriterionStatus.NO_EVIDENCE;
      criteria.add(new CriterionProgress(c.id(), c.text(), status, evidence));
    }
    Apprentice apprentice = Apprentices.require(tx, enrolment.apprentice());
    return new EnrolmentProgress(enrolment.id(), enrolment.apprentice(), apprentice.fullName(),
        enrolment.unit(), enrolment.unitTitle(), enrolment.placement(), enrolment.assessor(),
        criteria, Achievements.of(tx, enrolment.id()).map(Achievement::achievedOn));
  }
}
