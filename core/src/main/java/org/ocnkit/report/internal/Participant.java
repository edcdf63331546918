package org.ocnkit.report.internal;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.ocnkit.evidence.Achievement;
import org.ocnkit.evidence.EvidenceRecords;
import org.ocnkit.learner.Apprentice;
import org.ocnkit.learner.ApprenticeId;
import org.ocnkit.learner.BornAbroad;
import org.ocnkit.learner.Gender;
import org.ocnkit.learner.LearnerRecords;
import org.ocnkit.qualification.QualificationCode;
import org.ocnkit.report.Outcome;
import org.ocnkit.report.OutcomeStatus;
import org.ocnkit.store.ReadTx;
import org.ocnkit.unit.catalog.UnitFilter;
import org.ocnkit.unit.catalog.UnitRecords;
import org.ocnkit.unit.catalog.UnitSummary;

/**
 * What the indicators count about one apprentice: the funders' categories (kept after erasure),
 * dates, the units achieved with their credits, the issue dates of the valid certificates of units
 * held, the valid qualification certificates held, and the current outcome at each point. Never a
 * name.
 *
 * @param disability yes or no where recorded; empty when not asked or erased
 * @param units the units achieved: date of the sign-off and the unit's credits
 * @param unitCertificates the issue dates of the valid certificates of units the apprentice holds
 * @param qualifications the valid qualification certificates the apprentice holds (not revoked, not
 *     under review)
 * @param outcomes the current outcome's status by follow-up point code
 */
public record Participant(
    ApprenticeId id,
    Gender gender,
    BornAbroad bornAbroad,
    int ageAtEntry,
    Optional<Boolean> disability,
    LocalDate start,
    Optional<LocalDate> end,
    List<AchievedUnit> units,
    List<LocalDate> unitCertificates,
    List<GainedQualification> qualifications,
    Map<String, OutcomeStatus> outcomes) {
  public Participant {
    Objects.requireNonNull(id, "id");
    units = List.copyOf(units);
    unitCertificates = List.copyOf(unitCertificates);
    qualifications = List.copyOf(qualifications);
    outcomes = Map.copyOf(outcomes);
  }

  /** A unit achieved on a date, worth some credits. */
  public record AchievedUnit(LocalDate on, int credits) {}

  /** A valid qualification certificate: the qualification and the certificate's issue date. */
  public record GainedQualification(QualificationCode code, LocalDate on) {
    public GainedQualification {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(on, "on");
    }
  }

  /**
   * Every apprentice of the workspace, by id.
   *
   * @param outcomes the current outcome of every apprentice at every point, read in {@code tx}
   */
  public static List<Participant> load(ReadTx tx, Map<ApprenticeId, Map<String, Outcome>> outcomes)
      throws SQLException {
    Map<Long, Boolean> disability = new HashMap<>();
    for (DisabilityRow row :
        tx.query(
            "SELECT apprentice_id, disability"
                + " FROM apprentice_disability WHERE disability IS NOT NULL",
            r -> new DisabilityRow(r.getLong("apprentice_id"), r.getLong("disability") != 0))) {
      disability.put(row.apprentice(), row.disability());
    }
    Map<Long, Integer> credits = new HashMap<>();
    for (UnitSummary u : UnitRecords.list(tx, UnitFilter.ALL)) {
      credits.put(u.id(), u.credits());
    }
    Map<ApprenticeId, List<AchievedUnit>> units = new HashMap<>();
    for (Achievement a : EvidenceRecords.achievements(tx)) {
      units
          .computeIfAbsent(a.apprentice(), x -> new ArrayList<>())
          .add(new AchievedUnit(a.achievedOn(), credits.getOrDefault(a.unitVersionId(), 0)));
    }
    Map<ApprenticeId, List<LocalDate>> certificates = new HashMap<>();
    Map<ApprenticeId, List<GainedQualification>> qualifications = new HashMap<>();
    HeldCertificates.load(tx)
        .forEach(
            (a, held) -> {
              certificates.put(
                  a,
                  held.stream()
                      .filter(h -> !h.awardsQualification())
                      .map(h -> h.entry().issueDate())
                      .toList());
              qualifications.put(
                  a,
                  held.stream()
                      .filter(HeldCertificates.Held::awardsQualification)
                      .map(
                          h ->
                              new GainedQualification(
                                  h.qualification().orElseThrow(), h.entry().issueDate()))
                      .toList());
            });
    List<Participant> all = new ArrayList<>();
    for (Apprentice a : LearnerRecords.apprentices(tx)) {
      Map<String, OutcomeStatus> status = new HashMap<>();
      outcomes.getOrDefault(a.id(), Map.of()).forEach((p, o) -> status.put(p, o.status()));
      all.add(
          new Participant(
              a.id(),
              a.gender(),
              a.bornAbroad(),
              a.ageAtEntry(),
              Optional.ofNullable(disability.get(a.id().value())),
              a.startDate(),
              a.endDate(),
              units.getOrDefault(a.id(), List.of()),
              certificates.getOrDefault(a.id(), List.of()),
              qualifications.getOrDefault(a.id(), List.of()),
              status));
    }
    return all;
  }

  /** An {@code apprentice_disability} row as the report reads it. */
  private record DisabilityRow(long apprentice, boolean disability) {}
}
