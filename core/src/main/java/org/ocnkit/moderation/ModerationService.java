package org.ocnkit.moderation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.ocnkit.learner.ApprenticeId;
import org.ocnkit.learner.Code;
import org.ocnkit.learner.EnrolmentId;
import org.ocnkit.store.FileWork;
import org.ocnkit.store.Workspace;

/**
 * Internal moderation in one open workspace ({@code Ocnkit.moderation()}): moderators, sample plans
 * over the units signed off, the moderator's outcomes, and which units are ready for certification.
 * Each method runs its own transaction; failures are {@link org.ocnkit.OcnkitException}s.
 */
public final class ModerationService {
  private final Workspace workspace;

  public ModerationService(Workspace workspace) {
    this.workspace = Objects.requireNonNull(workspace, "workspace");
  }

  /** Designates a qualified assessor to moderate. */
  public Moderator addModerator(String actor, Code assessor) {
    return Moderators.designate(workspace.store(), actor, assessor);
  }

  public List<Moderator> moderators() {
    return Moderators.list(workspace.store());
  }

  /**
   * Draws and stores a sample plan under the workspace's settings ({@link PlanRequest#defaults()}:
   * every sign-off no plan has decided yet, up to today).
   */
  public SamplePlan plan(String actor, PlanRequest request) {
    return ModerationPlans.draw(workspace, actor, request);
  }

  /** The newest plan, if any. */
  public Optional<SamplePlan> latestPlan() {
    return workspace.store().read(ModerationPlans::latest);
  }

  /**
   * A stored plan by its number ({@code ocn moderate show PLAN}).
   *
   * @throws org.ocnkit.InvalidInputException when there is no such plan
   */
  public SamplePlan plan(long id) {
    return workspace.store().read(tx -> ModerationPlans.require(tx, id));
  }

  /** The moderator's outcome for an enrolment's current sign-off. */
  public ModerationOutcome record(String actor, NewOutcome outcome) {
    return ModerationRecords.record(workspace.store(), actor, outcome);
  }

  /** Where one enrolment stands: ready for certification or, if not, what happens next. */
  public Readiness readiness(EnrolmentId enrolment) {
    return CertificationReadiness.check(workspace.store(), enrolment);
  }

  /** {@link #readiness(EnrolmentId)} for each of the apprentice's enrolments. */
  public List<Readiness> readiness(ApprenticeId apprentice) {
    return CertificationReadiness.ofApprentice(workspace.store(), apprentice);
  }

  /**
   * Where each enrolment stands, read in one transaction: the apprentice's enrolments (when given),
   * then each of {@code enrolments}; every enrolment when neither is given ({@code ocn moderate
   * status}).
   */
  public List<Readiness> readiness(
      Optional<ApprenticeId> apprentice, List<EnrolmentId> enrolments) {
    return workspace
        .store()
        .read(
            tx -> {
              List<Readiness> out = new ArrayList<>();
              if (apprentice.isPresent()) {
                out.addAll(CertificationReadiness.ofApprentice(tx, apprentice.get()));
              }
              for (EnrolmentId id : enrolments) {
                out.add(CertificationReadiness.check(tx, id));
              }
              if (apprentice.isEmpty() && enrolments.isEmpty()) {
                out.addAll(CertificationReadiness.all(tx));
              }
              return out;
            });
  }

  /** Plans, sign-offs sampled or not with the reasons, outcomes and counts, as xlsx. */
  public ModerationReport.Written writeReport(Path out, Locale locale) {
    return FileWork.run(out, () -> ModerationReport.write(workspace, out, locale));
  }
}
