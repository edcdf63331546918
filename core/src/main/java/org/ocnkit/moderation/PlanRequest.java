package org.ocnkit.moderation;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What to draw a sample plan over.
 *
 * @param period the days whose sign-offs the plan draws over; empty: from the earliest sign-off no
 *     plan has decided yet to today
 * @param seed the draw's seed; empty: derived from the period ({@link SampleDraw#seedOf})
 */
public record PlanRequest(Optional<PlanPeriod> period, OptionalLong seed) {
  public PlanRequest {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(seed, "seed");
  }

  /** Every undecided sign-off up to today, with the seed derived from the period. */
  public static PlanRequest defaults() {
    return new PlanRequest(Optional.empty(), OptionalLong.empty());
  }
}
