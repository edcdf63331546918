package org.ocnkit.certificate;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.ocnkit.Message;
import org.ocnkit.Problem;
import org.ocnkit.RefusedException;
import org.ocnkit.evidence.Achievement;
import org.ocnkit.evidence.EvidenceRecords;
import org.ocnkit.learner.Apprentice;
import org.ocnkit.learner.ApprenticeId;
import org.ocnkit.learner.LearnerRecords;
import org.ocnkit.panel.ApprovalRecords;
import org.ocnkit.panel.PanelDecision;
import org.ocnkit.panel.QualificationDecision;
import org.ocnkit.qualification.CountedUnit;
import org.ocnkit.qualification.Evaluation;
import org.ocnkit.qualification.Qualification;
import org.ocnkit.qualification.QualificationRef;
import org.ocnkit.qualification.RuleResult;
import org.ocnkit.qualification.catalog.QualificationRecords;
import org.ocnkit.qualification.catalog.QualificationSummary;
import org.ocnkit.qualification.catalog.StoredQualification;
import org.ocnkit.store.ReadTx;
import org.ocnkit.store.Workspace;
import org.ocnkit.unit.CourseUnit;
import org.ocnkit.unit.UnitCode;
import org.ocnkit.unit.UnitRef;
import org.ocnkit.unit.catalog.UnitRecords;
import org.ocnkit.unit.catalog.UnitState;

/**
 * Qualification certificates ("utbildningsbevis"): which qualifications an apprentice has gained
 * with <em>certified</em> units, and the certificate for one of them, issued through the same
 * {@link CertificateIssuer} as certificates of units.
 *
 * <p>A qualification may be certified when the panel's latest decision on its version approves it
 * and it is approved today (or due for review, as units are), and its rules of combination ({@link
 * Evaluation}) are met by units that each have a valid unit certificate. The certificate lists the
 * units counted, each with the code of its unit certificate, and the register records with it the
 * apprentice ({@value Certification#REF_APPRENTICE}), the qualification ({@value
 * #REF_QUALIFICATION}, {@code CODE@V}) and every unit certificate it rests on ({@value
 * #REF_UNIT_CERTIFICATE}): revoking one of those flags it for review ({@link
 * CertificateRegister#revoke}). An apprentice holds at most one valid certificate per qualification
 * version.
 */
public final class QualificationCertification {
  /** The reference kind naming the qualification version a certificate awards. */
  public static final String REF_QUALIFICATION = "qualification";

  /** The reference kind naming a unit certificate a qualification certificate rests on. */
  public static final String REF_UNIT_CERTIFICATE = "unit-certificate";

  private QualificationCertification() {}

  /**
   * A qualification certificate that may be issued now.
   *
   * @param request the certificate to issue
   */
  public record Offer(
      ApprenticeId apprentice,
      QualificationRef qualification,
      String titleSv,
      Optional<String> titleEn,
      CertificateRequest request) {
    public Offer {
      Objects.requireNonNull(apprentice, "apprentice");
      Objects.requireNonNull(qualification, "qualification");
      Objects.requireNonNull(titleSv, "titleSv");
      Objects.requireNonNull(titleEn, "titleEn");
      Objects.requireNonNull(request, "request");
    }
  }

  /**
   * The qualification certificates {@code id} may be given today: every approved qualification
   * whose rules the apprentice's certified units meet and for which they hold no certificate that
   * is valid or under review; by code and version.
   */
  static List<Offer> offers(ReadTx tx, Workspace workspace, ApprenticeId id) throws SQLException {
    Apprentice apprentice = LearnerRecords.requireApprentice(tx, id);
    if (apprentice.erased()) {
      return List.of();
    }
    Certified certified = certified(tx, id);
    List<Offer> offers = new ArrayList<>();
    for (QualificationSummary summary : QualificationRecords.list(tx)) {
      StoredQualification stored = QualificationRecords.byId(tx, summary.id());
      if (!certifiable(tx, stored) || held(tx, id, stored.qualification().ref()).isPresent()) {
        continue;
      }
      Evaluation evaluation = Evaluation.of(stored.qualification(), certified.units(), tx.today());
      if (evaluation.met()) {
        offers.add(offer(tx, workspace, apprentice, stored, evaluation, certified));
      }
    }
    return offers;
  }

