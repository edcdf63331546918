package org.ocnkit.panel;

import java.util.Locale;
import java.util.Optional;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Message;

/**
 * What one member votes for. Stored as the constant's name; written on the command line as its
 * {@link #code()}.
 */
public enum VoteChoice {
  /** Approve the unit version as it is. */
  APPROVE("approve"),
  /** Approve it on conditions that must be met by a date; the chair signs them off. */
  APPROVE_WITH_CONDITIONS("approve-with-conditions"),
  /** Send it back to its author to be rewritten as a new version. */
  REFER("refer"),
  /** Reject it. */
  REJECT("reject");

  private final String code;

  VoteChoice(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  /** Whether the vote is for approval, with or without conditions. */
  public boolean approves() {
    return this == APPROVE || this == APPROVE_WITH_CONDITIONS;
  }

  /** The choice's name for people, such as "fastställ med villkor". */
  public String displayName(Locale locale) {
    return Message.of(VoteChoice.class, "vote." + code).format(locale);
  }

  public static Optional<VoteChoice> fromCode(String code) {
    String wanted = code.strip().toLowerCase(Locale.ROOT);
    for (VoteChoice v : values()) {
      if (v.code.equals(wanted)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }

  /**
   * The choice {@code text} names.
   *
   * @throws InvalidInputException naming the valid codes
   */
  public static VoteChoice parse(String text) {
    return fromCode(text)
        .orElseThrow(
            () -> new InvalidInputException(Message.of(VoteChoice.class, "vote.unknown", text)));
  }
}
