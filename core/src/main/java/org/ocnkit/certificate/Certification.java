package org.ocnkit.certificate;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import org.ocnkit.moderation.ModerationRecords;
import org.ocnkit.moderation.Readiness;
import org.ocnkit.panel.ApprovalRecords;
import org.ocnkit.panel.PanelDecision;
import org.ocnkit.panel.UnitApprovals;
import org.ocnkit.store.ReadTx;
import org.ocnkit.store.Store;
import org.ocnkit.store.Workspace;
import org.ocnkit.unit.CourseUnit;
import org.ocnkit.unit.catalog.StoredUnit;

/**
 * What may be certified, and the certificates for it: turns the achievements recorded in the
 * workspace (units signed off by a qualified assessor) into {@link CertificateRequest}s, one per
 * apprentice, holding every unit that is ready, and issues them with {@link CertificateIssuer}.
 *
 * <p>An achievement is ready when the panel's approval allows certifying its unit version ({@link
 * UnitApprovals.Purpose#CERTIFY}), internal moderation has cleared it ({@link
 * ModerationRecords#readiness}: signed off, and confirmed when sampled), no valid certificate
 * already lists it, and the apprentice's personal data has not been erased (a certificate names its
 * holder). Each achievement that is not ready comes with the reason, so the coordinator knows what
 * to do.
 */
public final class Certification {
  /** Reference kinds recorded with every certificate this class issues. */
  public static final String REF_APPRENTICE = "apprentice";

  public static final String REF_ENROLMENT = "enrolment";

  /** The setting naming the certificate's main language, {@code sv} (default) or {@code en}. */
  public static final String LANGUAGE = "certificate.language";

  /** Audit action of a revocation reason redacted because the apprentice was erased. */
  public static final String ACTION_REDACT = "certificate.redact";

  private Certification() {}

  /**
   * What can be certified for one apprentice today.
   *
   * @param request the certificate to issue, when at least one unit is ready
   * @param held the achievements that are not ready, each with its reason
   */
  public record Plan(
      ApprenticeId apprentice, Optional<CertificateRequest> request, List<Held> held) {
    public Plan {
      Objects.requireNonNull(apprentice, "apprentice");
      Objects.requireNonNull(request, "request");
      held = List.copyOf(held);
    }
  }