  /**
   * The offer for the qualification {@code query} names, or {@link RefusedException} saying what
   * stands in the way: the qualification not approved, the apprentice erased or holding one
   * already, each rule not met with certified units (and which units achieved still need their unit
   * certificate).
   *
   * @throws org.ocnkit.InvalidInputException when the workspace holds no such qualification
   */
  static Offer require(
      ReadTx tx, Workspace workspace, ApprenticeId id, QualificationRef.Query query)
      throws SQLException {
    Apprentice apprentice = LearnerRecords.requireApprentice(tx, id);
    StoredQualification stored = QualificationRecords.require(tx, query);
    QualificationRef ref = stored.qualification().ref();
    if (apprentice.erased()) {
      throw refused(ref, "qualification.erased", id);
    }
    if (!certifiable(tx, stored)) {
      throw refused(
          ref,
          "qualification.notApproved",
          ref,
          Message.of(UnitState.class, "state." + stored.stateOn(tx.today()).name()));
    }
    Optional<RegisterEntry> held = held(tx, id, ref);
    if (held.isPresent()) {
      throw refused(ref, "qualification.alreadyCertified", id, ref, held.get().code());
    }
    Certified certified = certified(tx, id);
    Evaluation evaluation = Evaluation.of(stored.qualification(), certified.units(), tx.today());
    if (evaluation.met()) {
      return offer(tx, workspace, apprentice, stored, evaluation, certified);
    }
    List<Problem> problems = new ArrayList<>();
    for (RuleResult rule : evaluation.unmet()) {
      for (Message missing : rule.missing()) {
        problems.add(
            new Problem(
                ref.toString(),
                Message.of(
                    QualificationCertification.class,
                    "qualification.ruleNotMet",
                    rule.rule(),
                    missing)));
      }
    }
    List<String> uncertified = new ArrayList<>();
    for (Achievement a : EvidenceRecords.achievementsOf(tx, id)) {
      if (!certified.certificates().containsKey(a.unit())
          && stored.qualification().unit(a.unit().code()).isPresent()) {
        uncertified.add(a.unit().toString());
      }
    }
    if (!uncertified.isEmpty()) {
      problems.add(
          new Problem(
              ref.toString(),
              Message.of(
                  QualificationCertification.class,
                  "qualification.uncertifiedUnits",
                  String.join(", ", uncertified),
                  id)));
    }
    throw new RefusedException(problems);
  }

  /**
   * Issues the qualification certificate {@code query} names for {@code id}.
   *
   * @throws RefusedException as {@link #require} does, or when a unit certificate it rests on was
   *     revoked (or the same certificate issued) between planning and issuing
   */
  static IssuedBatch issue(
      Workspace workspace,
      CertificateIssuer issuer,
      String actor,
      ApprenticeId id,
      QualificationRef.Query query,
      IssueProgress progress) {
    Offer offer = workspace.store().read(tx -> require(tx, workspace, id, query));
    return issuer.issue(actor, List.of(offer.request()), progress, STILL_GROUNDED);
  }

  /**
   * Refuses, inside the issuing transaction, a qualification certificate whose unit certificates
   * are no longer all valid, or that the apprentice meanwhile received.
   */
  public static final CertificateIssuer.Guard STILL_GROUNDED =
      (tx, requests) -> {
        List<Problem> problems = new ArrayList<>();
        for (CertificateRequest request : requests) {
          if (request.qualification().isEmpty()) {
            continue;
          }
          QualificationAward award = request.qualification().get();
          for (CertificateCode code : award.unitCertificates().values()) {
            Optional<RegisterEntry> entry = CertificateRecords.find(tx, code);
            if (entry.isEmpty() || entry.get().status() != RegisterEntry.Status.VALID) {
              problems.add(
                  new Problem(
                      award.ref().toString(),
                      Message.of(
                          QualificationCertification.class,
                          "qualification.unitCertificateGone",
                          code)));
            }
          }
          for (CertificateRequest.Reference ref : request.references()) {
            if (ref.kind().equals(Certification.REF_APPRENTICE)) {
              held(tx, ApprenticeId.parse(ref.value()), award.ref())
                  .ifPresent(
                      e ->
                          problems.add(
                              new Problem(
                                  award.ref().toString(),
                                  Message.of(
                                      QualificationCertification.class,
                                      "qualification.alreadyCertified",
                                      ref.value(),
                                      award.ref(),
                                      e.code()))));
            }
          }
        }
        if (!problems.isEmpty()) {
          throw new RefusedException(problems);
        }
      };

