package org.ocnkit.panel;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Message;
import org.ocnkit.Problem;
import org.ocnkit.RefusedException;
import org.ocnkit.panel.internal.PanelRecords;
import org.ocnkit.panel.internal.QualificationReadingCopy;
import org.ocnkit.panel.internal.QualificationRecords;
import org.ocnkit.qualification.QualificationRef;
import org.ocnkit.qualification.catalog.QualificationCatalog;
import org.ocnkit.qualification.catalog.StoredQualification;
import org.ocnkit.store.ReadTx;
import org.ocnkit.store.Store;
import org.ocnkit.store.Workspace;
import org.ocnkit.unit.catalog.UnitState;

/**
 * The panel's workflow for qualification versions: the same states, meetings, quorum, votes and
 * decisions as for a unit ({@link Panel}), on the qualification's content hash. A qualification is
 * submitted only when it is consistent with the stored units (every unit approved, every rule
 * possible to meet); an approval lasts the qualification's review period, else the workspace's.
 */
public final class QualificationPanel {
  public static final String ACTION_SUBMIT = "panel.qualification-submit";
  public static final String ACTION_VOTE = "panel.qualification-vote";
  public static final String ACTION_DECIDE = "panel.qualification-decide";
  public static final String ACTION_CONDITIONS_MET = "panel.qualification-conditions-met";

  private final Store store;
  private final PanelSettings settings;
  private final String organisation;

  public QualificationPanel(Store store, PanelSettings settings, String organisation) {
    this.store = Objects.requireNonNull(store, "store");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.organisation = Objects.requireNonNull(organisation, "organisation");
  }

  /** The panel of an open workspace, with its settings and organisation. */
  public static QualificationPanel of(Workspace workspace) {
    Panel panel = Panel.of(workspace);
    return new QualificationPanel(workspace.store(), panel.settings(), panel.organisation());
  }

  /**
   * Submits a draft to the panel: DRAFT -> SUBMITTED, its content frozen.
   *
   * @throws RefusedException when it is not a draft, or listing every consistency problem
   *     (a unit not approved, a rule that can never be met, a level above the units)
   */
  public QualificationStateChange submit(String actor, QualificationRef.Query query) {
    return store.write(actor, tx -> {
      StoredQualification stored = QualificationCatalog.require(tx, query);
      UnitState state = stored.stateOn(tx.today());
      QualificationRef ref = stored.qualification().ref();
      if (state != UnitState.DRAFT) {
        throw refused("qualification.submit.notDraft", ref,
            Message.of(UnitState.class, "state." + state.name()));
      }
      List<Problem> problems = QualificationCatalog.consistency(tx, stored.qualification(),
          ref.toString());
      if (!problems.isEmpty()) {
        throw new RefusedException(problems);
      }
      QualificationCatalog.changeState(tx, stored.id(), UnitState.SUBMITTED, ACTION_SUBMIT);
      return new QualificationStateChange(ref, stored.qualification().hash(), state,
          UnitState.SUBMITTED);
    });
  }

