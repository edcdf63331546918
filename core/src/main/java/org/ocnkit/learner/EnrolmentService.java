package org.ocnkit.learner;

import java.util.List;
import java.util.Objects;
import org.ocnkit.store.Workspace;

/**
 * The enrolments of one open workspace ({@code Ocnkit.enrolments()}): an apprentice on an approved
 * unit version at a placement, with an assessor. Signing a unit off as achieved is evidence's
 * ({@code Ocnkit.evidence().signOffUnit}). Each method runs its own transaction; failures are
 * {@link org.ocnkit.OcnkitException}s.
 */
public final class EnrolmentService {
  private final Workspace workspace;

  public EnrolmentService(Workspace workspace) {
    this.workspace = Objects.requireNonNull(workspace, "workspace");
  }

  /**
   * Enrols an apprentice; a {@link org.ocnkit.RefusedException} with the panel's reason when the
   * unit version is not approved.
   */
  public Enrolment enrol(String actor, NewEnrolment enrolment) {
    return Enrolments.enrol(workspace.store(), actor, enrolment);
  }

  /** Every enrolment. */
  public List<Enrolment> list() {
    return Enrolments.list(workspace.store());
  }

  /** The apprentice's enrolments; {@link org.ocnkit.InvalidInputException} for no apprentice. */
  public List<Enrolment> ofApprentice(ApprenticeId apprentice) {
    return workspace
        .store()
        .read(
            tx -> {
              Apprentices.require(tx, apprentice);
              return Enrolments.ofApprentice(tx, apprentice);
            });
  }
}
