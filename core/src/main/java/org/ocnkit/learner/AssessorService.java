package org.ocnkit.learner;

import java.util.List;
import java.util.Objects;
import org.ocnkit.store.Workspace;

/**
 * The assessors of one open workspace ({@code Ocnkit.assessors()}); only a qualified one judges
 * evidence and signs units off. Each method runs its own transaction; failures are {@link
 * org.ocnkit.OcnkitException}s.
 */
public final class AssessorService {
  private final Workspace workspace;

  public AssessorService(Workspace workspace) {
    this.workspace = Objects.requireNonNull(workspace, "workspace");
  }

  public Assessor add(String actor, Code code, String name, boolean qualified) {
    return Assessors.add(workspace.store(), actor, code, name, qualified);
  }

  /** Records that the assessor is (or is no longer) qualified. */
  public Assessor setQualified(String actor, Code code, boolean qualified) {
    return Assessors.setQualified(workspace.store(), actor, code, qualified);
  }

  /** Every assessor, by code. */
  public List<Assessor> list() {
    return Assessors.list(workspace.store());
  }
}
