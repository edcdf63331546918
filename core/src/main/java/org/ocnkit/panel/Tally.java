package org.ocnkit.panel;

import java.util.Collection;
import java.util.Optional;

/**
 * The votes cast on one unit version at a meeting, counted by choice, and the outcome they give.
 *
 * <p>The rule (simple majority of the votes cast, the chair's vote breaking a tie) is applied in
 * two steps, because four choices rarely give any one of them a majority:
 *
 * <ol>
 *   <li><b>Approve or not.</b> Votes to approve (with or without conditions) against votes to refer
 *       back or reject. The side with more votes wins. On a tie the side the chair voted for wins;
 *       if the chair cast no vote, there is no outcome and the panel cannot decide.
 *   <li><b>How.</b> Within the winning side, the choice with more votes wins: approve against
 *       approve with conditions, or refer back against reject. On a tie the chair's choice wins if
 *       the chair voted on this side; otherwise the outcome is the one that keeps most open:
 *       approval <em>with</em> conditions (half the approving members asked for them), or referral
 *       back rather than rejection (the author may still write a new version).
 * </ol>
 *
 * Example: two approve, one approves with conditions, two reject: approval wins 3 to 2, and without
 * conditions 2 to 1.
 */
public record Tally(int approve, int approveWithConditions, int refer, int reject) {
  public Tally {
    if (approve < 0 || approveWithConditions < 0 || refer < 0 || reject < 0) {
      throw new IllegalArgumentException("vote counts are 0 or more");
    }
  }

  /** The count of {@code choices}. */
  public static Tally of(Collection<VoteChoice> choices) {
    int[] n = new int[VoteChoice.values().length];
    choices.forEach(c -> n[c.ordinal()]++);
    return new Tally(
        n[VoteChoice.APPROVE.ordinal()],
        n[VoteChoice.APPROVE_WITH_CONDITIONS.ordinal()],
        n[VoteChoice.REFER.ordinal()],
        n[VoteChoice.REJECT.ordinal()]);
  }

  /** The number of votes cast. */
  public int cast() {
    return approve + approveWithConditions + refer + reject;
  }

  /** The votes to approve, with or without conditions. */
  public int forApproval() {
    return approve + approveWithConditions;
  }

  /** The votes to refer back or reject. */
  public int againstApproval() {
    return refer + reject;
  }

  /**
   * The outcome of these votes (see the class description).
   *
   * @param chairVote the chair's vote, if the chair cast one that counts
   * @return empty when no votes were cast, or when the first step is tied and the chair cast no
   *     vote
   */
  public Optional<Verdict> verdict(Optional<VoteChoice> chairVote) {
    if (cast() == 0) {
      return Optional.empty();
    }
    boolean chairDecided = false;
    boolean approved;
    if (forApproval() != againstApproval()) {
      approved = forApproval() > againstApproval();
    } else if (chairVote.isPresent()) {
      approved = chairVote.get().approves();
      chairDecided = true;
    } else {
      return Optional.empty();
    }
    DecisionOutcome outcome;
    if (approved) {
      if (approve != approveWithConditions) {
        outcome =
            approve > approveWithConditions
                ? DecisionOutcome.APPROVED
                : DecisionOutcome.APPROVED_WITH_CONDITIONS;
      } else if (chairVote.filter(VoteChoice::approves).isPresent()) {
        outcome =
            chairVote.get() == VoteChoice.APPROVE
                ? DecisionOutcome.APPROVED
                : DecisionOutcome.APPROVED_WITH_CONDITIONS;
        chairDecided = true;
      } else {
        outcome = DecisionOutcome.APPROVED_WITH_CONDITIONS;
      }
    } else {
      if (refer != reject) {
        outcome = refer > reject ? DecisionOutcome.REFERRED_BACK : DecisionOutcome.REJECTED;
      } else if (chairVote.filter(c -> !c.approves()).isPresent()) {
        outcome =
            chairVote.get() == VoteChoice.REFER
                ? DecisionOutcome.REFERRED_BACK
                : DecisionOutcome.REJECTED;
        chairDecided = true;
      } else {
        outcome = DecisionOutcome.REFERRED_BACK;
      }
    }
    return Optional.of(new Verdict(outcome, chairDecided));
  }

  /**
   * The outcome of a count.
   *
   * @param chairDecided whether a tie was broken by the chair's vote
   */
  public record Verdict(DecisionOutcome outcome, boolean chairDecided) {}
}
