package org.ocnkit.report;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.ocnkit.certificate.CertificateCode;
import org.ocnkit.certificate.CertificateRecords;
import org.ocnkit.certificate.Certification;
import org.ocnkit.certificate.RegisterEntry;
import org.ocnkit.evidence.Achievement;
import org.ocnkit.evidence.EvidenceRecords;
import org.ocnkit.learner.ApprenticeId;
import org.ocnkit.learner.LearnerRecords;
import org.ocnkit.qualification.AchievedUnit;
import org.ocnkit.qualification.Evaluation;
import org.ocnkit.qualification.Qualification;
import org.ocnkit.qualification.QualificationRef;
import org.ocnkit.qualification.catalog.QualificationRecords;
import org.ocnkit.qualification.catalog.QualificationSummary;
import org.ocnkit.qualification.catalog.StoredQualification;
import org.ocnkit.store.ReadTx;
import org.ocnkit.store.Store;
import org.ocnkit.unit.CourseUnit;
import org.ocnkit.unit.UnitRef;
import org.ocnkit.unit.catalog.StoredUnit;
import org.ocnkit.unit.catalog.UnitRecords;
import org.ocnkit.unit.catalog.UnitState;

/**
 * Where an apprentice stands against each approved qualification: the rules of combination
 * evaluated on the units the apprentice has achieved (signed off by an assessor), today, with what
 * is still missing, and which of the units counted already have a valid unit certificate.
 */
public final class QualificationProgress {
  private QualificationProgress() {}

  /**
   * One qualification for one apprentice.
   *
   * @param evaluation the rules evaluated on the units achieved
   * @param certificates the valid unit certificate of each counted unit that has one, by unit
   */
  public record Standing(
      ApprenticeId apprentice,
      QualificationRef qualification,
      String titleSv,
      Optional<String> titleEn,
      Evaluation evaluation,
      Map<UnitRef, CertificateCode> certificates) {
    public Standing {
      Objects.requireNonNull(apprentice, "apprentice");
      Objects.requireNonNull(qualification, "qualification");
      Objects.requireNonNull(titleSv, "titleSv");
      Objects.requireNonNull(titleEn, "titleEn");
      Objects.requireNonNull(evaluation, "evaluation");
      certificates = Map.copyOf(certificates);
    }

    public String title(java.util.Locale locale) {
      return "en".equals(locale.getLanguage()) ? titleEn.orElse(titleSv) : titleSv;
    }

    /** Whether every counted unit rests on a valid unit certificate. */
    public boolean certified() {
      return evaluation.met()
          && evaluation.counted().stream().allMatch(c -> certificates.containsKey(c.unit().ref()));
    }
  }

  /** The apprentice's standing against every approved qualification, by code and version. */
  static List<Standing> of(Store store, ApprenticeId apprentice) {
    return store.read(tx -> of(tx, apprentice));
  }

  /** {@link #of(Store, ApprenticeId)} within a transaction. */
  static List<Standing> of(ReadTx tx, ApprenticeId apprentice) throws SQLException {
    LearnerRecords.requireApprentice(tx, apprentice);
    List<StoredQualification> approved = new ArrayList<>();
    for (QualificationSummary s : QualificationRecords.list(tx)) {
      if (s.state() == UnitState.APPROVED
          || s.state() == UnitState.APPROVED_WITH_CONDITIONS
          || s.state() == UnitState.REVIEW_DUE) {
        approved.add(QualificationRecords.byId(tx, s.id()));
      }
    }
    if (approved.isEmpty()) {
      return List.of();
    }
    List<AchievedUnit> units = new ArrayList<>();
    Map<UnitRef, CertificateCode> certificates = new HashMap<>();
    for (Achievement a : EvidenceRecords.achievementsOf(tx, apprentice)) {
      StoredUnit stored =
          UnitRecords.require(
              tx, new UnitRef.Query(a.unit().code(), Optional.of(a.unit().version())));
      CourseUnit unit = stored.unit();
      units.add(
          AchievedUnit.here(
              a.unit(), a.unitHash(), unit.credits(), unit.level().value(), a.achievedOn()));
      CertificateRecords.withReference(tx, Certification.REF_ENROLMENT, a.enrolment().toString())
          .stream()
          .filter(e -> e.status() == RegisterEntry.Status.VALID)
          .reduce((first, second) -> second)
          .ifPresent(e -> certificates.put(a.unit(), e.code()));
    }
    List<Standing> standings = new ArrayList<>();
    for (StoredQualification stored : approved) {
      Qualification q = stored.qualification();
      Evaluation evaluation = Evaluation.of(q, units, tx.today());
      Map<UnitRef, CertificateCode> counted = new HashMap<>();
      evaluation
          .counted()
          .forEach(
              c -> {
                CertificateCode code = certificates.get(c.unit().ref());
                if (code != null) {
                  counted.put(c.unit().ref(), code);
                }
              });
      standings.add(
          new Standing(apprentice, q.ref(), q.titleSv(), q.titleEn(), evaluation, counted));
    }
    return standings;
  }
}
