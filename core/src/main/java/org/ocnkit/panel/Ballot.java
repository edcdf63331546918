package org.ocnkit.panel;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Message;

/**
 * One member's vote as cast: the choice, an optional comment, and the conditions when the choice is
 * {@link VoteChoice#APPROVE_WITH_CONDITIONS} (and only then).
 */
public record Ballot(VoteChoice choice, Optional<String> comment, Optional<Conditions> conditions) {
  public Ballot {
    Objects.requireNonNull(choice, "choice");
    comment =
        Objects.requireNonNull(comment, "comment")
            .map(c -> c.replaceAll("\\s+", " ").strip())
            .filter(c -> !c.isEmpty());
    Objects.requireNonNull(conditions, "conditions");
    if ((choice == VoteChoice.APPROVE_WITH_CONDITIONS) != conditions.isPresent()) {
      throw new IllegalArgumentException(
          "conditions come with approve-with-conditions, and only with it");
    }
  }

  /** A vote without conditions or comment. */
  public static Ballot of(VoteChoice choice) {
    return new Ballot(choice, Optional.empty(), Optional.empty());
  }

  /**
   * The due date of conditions as a user writes it: an ISO date ({@code 2026-06-30}), or an ISO
   * period after the meeting's date ({@code P3M} three months, {@code P6W} six weeks, {@code P90D}
   * ninety days).
   *
   * @param meetingDate the date of the meeting the vote is cast at
   * @throws InvalidInputException when {@code text} is neither
   */
  public static LocalDate parseDue(String text, LocalDate meetingDate) {
    String t = text.strip();
    try {
      if (t.startsWith("P") || t.startsWith("p")) {
        return meetingDate.plus(java.time.Period.parse(t));
      }
      return LocalDate.parse(t);
    } catch (java.time.format.DateTimeParseException e) {
      throw new InvalidInputException(Message.of(Ballot.class, "vote.dueFormat", text));
    }
  }

  /**
   * A vote from what a user typed.
   *
   * @throws InvalidInputException when approve-with-conditions lacks its conditions or due date, or
   *     another choice has them
   */
  public static Ballot of(
      VoteChoice choice,
      Optional<String> comment,
      Optional<String> conditions,
      Optional<LocalDate> due) {
    Optional<String> text = conditions.map(String::strip).filter(s -> !s.isEmpty());
    if (choice == VoteChoice.APPROVE_WITH_CONDITIONS) {
      if (text.isEmpty() || due.isEmpty()) {
        throw new InvalidInputException(Message.of(Ballot.class, "vote.conditionsMissing"));
      }
      return new Ballot(choice, comment, Optional.of(new Conditions(text.get(), due.get())));
    }
    if (text.isPresent() || due.isPresent()) {
      throw new InvalidInputException(
          Message.of(Ballot.class, "vote.conditionsNotAllowed", choice.code()));
    }
    return new Ballot(choice, comment, Optional.empty());
  }
}
