package org.ocnkit.moderation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.ocnkit.Message;
import org.ocnkit.evidence.Achievement;
import org.ocnkit.learner.ApprenticeId;
import org.ocnkit.learner.EnrolmentId;
import org.ocnkit.unit.UnitRef;

/**
 * Whether an enrolment's unit may go on a certificate as far as assessment and moderation go: the
 * answer of {@link CertificationReadiness}, with the reason as a sentence.
 *
 * @param achievement the current sign-off, when the unit is signed off
 * @param plan the plan that decided the sign-off, if one has
 * @param reasons why that plan sampled it, if it did
 * @param outcome the moderator's outcome: for the current sign-off, or (when {@link
 *     Status#REOPENED}) the rejection that reopened the enrolment
 */
public record Readiness(
    EnrolmentId enrolment,
    ApprenticeId apprentice,
    UnitRef unit,
    Status status,
    Optional<Achievement> achievement,
    OptionalLong plan,
    List<SampleReason> reasons,
    Optional<ModerationOutcome> outcome) {
  /** Where an enrolment stands between sign-off and certificate. */
  public enum Status {
    /** The unit is not signed off as achieved. */
    NOT_ACHIEVED(false),
    /** A moderator rejected the sign-off: the assessor adds evidence and signs it off again. */
    REOPENED(false),
    /** Signed off, but no sample plan has decided yet whether it is moderated. */
    NOT_PLANNED(false),
    /** Sampled for moderation and not yet confirmed. */
    AWAITING_MODERATION(false),
    /** Sampled (or checked) and confirmed by a moderator. */
    CONFIRMED(true),
    /** Decided by a plan and not sampled. */
    NOT_SAMPLED(true);

    private final boolean ready;

    Status(boolean ready) {
      this.ready = ready;
    }

    /** Whether the unit may be certified. */
    public boolean ready() {
      return ready;
    }
  }

  public Readiness {
    Objects.requireNonNull(enrolment, "enrolment");
    Objects.requireNonNull(apprentice, "apprentice");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(achievement, "achievement");
    Objects.requireNonNull(plan, "plan");
    reasons = List.copyOf(reasons);
    Objects.requireNonNull(outcome, "outcome");
    if (achievement.isEmpty() != (status == Status.NOT_ACHIEVED || status == Status.REOPENED)) {
      throw new IllegalArgumentException(status + " does not fit achievement " + achievement);
    }
  }

  /** Whether the unit may go on a certificate. */
  public boolean ready() {
    return status.ready();
  }

  /** Why, as a sentence that says what happens next. */
  public Message reason() {
    return switch (status) {
      case NOT_ACHIEVED -> msg("readiness.NOT_ACHIEVED", enrolment, unit);
      case REOPENED -> {
        ModerationOutcome o = outcome.orElseThrow();
        yield msg(
            "readiness.REOPENED",
            enrolment,
            unit,
            o.moderatorName(),
            o.recordedAt().toString().substring(0, 10),
            o.comment());
      }
      case NOT_PLANNED ->
          msg("readiness.NOT_PLANNED", enrolment, unit, achievement.orElseThrow().achievedOn());
      case AWAITING_MODERATION ->
          msg(
              "readiness.AWAITING_MODERATION",
              enrolment,
              unit,
              achievement.orElseThrow().achievedOn(),
              String.valueOf(plan.getAsLong()));
      case CONFIRMED -> {
        ModerationOutcome o = outcome.orElseThrow();
        yield msg(
            "readiness.CONFIRMED",
            enrolment,
            unit,
            achievement.orElseThrow().achievedOn(),
            o.moderatorName(),
            o.recordedAt().toString().substring(0, 10));
      }
      case NOT_SAMPLED ->
          msg(
              "readiness.NOT_SAMPLED",
              enrolment,
              unit,
              achievement.orElseThrow().achievedOn(),
              String.valueOf(plan.getAsLong()));
    };
  }

  private static Message msg(String key, Object... args) {
    return Message.of(Readiness.class, key, args);
  }
}