  /** Records the same vote for each of {@code members}; a second vote corrects the first. */
  public List<QualificationVote> vote(String actor, long meetingId, QualificationRef ref,
      List<String> members, Ballot ballot) {
    Objects.requireNonNull(ballot, "ballot");
    return store.write(actor, tx -> {
      Meeting meeting = PanelRecords.requireMeeting(tx, meetingId);
      StoredQualification stored = require(tx, ref);
      Map<Long, PanelMember> voters = new LinkedHashMap<>();
      for (String name : members) {
        PanelMember m = PanelRecords.resolveMember(tx, name);
        voters.putIfAbsent(m.id(), m);
      }
      if (voters.isEmpty()) {
        throw new InvalidInputException(Message.of(Panel.class, "vote.nobody"));
      }
      if (QualificationRecords.decision(tx, meetingId, stored).isPresent()) {
        throw refused("qualification.vote.decided", ref, String.valueOf(meetingId));
      }
      requireUnderReview(tx, stored);
      Optional<Conditions> conditions = ballot.conditions();
      Optional<Message> dueRule =
          conditions.flatMap(c -> Panel.conditionsDueBroken(c.due(), meeting.date()));
      if (dueRule.isPresent()) {
        throw new InvalidInputException(dueRule.get());
      }
      List<Problem> problems = new ArrayList<>();
      for (PanelMember m : voters.values()) {
        if (!meeting.isPresent(m)) {
          problems.add(problem("vote.notPresent", m.name(), String.valueOf(meetingId),
              meeting.date()));
        } else if (QualificationRecords.authors(meeting, stored).contains(m)) {
          problems.add(problem("vote.author", m.name(), ref,
              stored.qualification().author()));
        }
      }
      if (!problems.isEmpty()) {
        throw new RefusedException(problems);
      }
      Map<Long, QualificationVote> current = new HashMap<>();
      QualificationRecords.currentVotes(tx, meetingId, stored.id(), ref)
          .forEach(v -> current.put(v.member().id(), v));
      List<QualificationVote> cast = new ArrayList<>();
      for (PanelMember m : voters.values()) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("meeting_id", meetingId);
        row.put("qualification_version_id", stored.id());
        row.put("member_id", m.id());
        row.put("vote", ballot.choice());
        row.put("comment", ballot.comment().orElse(null));
        row.put("conditions", conditions.map(Conditions::text).orElse(null));
        row.put("conditions_due", conditions.map(Conditions::due).orElse(null));
        row.put("replaces_id", current.containsKey(m.id()) ? current.get(m.id()).id() : null);
        row.put("cast_at", tx.now());
        long id = tx.insert("panel_qualification_vote", row, ACTION_VOTE);
        cast.add(new QualificationVote(id, meetingId, ref, m, ballot, tx.now()));
      }
      return cast;
    });
  }

  /**
   * Applies the quorum and the votes and records the decision; the qualification version takes
   * the outcome's state, and an approval its review date.
   */
  public QualificationDecision decide(String actor, long meetingId, QualificationRef ref) {
    return store.write(actor, tx -> {
      Meeting meeting = PanelRecords.requireMeeting(tx, meetingId);
      StoredQualification stored = require(tx, ref);
      Optional<QualificationDecision> earlier = QualificationRecords.decision(tx, meetingId,
          stored);
      if (earlier.isPresent()) {
        throw refused("qualification.decide.twice", ref, String.valueOf(meetingId),
            earlier.get().identifier());
      }
      requireUnderReview(tx, stored);
      List<PanelMember> voting = QualificationRecords.voting(meeting, stored);
      List<Problem> problems = new ArrayList<>();
      settings.quorum().failures(voting).forEach(m -> problems.add(new Problem("", m)));
      Set<Long> votingIds = voting.stream().map(PanelMember::id).collect(Collectors.toSet());
      List<QualificationVote> counted = QualificationRecords.currentVotes(tx, meetingId,
          stored.id(), ref).stream().filter(v -> votingIds.contains(v.member().id())).toList();
      if (counted.isEmpty()) {
        problems.add(problem("decide.noVotes", ref, String.valueOf(meetingId)));
      }
      if (!problems.isEmpty()) {
        throw new RefusedException(problems);
      }
      Tally tally = Tally.of(counted.stream().map(v -> v.ballot().choice()).toList());
      Optional<VoteChoice> chairVote = counted.stream()
          .filter(v -> v.member().id() == meeting.chair().id())
          .map(v -> v.ballot().choice()).findFirst();
      Tally.Verdict verdict = tally.verdict(chairVote).orElseThrow(() -> refused("decide.tie",
          ref, tally.forApproval(), tally.againstApproval(), meeting.chair().name()));
      DecisionOutcome outcome = verdict.outcome();
      List<String> conditionTexts = new ArrayList<>();
      Optional<LocalDate> due = Optional.empty();
      if (outcome == DecisionOutcome.APPROVED_WITH_CONDITIONS) {
        for (QualificationVote v : counted) {
          Optional<Conditions> c = v.ballot().conditions();
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
      Optional<LocalDate> approvedUntil = outcome.approves()
          ? Optional.of(meeting.date().plusYears(stored.qualification().reviewPeriodYears()
              .orElse(settings.approvalYears())))
          : Optional.empty();
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("meeting_id", meetingId);
      row.put("qualification_version_id", stored.id());
      row.put("qualification_hash", stored.qualification().hash().hex());
      row.put("outcome", outcome);
      row.put("votes_approve", tally.approve());
      row.put("votes_conditions", tally.approveWithConditions());
      row.put("votes_refer", tally.refer());
      row.put("votes_reject", tally.reject());
      row.put("chair_decided", verdict.chairDecided());
      row.put("conditions", conditionTexts.isEmpty() ? null : String.join("\n", conditionTexts));
      row.put("conditions_due", due.orElse(null));
      row.put("approved_until", approvedUntil.orElse(null));
      row.put("decided_at", tx.now());
      long id = tx.insert("panel_qualification_decision", row, ACTION_DECIDE);
      QualificationCatalog.changeState(tx, stored.id(), outcome.state(), approvedUntil,
          ACTION_DECIDE);
      return new QualificationDecision(id, meetingId, meeting.date(), ref,
          stored.qualification().hash(), outcome, tally, verdict.chairDecided(), counted,
          conditionTexts, due, approvedUntil);
    });
  }

  /** The chair signs off the conditions of an approval: the version becomes APPROVED. */
  public QualificationDecision conditionsMet(String actor, QualificationRef ref, String member) {
    return store.write(actor, tx -> {
      StoredQualification stored = require(tx, ref);
      PanelMember by = PanelRecords.resolveMember(tx, member);
      List<QualificationDecision> all = QualificationRecords.decisions(tx, stored);
      Optional<QualificationDecision> last = all.isEmpty() ? Optional.empty()
          : Optional.of(all.get(all.size() - 1));
      if (stored.state() != UnitState.APPROVED_WITH_CONDITIONS || last.isEmpty()
          || last.get().outcome() != DecisionOutcome.APPROVED_WITH_CONDITIONS) {
        throw refused("conditions.notPending", ref);
      }
      Meeting meeting = PanelRecords.requireMeeting(tx, last.get().meetingId());
      if (!by.chair() && by.id() != meeting.chair().id()) {
        throw refused("conditions.notChair", by.name(), ref, meeting.chair().name());
      }
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("decision_id", last.get().id());
      row.put("member_id", by.id());
      row.put("met_on", tx.today());
      row.put("signed_at", tx.now());
      tx.insert("panel_qualification_conditions_met", row, ACTION_CONDITIONS_MET);
      QualificationCatalog.changeState(tx, stored.id(), UnitState.APPROVED, ACTION_CONDITIONS_MET);
      return last.get();
    });
  }

  /** Every decision on a qualification version, oldest first. */
  public List<QualificationDecision> decisions(QualificationRef ref) {
    return store.read(tx -> QualificationRecords.decisions(tx, require(tx, ref)));
  }

  /**
   * The decision that approved the qualification version {@code stored}, when the latest decision
   * on it approves it (with or without conditions), within the caller's transaction.
   */
  public static Optional<QualificationDecision> approval(ReadTx tx, StoredQualification stored)
      throws SQLException {
    List<QualificationDecision> decisions = QualificationRecords.decisions(tx, stored);
    return decisions.isEmpty() ? Optional.empty()
        : Optional.of(decisions.get(decisions.size() - 1)).filter(d -> d.outcome().approves());
  }

  /** The qualifications a meeting dealt with, for its minutes, in code and version order. */
  static List<Minutes.QualificationItem> minutesItems(ReadTx tx, Meeting meeting)
      throws SQLException {
    List<Minutes.QualificationItem> items = new ArrayList<>();
    for (long id : QualificationRecords.qualificationsAt(tx, meeting.id())) {
      StoredQualification stored = QualificationCatalog.byId(tx, id);
      var q = stored.qualification();
      items.add(new Minutes.QualificationItem(q.ref(), q.titleSv(), q.titleEn(), q.hash(),
          QualificationRecords.authors(meeting, stored),
          QualificationRecords.currentVotes(tx, meeting.id(), id, q.ref()),
          QualificationRecords.decision(tx, meeting.id(), stored)));
    }
    items.sort((a, b) -> a.qualification().compareTo(b.qualification()));
    return items;
  }

  /**
   * The panel's reading copy of a qualification version, PDF/A-3b in Swedish: titles, EQF level,
   * purpose, the units with their titles, levels and credits as stored, every rule of
   * combination, author and state; the content hash on every page.
   */
  public byte[] renderReadingCopy(QualificationRef.Query query) {
    return store.read(tx -> {
      StoredQualification stored = QualificationCatalog.require(tx, query);
      return QualificationReadingCopy.render(tx, stored, stored.stateOn(tx.today()),
          organisation, tx.now());
    });
  }

  private static StoredQualification require(ReadTx tx, QualificationRef ref)
      throws SQLException {
    return QualificationCatalog.require(tx, new QualificationRef.Query(ref.code(),
        Optional.of(ref.version())));
  }

  private static void requireUnderReview(ReadTx tx, StoredQualification stored) {
    UnitState state = stored.stateOn(tx.today());
    if (state != UnitState.SUBMITTED && state != UnitState.REVIEW_DUE) {
      throw refused("qualification.review", stored.qualification().ref(),
          Message.of(UnitState.class, "state." + state.name()));
    }
  }

  private static Problem problem(String key, Object... args) {
    return new Problem("", Message.of(Panel.class, key, args));
  }

  private static RefusedException refused(String key, Object... args) {
    return new RefusedException(Message.of(Panel.class, key, args));
  }
}
