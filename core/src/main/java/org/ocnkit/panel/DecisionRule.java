package org.ocnkit.panel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ocnkit.Message;
import org.ocnkit.Problem;
import org.ocnkit.RefusedException;

/**
 * The panel's decision on one version (unit or qualification) at one meeting, as a pure function of
 * what the meeting holds: who is present, who wrote the version or declared a conflict over it, the
 * votes in force, the chair, the quorum rule and the review period. It reads no database; {@link
 * Panel#decide} and {@link QualificationPanel#decide} gather its inputs and record what it returns.
 *
 * <p>The rules, in the order they are checked:
 *
 * <ol>
 *   <li>The voting members are those present who neither wrote the version nor declared a conflict
 *       of interest over it; they must meet the {@link QuorumRule}. When they do not, the refusal
 *       names every part of the rule that fails and, where asked, who does not vote and why.
 *   <li>Only the votes of voting members count; at least one must have been cast.
 *   <li>The outcome is the {@link Tally}'s, the meeting chair's counted vote breaking ties; a tie
 *       on approval without a vote from the chair is refused.
 *   <li>An approval with conditions carries the distinct conditions of the counted votes, in the
 *       order cast, due on the earliest of their due dates.
 *   <li>An approval (with or without conditions) lasts {@code approvalYears} from the meeting's
 *       date.
 * </ol>
 */
public final class DecisionRule {
  private DecisionRule() {}

  /**
   * What the rule decides on.
   *
   * @param subject the version decided on, as the refusals name it ({@code CODE@V})
   * @param meeting the meeting, with its date, chair and the members present
   * @param authors the members present whom the version's author field names
   * @param authorField the version's author field, as a refusal quotes it
   * @param conflicted the members who declared a conflict of interest over the version at the
   *     meeting
   * @param approvalYears how long an approval lasts from the meeting's date
   * @param explainNotVoting whether a failed quorum also names the authors and conflicted members
   *     who do not vote (units do; qualifications, as before, do not)
   */
  public record Question(
      Object subject,
      Meeting meeting,
      List<PanelMember> authors,
      String authorField,
      List<PanelMember> conflicted,
      int approvalYears,
      boolean explainNotVoting) {
    public Question {
      Objects.requireNonNull(subject, "subject");
      Objects.requireNonNull(meeting, "meeting");
      authors = List.copyOf(authors);
      Objects.requireNonNull(authorField, "authorField");
      conflicted = List.copyOf(conflicted);
    }

    /** The members present whose votes count: not an author, no conflict declared. */
    public List<PanelMember> voting() {
      Set<Long> out = new java.util.HashSet<>();
      authors.forEach(m -> out.add(m.id()));
      conflicted.forEach(m -> out.add(m.id()));
      return meeting.present().stream().filter(m -> !out.contains(m.id())).toList();
    }
  }

  /**
   * The decision the rule gives.
   *
   * @param counted the votes that count, in the order given
   * @param conditions the conditions of an approval with conditions, else empty
   * @param conditionsDue the earliest due date of those conditions
   * @param approvedUntil the review date of an approval
   * @param <V> the kind of vote (a unit's or a qualification's)
   */
  public record Decided<V>(
      List<V> counted,
      Tally tally,
      Tally.Verdict verdict,
      List<String> conditions,
      Optional<LocalDate> conditionsDue,
      Optional<LocalDate> approvedUntil) {
    public Decided {
      counted = List.copyOf(counted);
      Objects.requireNonNull(tally, "tally");
      Objects.requireNonNull(verdict, "verdict");
      conditions = List.copyOf(conditions);
      Objects.requireNonNull(conditionsDue, "conditionsDue");
      Objects.requireNonNull(approvedUntil, "approvedUntil");
    }

    public DecisionOutcome outcome() {
      return verdict.outcome();
    }
  }

  /**
   * Applies the rules (see the class description) to {@code votes}, the votes in force on the
   * version at the meeting.
   *
   * @param member the member who cast a vote
   * @param ballot what a vote says
   * @throws RefusedException naming every rule that fails: no quorum (with who does not vote, when
   *     {@link Question#explainNotVoting()}) and no votes together; else a tie without the chair's
   *     vote
   */
  public static <V> Decided<V> decide(
      QuorumRule quorum,
      Question question,
      List<V> votes,
      Function<V, PanelMember> member,
      Function<V, Ballot> ballot) {
    Meeting meeting = question.meeting();
    List<PanelMember> voting = question.voting();
    List<Problem> problems = new ArrayList<>();
    quorum.failures(voting).forEach(m -> problems.add(new Problem("", m)));
    if (!problems.isEmpty() && question.explainNotVoting()) {
      if (!question.authors().isEmpty()) {
        problems.add(
            problem("decide.authorsNotVoting", names(question.authors()), question.authorField()));
      }
      if (!question.conflicted().isEmpty()) {
        problems.add(problem("decide.conflictsNotVoting", names(question.conflicted())));
      }
    }
    Set<Long> votingIds = voting.stream().map(PanelMember::id).collect(Collectors.toSet());
    List<V> counted = votes.stream().filter(v -> votingIds.contains(member.apply(v).id())).toList();
    if (counted.isEmpty()) {
      problems.add(problem("decide.noVotes", question.subject(), String.valueOf(meeting.id())));
    }
    if (!problems.isEmpty()) {
      throw new RefusedException(problems);
    }
    Tally tally = Tally.of(counted.stream().map(v -> ballot.apply(v).choice()).toList());
    Optional<VoteChoice> chairVote =
        counted.stream()
            .filter(v -> member.apply(v).id() == meeting.chair().id())
            .map(v -> ballot.apply(v).choice())
            .findFirst();
    Tally.Verdict verdict =
        tally
            .verdict(chairVote)
            .orElseThrow(
                () ->
                    new RefusedException(
                        Message.of(
                            Panel.class,
                            "decide.tie",
                            question.subject(),
                            tally.forApproval(),
                            tally.againstApproval(),
                            meeting.chair().name())));
    DecisionOutcome outcome = verdict.outcome();
    List<String> conditionTexts = new ArrayList<>();
    Optional<LocalDate> due = Optional.empty();
    if (outcome == DecisionOutcome.APPROVED_WITH_CONDITIONS) {
      for (V v : counted) {
        Optional<Conditions> c = ballot.apply(v).conditions();
        if (c.isPresent()) {
          if (!conditionTexts.contains(c.get().text())) {
            conditionTexts.add(c.get().text());
          }
          if (due.isEmpty() || c.get().due().isBefore(due.get())) {
            due = Optional.of(c.get().due());
          }
        }
      }
    }
    Optional<LocalDate> approvedUntil =
        outcome.approves()
            ? Optional.of(meeting.date().plusYears(question.approvalYears()))
            : Optional.empty();
    return new Decided<>(counted, tally, verdict, conditionTexts, due, approvedUntil);
  }

  private static String names(List<PanelMember> members) {
    return members.stream().map(PanelMember::name).collect(Collectors.joining(", "));
  }

  private static Problem problem(String key, Object... args) {
    return new Problem("", Message.of(Panel.class, key, args));
  }
}