  /** An achievement that cannot be certified now, and why. */
  public record Held(Achievement achievement, Message reason) {
    public Held {
      Objects.requireNonNull(achievement, "achievement");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /** The plan for one apprentice; an apprentice with no achievement gets a plan saying so. */
  static Plan plan(ReadTx tx, Workspace workspace, ApprenticeId id) throws SQLException {
    Apprentice apprentice = LearnerRecords.requireApprentice(tx, id);
    List<Achievement> achievements = EvidenceRecords.achievementsOf(tx, id);
    List<Held> held = new ArrayList<>();
    List<AchievedUnit> units = new ArrayList<>();
    List<Achievement> certified = new ArrayList<>();
    for (Achievement achievement : achievements) {
      Optional<Message> reason = holdBack(tx, apprentice, achievement);
      if (reason.isPresent()) {
        held.add(new Held(achievement, reason.get()));
        continue;
      }
      units.add(achievedUnit(tx, achievement));
      certified.add(achievement);
    }
    if (units.isEmpty()) {
      return new Plan(id, Optional.empty(), held);
    }
    CertificateRequest.Builder request =
        CertificateRequest.builder()
            .holder(apprentice.fullName().orElseThrow(), apprentice.birthDate().orElseThrow())
            .programme(apprentice.programme())
            .language(language(workspace))
            .units(units)
            .reference(REF_APPRENTICE, id.toString());
    certified.forEach(a -> request.reference(REF_ENROLMENT, a.enrolment().toString()));
    return new Plan(id, Optional.of(request.build()), held);
  }

  /** The plans of every apprentice who has at least one achievement. */
  static List<Plan> planAll(ReadTx tx, Workspace workspace) throws SQLException {
    List<Plan> plans = new ArrayList<>();
    for (ApprenticeId id :
        EvidenceRecords.achievements(tx).stream()
            .map(Achievement::apprentice)
            .distinct()
            .sorted()
            .toList()) {
      plans.add(plan(tx, workspace, id));
    }
    return plans;
  }

  /**
   * The certificate for one apprentice's ready units, or {@link RefusedException} listing why
   * nothing is ready (no unit signed off; or each achievement's reason).
   */
  static IssuedBatch issueFor(
      Workspace workspace,
      CertificateIssuer issuer,
      String actor,
      ApprenticeId id,
      IssueProgress progress) {
    Store store = workspace.store();
    Plan plan = store.read(tx -> plan(tx, workspace, id));
    if (plan.request().isEmpty()) {
      throw new RefusedException(refusal(plan));
    }
    return issuer.issue(actor, List.of(plan.request().get()), progress, NOT_CERTIFIED_MEANWHILE);
  }

  /**
   * Refuses, inside the issuing transaction, a request for an enrolment that a valid certificate
   * already holds: planned in one transaction and issued in the next, two desks (or two processes)
   * could otherwise certify the same unit twice.
   */
  public static final CertificateIssuer.Guard NOT_CERTIFIED_MEANWHILE =
      (tx, requests) -> {
        List<Problem> problems = new ArrayList<>();
        for (CertificateRequest request : requests) {
          for (CertificateRequest.Reference ref : request.references()) {
            if (!ref.kind().equals(REF_ENROLMENT)) {
              continue;
            }
            CertificateRecords.withReference(tx, ref.kind(), ref.value()).stream()
                .filter(e -> e.status() == RegisterEntry.Status.VALID)
                .findFirst()
                .ifPresent(
                    e ->
                        problems.add(
                            new Problem(
                                ref.value(),
                                Message.of(
                                    CertificateIssuer.class,
                                    "issue.certifiedMeanwhile",
                                    ref.value(),
                                    e.code()))));
          }
        }
        if (!problems.isEmpty()) {
          throw new RefusedException(problems);
        }
      };

  /** The problems that explain why {@code plan} holds no request. */
  public static List<Problem> refusal(Plan plan) {
    if (plan.held().isEmpty()) {
      return List.of(
          new Problem(
              "",
              Message.of(Certification.class, "certification.nothingAchieved", plan.apprentice())));
    }
    return plan.held().stream()
        .map(
            h ->
                new Problem(h.achievement().enrolment() + " " + h.achievement().unit(), h.reason()))
        .toList();
  }

  private static Optional<Message> holdBack(
      ReadTx tx, Apprentice apprentice, Achievement achievement) throws SQLException {
    if (apprentice.erased()) {
      return Optional.of(Message.of(Certification.class, "certification.erased", apprentice.id()));
    }
    List<RegisterEntry> existing =
        CertificateRecords.withReference(tx, REF_ENROLMENT, achievement.enrolment().toString())
            .stream()
            .filter(e -> e.status() == RegisterEntry.Status.VALID)
            .toList();
    if (!existing.isEmpty()) {
      return Optional.of(
          Message.of(
              Certification.class,
              "certification.alreadyCertified",
              achievement.unit(),
              existing.get(0).code()));
    }
    UnitApprovals.Usability usability =
        ApprovalRecords.usability(tx, achievement.unit(), UnitApprovals.Purpose.CERTIFY);
    if (!usability.usable()) {
      return Optional.of(usability.reason());
    }
    Readiness moderation = ModerationRecords.readiness(tx, achievement.enrolment());
    return moderation.ready() ? Optional.empty() : Optional.of(moderation.reason());
  }

  private static AchievedUnit achievedUnit(ReadTx tx, Achievement achievement) throws SQLException {
    StoredUnit stored =
        ApprovalRecords.requireUsable(tx, achievement.unit(), UnitApprovals.Purpose.CERTIFY);
    CourseUnit unit = stored.unit();
    String decision =
        ApprovalRecords.approval(tx, achievement.unit())
            .map(PanelDecision::identifier)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        achievement.unit() + " is usable but has no approving decision"));
    return new AchievedUnit(
        unit.ref(),
        unit.hash(),
        unit.titleSv(),
        unit.titleEn(),
        unit.level(),
        unit.credits(),
        achievement.achievedOn(),
        decision);
  }

  static Language language(Workspace workspace) {
    String value = workspace.settings().getString(LANGUAGE, "sv").strip().toLowerCase(Locale.ROOT);
    return switch (value) {
      case "sv" -> Language.SV;
      case "en" -> Language.EN;
      default ->
          throw workspace
              .settings()
              .bad(LANGUAGE, Message.of(Certification.class, "certification.badLanguage", value));
    };
  }
}
