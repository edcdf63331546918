package org.ocnkit.learner;

import java.util.List;
import java.util.Objects;
import org.ocnkit.store.Workspace;

/**
 * The placements (workplaces with their supervisors) of one open workspace ({@code
 * Ocnkit.placements()}), and the supervisors' personal links to the web form. Each method runs its
 * own transaction; failures are {@link org.ocnkit.OcnkitException}s.
 */
public final class PlacementService {
  /** How many days a new personal link works unless told otherwise. */
  public static final int DEFAULT_LINK_DAYS = SupervisorLinks.DEFAULT_DAYS;

  private final Workspace workspace;

  public PlacementService(Workspace workspace) {
    this.workspace = Objects.requireNonNull(workspace, "workspace");
  }

  /** Adds a placement with its first supervisors. */
  public Placement add(String actor, NewPlacement placement) {
    return Placements.add(workspace.store(), actor, placement);
  }

  /** Adds supervisors to a placement. */
  public Placement addSupervisors(String actor, Code placement, List<NewSupervisor> supervisors) {
    return Placements.addSupervisors(workspace.store(), actor, placement, supervisors);
  }

  /** Every placement. */
  public List<Placement> list() {
    return Placements.list(workspace.store());
  }

  /** The placement, or {@link org.ocnkit.InvalidInputException} when there is none. */
  public Placement get(Code placement) {
    return workspace.store().read(tx -> Placements.require(tx, placement));
  }

  /**
   * Creates a personal link for {@code supervisor} at {@code placement}, working for {@code days}
   * days ({@link #DEFAULT_LINK_DAYS} unless told otherwise); the secret is in the returned {@link
   * IssuedLink} only, never stored.
   *
   * @throws org.ocnkit.InvalidInputException when the placement is unknown, the supervisor does not
   *     work there, or {@code days} is out of range
   */
  public IssuedLink createLink(String actor, Code placement, Code supervisor, int days) {
    return SupervisorLinks.create(workspace.store(), actor, placement, supervisor, days);
  }

  /** A supervisor's personal links to the web form; {@code all} includes expired and revoked. */
  public List<SupervisorLink> links(boolean all) {
    return SupervisorLinks.list(workspace.store(), all);
  }

  /** Revokes a supervisor's link. */
  public SupervisorLink revokeLink(String actor, LinkId link) {
    return SupervisorLinks.revoke(workspace.store(), actor, link);
  }
}
