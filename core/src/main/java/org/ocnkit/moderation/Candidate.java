package org.ocnkit.moderation;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * An assessment as a new sample plan sees it: the sign-off, and what earlier moderation decided
 * about it.
 *
 * @param decidedIn the earlier plan that already decided whether it is sampled; a plan never
 *     changes another plan's decision
 * @param sampledThere whether that plan sampled it
 * @param signedOffAgain the enrolment was signed off before and a moderator rejected that sign-off
 * @param confirmed a moderator already confirmed this sign-off (without a plan sampling it)
 */
public record Candidate(
    Assessment assessment,
    OptionalLong decidedIn,
    boolean sampledThere,
    boolean signedOffAgain,
    boolean confirmed) {
  public Candidate {
    Objects.requireNonNull(assessment, "assessment");
    Objects.requireNonNull(decidedIn, "decidedIn");
    if (sampledThere && decidedIn.isEmpty()) {
      throw new IllegalArgumentException("sampledThere needs the plan that sampled it");
    }
  }

  /** An assessment no plan has decided yet. */
  public static Candidate undecided(Assessment assessment) {
    return new Candidate(assessment, OptionalLong.empty(), false, false, false);
  }

  /** Whether no plan has decided it yet: the new plan decides it. */
  public boolean undecided() {
    return decidedIn.isEmpty();
  }
}
