package org.ocnkit.evidence;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ocnkit.learner.Apprentice;
import org.ocnkit.learner.ApprenticeId;
import org.ocnkit.learner.Enrolment;
import org.ocnkit.learner.EnrolmentId;
import org.ocnkit.learner.LearnerRecords;
import org.ocnkit.store.ReadTx;
import org.ocnkit.store.Store;
import org.ocnkit.unit.AssessmentCriterion;
import org.ocnkit.unit.CourseUnit;
import org.ocnkit.unit.UnitRef;

/**
 * Progress per enrolment and criterion. Over current (not superseded) items, a criterion is {@link
 * CriterionStatus#MET} when a signed-off item judges it met; else {@link CriterionStatus#CLAIMED}
 * when an item waiting for sign-off covers it without claiming "not yet"; else {@link
 * CriterionStatus#NOT_YET} when any item covers it; else {@link CriterionStatus#NO_EVIDENCE}.
 */
public final class Progress {
  private Progress() {}

  /** Every enrolment of {@code apprentice}, or of everyone, by apprentice and enrolment. */
  static List<EnrolmentProgress> of(Store store, Optional<ApprenticeId> apprentice) {
    return store.read(tx -> of(tx, apprentice));
  }

  /**
   * {@link #of(Store, Optional)} within a transaction. Reads each table once for all the enrolments
   * (evidence, apprentices, achievements) and each unit version once, so the number of queries does
   * not grow with the number of enrolments.
   */
  static List<EnrolmentProgress> of(ReadTx tx, Optional<ApprenticeId> apprentice)
      throws SQLException {
    List<Enrolment> enrolments = new ArrayList<>();
    List<EvidenceItem> items;
    Map<ApprenticeId, Apprentice> people = new HashMap<>();
    Map<EnrolmentId, Achievement> achieved = new HashMap<>();
    if (apprentice.isPresent()) {
      Apprentice a = LearnerRecords.requireApprentice(tx, apprentice.get());
      people.put(a.id(), a);
      enrolments.addAll(LearnerRecords.enrolmentsOf(tx, a.id()));
      items = EvidenceListing.ofApprentice(tx, a.id());
      for (Achievement x : Achievements.ofApprentice(tx, a.id())) {
        achieved.put(x.enrolment(), x);
      }
    } else {
      enrolments.addAll(LearnerRecords.enrolments(tx));
      enrolments.sort(Comparator.comparing(Enrolment::apprentice).thenComparing(Enrolment::id));
      items = EvidenceListing.all(tx);
      for (Apprentice a : LearnerRecords.apprentices(tx)) {
        people.put(a.id(), a);
      }
      for (Achievement x : Achievements.list(tx)) {
        achieved.put(x.enrolment(), x);
      }
    }
    Map<EnrolmentId, List<EvidenceItem>> current = new HashMap<>();
    for (EvidenceItem item : items) {
      if (item.current()) {
        current.computeIfAbsent(item.enrolment(), k -> new ArrayList<>()).add(item);
      }
    }
    Map<UnitRef, CourseUnit> units = new HashMap<>();
    List<EnrolmentProgress> all = new ArrayList<>();
    for (Enrolment e : enrolments) {
      CourseUnit unit = units.get(e.unit());
      if (unit == null) {
        unit = EvidenceRecording.unitOf(tx, e);
        units.put(e.unit(), unit);
      }
      Apprentice person = people.get(e.apprentice());
      if (person == null) {
        person = LearnerRecords.requireApprentice(tx, e.apprentice());
      }
      all.add(
          progress(
              e,
              unit,
              current.getOrDefault(e.id(), List.of()),
              person,
              Optional.ofNullable(achieved.get(e.id())).map(Achievement::achievedOn)));
    }
    return all;
  }

  /** The progress of one enrolment. */
  static EnrolmentProgress of(ReadTx tx, Enrolment enrolment) throws SQLException {
    CourseUnit unit = EvidenceRecording.unitOf(tx, enrolment);
    List<EvidenceItem> items =
        EvidenceListing.ofEnrolment(tx, enrolment.id()).stream()
            .filter(EvidenceItem::current)
            .toList();
    return progress(
        enrolment,
        unit,
        items,
        LearnerRecords.requireApprentice(tx, enrolment.apprentice()),
        Achievements.of(tx, enrolment.id()).map(Achievement::achievedOn));
  }

  /** The progress of one enrolment from its unit and its current items, by id. */
  private static EnrolmentProgress progress(
      Enrolment enrolment,
      CourseUnit unit,
      List<EvidenceItem> items,
      Apprentice apprentice,
      Optional<LocalDate> achievedOn) {
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
      CriterionStatus status =
          met
              ? CriterionStatus.MET
              : claimed
                  ? CriterionStatus.CLAIMED
                  : any ? CriterionStatus.NOT_YET : CriterionStatus.NO_EVIDENCE;
      criteria.add(new CriterionProgress(c.id(), c.text(), status, evidence));
    }
    return new EnrolmentProgress(
        enrolment.id(),
        enrolment.apprentice(),
        apprentice.fullName(),
        enrolment.unit(),
        enrolment.unitTitle(),
        enrolment.placement(),
        enrolment.assessor(),
        criteria,
        achievedOn);
  }
}
