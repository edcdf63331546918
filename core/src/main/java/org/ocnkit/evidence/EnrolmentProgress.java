package org.ocnkit.evidence;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ocnkit.learner.ApprenticeId;
import org.ocnkit.learner.Code;
import org.ocnkit.learner.EnrolmentId;
import org.ocnkit.unit.UnitRef;

/**
 * Where an enrolment stands: every criterion of its unit, met, claimed (waiting for the assessor),
 * not yet, or without evidence.
 *
 * @param apprenticeName the apprentice's name; empty after erasure
 * @param achievedOn the date the unit was signed off as achieved, if it was
 */
public record EnrolmentProgress(
    EnrolmentId enrolment,
    ApprenticeId apprentice,
    Optional<String> apprenticeName,
    UnitRef unit,
    String unitTitle,
    Code placement,
    Code assessor,
    List<CriterionProgress> criteria,
    Optional<LocalDate> achievedOn) {
  public EnrolmentProgress {
    Objects.requireNonNull(enrolment, "enrolment");
    Objects.requireNonNull(apprentice, "apprentice");
    Objects.requireNonNull(apprenticeName, "apprenticeName");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(unitTitle, "unitTitle");
    Objects.requireNonNull(placement, "placement");
    Objects.requireNonNull(assessor, "assessor");
    criteria = List.copyOf(criteria);
    Objects.requireNonNull(achievedOn, "achievedOn");
  }

  /** How many criteria are met. */
  public int met() {
    return (int) criteria.stream().filter(c -> c.status() == CriterionStatus.MET).count();
  }

  /** How many criteria the unit has. */
  public int total() {
    return criteria.size();
  }

  /** The share of criteria met, from 0.00 to 1.00. */
  public BigDecimal share() {
    return total() == 0
        ? BigDecimal.ZERO.setScale(2)
        : BigDecimal.valueOf(met()).divide(BigDecimal.valueOf(total()), 2, RoundingMode.HALF_UP);
  }

  /** The criteria not yet met: the gap list. */
  public List<CriterionProgress> gaps() {
    return criteria.stream().filter(c -> c.status() != CriterionStatus.MET).toList();
  }
}