  /**
   * The apprentice's certificate for {@code qualification} that is valid or under review, if any.
   */
  static Optional<RegisterEntry> held(ReadTx tx, ApprenticeId id, QualificationRef qualification)
      throws SQLException {
    for (RegisterEntry entry :
        CertificateRecords.withReference(tx, REF_QUALIFICATION, qualification.toString())) {
      if (entry.revocation().isPresent()) {
        continue;
      }
      boolean theirs =
          CertificateRecords.references(tx, entry.code()).stream()
              .anyMatch(
                  r ->
                      r.kind().equals(Certification.REF_APPRENTICE)
                          && r.value().equals(id.toString()));
      if (theirs) {
        return Optional.of(entry);
      }
    }
    return Optional.empty();
  }

  /** Approved today (or due for review), by a decision that approves this very version. */
  private static boolean certifiable(ReadTx tx, StoredQualification stored) throws SQLException {
    UnitState state = stored.stateOn(tx.today());
    return (state == UnitState.APPROVED || state == UnitState.REVIEW_DUE)
        && ApprovalRecords.approval(tx, stored).isPresent();
  }

  /** The apprentice's units that have a valid unit certificate, as the rules see them. */
  private record Certified(
      List<org.ocnkit.qualification.AchievedUnit> units,
      Map<UnitRef, CertificateCode> certificates,
      Map<UnitRef, AchievedUnit> listed) {}

  private static Certified certified(ReadTx tx, ApprenticeId id) throws SQLException {
    List<org.ocnkit.qualification.AchievedUnit> units = new ArrayList<>();
    Map<UnitRef, CertificateCode> certificates = new LinkedHashMap<>();
    Map<UnitRef, AchievedUnit> listed = new LinkedHashMap<>();
    for (Achievement a : EvidenceRecords.achievementsOf(tx, id)) {
      Optional<RegisterEntry> certificate =
          CertificateRecords.withReference(
                  tx, Certification.REF_ENROLMENT, a.enrolment().toString())
              .stream()
              .filter(e -> e.status() == RegisterEntry.Status.VALID)
              .reduce((first, second) -> second);
      Optional<PanelDecision> approval = ApprovalRecords.approval(tx, a.unit());
      if (certificate.isEmpty() || approval.isEmpty()) {
        continue;
      }
      CourseUnit unit =
          UnitRecords.require(
                  tx, new UnitRef.Query(a.unit().code(), Optional.of(a.unit().version())))
              .unit();
      units.add(
          org.ocnkit.qualification.AchievedUnit.here(
              a.unit(), a.unitHash(), unit.credits(), unit.level().value(), a.achievedOn()));
      certificates.put(a.unit(), certificate.get().code());
      listed.put(
          a.unit(),
          new AchievedUnit(
              unit.ref(),
              unit.hash(),
              unit.titleSv(),
              unit.titleEn(),
              unit.level(),
              unit.credits(),
              a.achievedOn(),
              approval.get().identifier()));
    }
    return new Certified(units, certificates, listed);
  }

  private static Offer offer(
      ReadTx tx,
      Workspace workspace,
      Apprentice apprentice,
      StoredQualification stored,
      Evaluation evaluation,
      Certified certified)
      throws SQLException {
    Qualification q = stored.qualification();
    QualificationDecision decision = ApprovalRecords.approval(tx, stored).orElseThrow();
    List<AchievedUnit> units = new ArrayList<>();
    Map<UnitCode, CertificateCode> codes = new LinkedHashMap<>();
    for (CountedUnit counted : evaluation.counted()) {
      UnitRef ref = counted.unit().ref();
      units.add(certified.listed().get(ref));
      codes.put(ref.code(), certified.certificates().get(ref));
    }
    QualificationAward award =
        new QualificationAward(
            q.ref(), q.hash(), q.titleSv(), q.titleEn(), q.level(), decision.identifier(), codes);
    CertificateRequest.Builder request =
        CertificateRequest.builder()
            .holder(apprentice.fullName().orElseThrow(), apprentice.birthDate().orElseThrow())
            .programme(apprentice.programme())
            .language(Certification.language(workspace))
            .units(units)
            .qualification(award)
            .reference(Certification.REF_APPRENTICE, apprentice.id().toString())
            .reference(REF_QUALIFICATION, q.ref().toString());
    codes.values().forEach(c -> request.reference(REF_UNIT_CERTIFICATE, c.value()));
    return new Offer(apprentice.id(), q.ref(), q.titleSv(), q.titleEn(), request.build());
  }

  private static RefusedException refused(QualificationRef ref, String key, Object... args) {
    return new RefusedException(
        List.of(
            new Problem(ref.toString(), Message.of(QualificationCertification.class, key, args))));
  }
}
