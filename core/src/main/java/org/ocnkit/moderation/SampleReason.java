package org.ocnkit.moderation;

import java.util.Objects;
import org.ocnkit.Message;

/**
 * Why a plan sampled an assessment. An assessment may have several reasons; each is shown to the
 * moderator and the external moderator as a sentence, such as "new assessor: sign-off 2 of their
 * first 3" or "at least one per method: photo".
 *
 * @param detail what the reason names: {@code 2/3} (rank and count) for a new assessor; the
 *     assessor's code, the unit ({@code HS-KUND-01@1}), the method code or the site's code for a
 *     dimension covered; the share in percent for the random share; empty otherwise
 */
public record SampleReason(Kind kind, String detail) {
  /** The rules that sample an assessment, in the order a plan applies them. */
  public enum Kind {
    /** One of a new assessor's first sign-offs: all of them are sampled. */
    NEW_ASSESSOR,
    /** The enrolment was signed off again after a moderator rejected its sign-off. */
    SIGNED_OFF_AGAIN,
    /** A moderator already confirmed it before any plan sampled it. */
    ALREADY_CONFIRMED,
    /** Picked so that the plan includes an assessor no other sampled assessment has. */
    COVER_ASSESSOR,
    /** Picked so that the plan includes a unit no other sampled assessment has. */
    COVER_UNIT,
    /** Picked so that the plan includes an assessment method used in the evidence. */
    COVER_METHOD,
    /** Picked so that the plan includes an assessment site (placement). */
    COVER_SITE,
    /** Drawn at random to make up the configured share. */
    RANDOM_SHARE;

    /** The kind that covers {@code dimension}. */
    public static Kind covering(Dimension dimension) {
      return switch (dimension) {
        case ASSESSOR -> COVER_ASSESSOR;
        case UNIT -> COVER_UNIT;
        case METHOD -> COVER_METHOD;
        case SITE -> COVER_SITE;
      };
    }
  }

  public SampleReason {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(detail, "detail");
  }

  /** The reason as a sentence. */
  public Message message() {
    if (kind == Kind.NEW_ASSESSOR) {
      String[] parts = detail.split("/", 2);
      return Message.of(
          SampleReason.class, "reason.NEW_ASSESSOR", parts[0], parts.length > 1 ? parts[1] : "");
    }
    return Message.of(SampleReason.class, "reason." + kind.name(), detail);
  }
}
