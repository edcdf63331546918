package org.ocnkit.evidence;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Problem;
import org.ocnkit.RefusedException;
import org.ocnkit.learner.Assessor;
import org.ocnkit.learner.Enrolment;
import org.ocnkit.learner.LearnerRecords;
import org.ocnkit.store.Store;
import org.ocnkit.store.Tx;
import org.ocnkit.unit.CriterionId;

/**
 * The assessor's sign-off of evidence items: a judgement for every criterion an item covers, and
 * the lock that comes with it. Owns the rows of {@code evidence_signoff} and {@code
 * evidence_judgement}.
 */
final class EvidenceSignOffs {
  /** A row of {@code evidence_signoff}: who locked the item, when. */
  record SignOffRow(long item, long assessor, Instant signedAt) {
    Map<String, Object> columns() {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("evidence_item_id", item);
      row.put("assessor_id", assessor);
      row.put("signed_at", signedAt);
      return row;
    }
  }

  /** A row of {@code evidence_judgement}: one criterion of a signed-off item, judged. */
  record JudgementRow(long signOff, long item, CriterionId criterion, Judgement judgement) {
    Map<String, Object> columns() {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("evidence_signoff_id", signOff);
      row.put("evidence_item_id", item);
      row.put("criterion", criterion.toString());
      row.put("judgement", judgement);
      return row;
    }
  }

  private EvidenceSignOffs() {}

  /** See {@link EvidenceService#signOff}. */
  static List<EvidenceItem> signOff(Store store, String actor, EvidenceSignOff request) {
    return store.write(
        actor,
        tx -> {
          Assessor assessor = LearnerRecords.requireQualifiedAssessor(tx, request.assessor());
          List<EvidenceItem> items = waiting(tx, request);
          Map<EvidenceItemId, Map<CriterionId, Judgement>> judged = judge(tx, items, request);
          List<EvidenceItem> signed = new ArrayList<>();
          for (Map.Entry<EvidenceItemId, Map<CriterionId, Judgement>> e : judged.entrySet()) {
            long signOff =
                tx.insert(
                    "evidence_signoff",
                    new SignOffRow(e.getKey().value(), assessor.id(), tx.now()).columns(),
                    EvidenceRecords.ACTION_SIGN_OFF);
            for (Map.Entry<CriterionId, Judgement> j : e.getValue().entrySet()) {
              tx.insert(
                  "evidence_judgement",
                  new JudgementRow(signOff, e.getKey().value(), j.getKey(), j.getValue()).columns(),
                  EvidenceRecords.ACTION_SIGN_OFF);
            }
            signed.add(EvidenceListing.require(tx, e.getKey()));
          }
          signed.sort(Comparator.comparing(EvidenceItem::id));
          return signed;
        });
  }

  /** The items the request names, or every current item of its enrolment not yet signed off. */
  private static List<EvidenceItem> waiting(Tx tx, EvidenceSignOff request) throws SQLException {
    List<EvidenceItem> items = new ArrayList<>();
    if (request.enrolment().isPresent()) {
      Enrolment enrolment = LearnerRecords.requireEnrolment(tx, request.enrolment().get());
      for (EvidenceItem item : EvidenceListing.ofEnrolment(tx, enrolment.id())) {
        if (item.current() && !item.signedOff()) {
          items.add(item);
        }
      }
      if (items.isEmpty()) {
        throw new RefusedException(EvidenceRecords.msg("signOff.nothingWaiting", enrolment.id()));
      }
    } else {
      for (EvidenceItemId id : new LinkedHashSet<>(request.items())) {
        items.add(EvidenceListing.require(tx, id));
      }
    }
    return items;
  }

  /**
   * The judgement of every criterion of every item, in the order of the items; refuses locked,
   * superseded or achieved items and lists every other problem.
   */
  private static Map<EvidenceItemId, Map<CriterionId, Judgement>> judge(
      Tx tx, List<EvidenceItem> items, EvidenceSignOff request) throws SQLException {
    List<Problem> problems = new ArrayList<>();
    Set<CriterionId> coveredByAny = new TreeSet<>();
    Map<EvidenceItemId, Map<CriterionId, Judgement>> judged = new LinkedHashMap<>();
    for (EvidenceItem item : items) {
      item.signOff()
          .ifPresent(
              s -> {
                throw new RefusedException(
                    EvidenceRecords.msg(
                        "signOff.locked", item.id(), s.assessorName(), s.at().toString()));
              });
      item.supersededBy()
          .ifPresent(
              newer -> {
                throw new RefusedException(
                    EvidenceRecords.msg("signOff.superseded", item.id(), newer));
              });
      EvidenceRecording.requireOpen(tx, LearnerRecords.requireEnrolment(tx, item.enrolment()));
      EvidenceDates.signOffBroken(item.id(), item.date(), tx.now(), tx.zone())
          .ifPresent(rule -> problems.add(new Problem("", rule)));
      judged.put(item.id(), judgements(item, request, coveredByAny, problems));
    }
    Set<CriterionId> named = new TreeSet<>(request.met());
    named.addAll(request.notYet());
    named.removeAll(coveredByAny);
    for (CriterionId c : named) {
      problems.add(new Problem("", EvidenceRecords.msg("signOff.notCovered", c)));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return judged;
  }

  /** The request's judgement of each criterion the item covers; a problem for each missing. */
  static Map<CriterionId, Judgement> judgements(
      EvidenceItem item,
      EvidenceSignOff request,
      Set<CriterionId> coveredByAny,
      List<Problem> problems) {
    Map<CriterionId, Judgement> judgements = new TreeMap<>();
    for (CoveredCriterion c : item.criteria()) {
      coveredByAny.add(c.id());
      boolean met = request.met().contains(c.id());
      boolean notYet = request.notYet().contains(c.id());
      if (met && notYet) {
        problems.add(new Problem("", EvidenceRecords.msg("signOff.both", c.id())));
      } else if (met || notYet) {
        judgements.put(c.id(), met ? Judgement.MET : Judgement.NOT_YET);
      } else if (request.asClaimed() && c.claim().isPresent()) {
        judgements.put(c.id(), c.claim().get());
      } else {
        problems.add(new Problem("", EvidenceRecords.msg("signOff.unjudged", item.id(), c.id())));
      }
    }
    return judgements;
  }
}
