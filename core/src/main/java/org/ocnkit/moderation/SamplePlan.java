package org.ocnkit.moderation;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A sample plan as drawn and stored: the period, the rules and seed it was drawn under, and every
 * assessment of the period, sampled or not, with the reasons. What the internal moderator works
 * from and what an external moderator is shown.
 *
 * @param seedGiven whether the user chose the seed; otherwise it is derived from the period
 * @param rules the sampling rules at the time of the draw
 * @param drawnBy the actor who drew it
 */
public record SamplePlan(
    long id,
    PlanPeriod period,
    long seed,
    boolean seedGiven,
    ModerationSettings rules,
    Instant drawnAt,
    String drawnBy,
    List<PlanItem> items) {
  public SamplePlan {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(rules, "rules");
    Objects.requireNonNull(drawnAt, "drawnAt");
    Objects.requireNonNull(drawnBy, "drawnBy");
    items = List.copyOf(items);
  }

  /** The items sampled, earlier plans' decisions included. */
  public List<PlanItem> sampled() {
    return items.stream().filter(PlanItem::sampled).toList();
  }

  /** The items this plan decided (the others an earlier plan decided). */
  public List<PlanItem> decidedHere() {
    return items.stream().filter(i -> i.decidedIn().isEmpty()).toList();
  }
}
