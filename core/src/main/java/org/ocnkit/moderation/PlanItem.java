package org.ocnkit.moderation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.ocnkit.Message;

/**
 * One assessment of a sample plan: sampled or not, why, and the moderator's outcome so far.
 *
 * @param decidedIn the earlier plan that decided it, when this plan did not
 * @param reasons why this plan sampled it; empty when not sampled or decided earlier
 * @param outcome the moderator's outcome for this sign-off, if recorded
 * @param withdrawn whether the sign-off was withdrawn since (a moderator rejected it)
 */
public record PlanItem(
    Assessment assessment,
    boolean sampled,
    OptionalLong decidedIn,
    List<SampleReason> reasons,
    Optional<ModerationOutcome> outcome,
    boolean withdrawn) {
  public PlanItem {
    Objects.requireNonNull(assessment, "assessment");
    Objects.requireNonNull(decidedIn, "decidedIn");
    reasons = List.copyOf(reasons);
    Objects.requireNonNull(outcome, "outcome");
  }

  /** Why it is (or is not) sampled, as sentences. */
  public List<Message> explanation() {
    if (decidedIn.isPresent()) {
      return List.of(
          Message.of(
              PlanItem.class,
              sampled ? "item.sampledIn" : "item.notSampledIn",
              String.valueOf(decidedIn.getAsLong())));
    }
    if (reasons.isEmpty()) {
      return List.of(Message.of(PlanItem.class, "item.notSampled"));
    }
    return reasons.stream().map(SampleReason::message).toList();
  }
}
