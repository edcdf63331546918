package org.ocnkit.panel;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
import org.ocnkit.input.DateRules;
import org.ocnkit.panel.internal.AuthorMatch;
import org.ocnkit.panel.internal.MinutesLayout;
import org.ocnkit.panel.internal.PanelRecords;
import org.ocnkit.panel.internal.ReadingCopyLayout;
import org.ocnkit.store.ReadTx;
import org.ocnkit.store.Settings;
import org.ocnkit.store.Store;
import org.ocnkit.store.Workspace;
import org.ocnkit.unit.UnitRef;
import org.ocnkit.unit.catalog.StoredUnit;
import org.ocnkit.unit.catalog.UnitCatalog;
import org.ocnkit.unit.catalog.UnitState;

/**
 * The panel's approval workflow (DESIGN §3 "Panel workflow") over one workspace: members,
 * meetings with attendance, conflicts of interest, votes, decisions, conditions, submission and
 * withdrawal of unit versions, and the minutes and reading copies as PDF/A-3b.
 *
 * <p>Every method that changes something runs in one write transaction: it happens completely or
 * not at all, and every row it writes and every state it changes is an audit event with the actor
 * given. A request a rule forbids is a {@link RefusedException} whose problems name the rule
 * (exit code 1 on the command line); a member, meeting or unit that does not exist is an {@link
 * InvalidInputException}.
 *
 * <p>States of a unit version: {@code DRAFT} (imported) -> {@link #submit} -> {@code SUBMITTED}
 * -> {@link #decide} -> {@code APPROVED}, {@code APPROVED_WITH_CONDITIONS}, {@code
 * REFERRED_BACK} or {@code REJECTED}; {@link #conditionsMet} turns an approval with conditions
 * into {@code APPROVED}. An approval lasts the unit's {@code reviewPeriodYears}, else {@link
 * PanelSettings#approvalYears()}, from the meeting's date; from then on the version is {@code
 * REVIEW_DUE} ({@link UnitApprovals#effectiveState}) and a later meeting may decide on it again
 * without a new submission. {@link #withdraw} takes a version out of use. The content a panel saw
 * never changes: a changed file is a new version, which starts as a draft.
 *
 * <p>Voting rules: only members present at the meeting vote; a member whom the unit's author
 * field names (see {@link org.ocnkit.panel.internal.AuthorMatch}) or who declared a conflict of
 * interest over the unit at the meeting does not vote and does not count towards the quorum
 * ({@link QuorumRule}); the outcome is the simple majority of the votes cast, the chair's vote
 * breaking a tie ({@link Tally}). A member may correct their vote until the decision; the
 * corrected vote replaces the earlier one, which stays on record.
 */
public final class Panel {
  /** Audit actions, one per kind of change. */
  public static final String ACTION_MEMBER_ADD = "panel.member-add";
  public static final String ACTION_MEMBER_CHAIR = "panel.member-chair";
  public static final String ACTION_MEETING_OPEN = "panel.meeting-open";
  public static final String ACTION_ATTENDANCE = "panel.attendance";
  public static final String ACTION_CONFLICT = "panel.conflict";
  public static final String ACTION_VOTE = "panel.vote";
  public static final String ACTION_DECIDE = "panel.decide";
  public static final String ACTION_CONDITIONS_MET = "panel.conditions-met";
  public static final String ACTION_SUBMIT = "panel.submit";
  public static final String ACTION_WITHDRAW = "panel.withdraw";

  private static final int MAX_TEXT = 2000;

  private final Store store;
  private final PanelSettings settings;
  private final String organisation;

  /**
   * @param organisation the organisation whose panel it is, printed on minutes and reading copies
   */
  public Panel(Store store, PanelSettings settings, String organisation) {
    this.store = Objects.requireNonNull(store, "store");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.organisation = Objects.requireNonNull(organisation, "organisation");
  }

  /**
   * The panel of {@code workspace}, with its settings ({@link PanelSettings#from}) and its
   * organisation ({@code org.name}).
   *
   * @throws InvalidInputException when a panel setting is invalid
   */
  public static Panel of(Workspace workspace) {
    Settings s = workspace.settings();
    return new Panel(workspace.store(), PanelSettings.from(s),
        s.getString(Settings.ORG_NAME, ""));
  }

  /** The organisation whose panel this is, as the minutes and reading copies name it. */
  public String organisation() {
    return organisation;
  }

  public PanelSettings settings() {
    return settings;
  }

  // Members ----------------------------------------------------------------------------------

  /**
   * Adds a member.
   *
   * @param chair whether the member chairs the panel; refused while another member does ({@link
   *     #handChair} moves the chair)
   * @throws InvalidInputException when the name or organisation is blank or too long, the name is
   *     only digits (digits name a member by id) or holds a comma (commas separate names in a
   *     list), or a member with the same name and organisation exists
   */
  public PanelMember addMember(String actor, String name, String memberOrganisation,
      Sector sector, boolean chair) {
    Objects.requireNonNull(sector, "sector");
    String cleanName = clean(name);
    String cleanOrganisation = clean(memberOrganisation);
    List<Problem> problems = new ArrayList<>();
    if (cleanName.isEmpty() || cleanName.length() > 200) {
      problems.add(problem("member.nameBlank"));
    } else if (cleanName.contains(",")) {
      problems.add(problem("member.nameComma", cleanName));
    } else if (cleanName.matches("[0-9]+")) {
      problems.add(problem("member.nameDigits", cleanName));
    }
    if (cleanOrganisation.isEmpty() || cleanOrganisation.length() > 200) {
      problems.add(problem("member.organisationBlank"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return store.write(actor, tx -> {
      List<PanelMember> members = PanelRecords.members(tx);
      for (PanelMember m : members) {
        if (m.name().equalsIgnoreCase(cleanName)
            && m.organisation().equalsIgnoreCase(cleanOrganisation)) {
          throw new InvalidInputException(Message.of(Panel.class, "member.duplicate",
              m.name(), m.organisation(), String.valueOf(m.id())));
        }
      }
      if (chair) {
        Optional<PanelMember> current = members.stream().filter(PanelMember::chair).findFirst();
        if (current.isPresent()) {
          throw new RefusedException(Message.of(Panel.class, "member.chairTaken",
              current.get().name(), cleanName));
        }
      }
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("name", cleanName);
      row.put("organisation", cleanOrganisation);
      row.put("sector", sector);
      row.put("chair", chair);
      row.put("added_at", tx.now());
      long id = tx.insert("panel_member", row, ACTION_MEMBER_ADD);
      return new PanelMember(id, cleanName, cleanOrganisation, sector, chair);
    });
  }

  /** Every member, in the order added. */
  public List<PanelMember> members() {
    return store.read(PanelRecords::members);
  }

  /**
   * Makes {@code member} (a name or id) the panel's chair; the previous chair, if any, is no
   * longer. Meetings already held keep the chair they had.
   */
  public PanelMember handChair(String actor, String member) {
    return store.write(actor, tx -> {
      PanelMember next = PanelRecords.resolveMember(tx, member);
      if (next.chair()) {
        return next;
      }
      for (PanelMember m : PanelRecords.members(tx)) {
        if (m.chair()) {
          tx.update("panel_member", m.id(), Map.of("chair", false), ACTION_MEMBER_CHAIR);
        }
      }
      tx.update("panel_member", next.id(), Map.of("chair", true), ACTION_MEMBER_CHAIR);
      return new PanelMember(next.id(), next.name(), next.organisation(), next.sector(), true);
    });
  }

  // Meetings ---------------------------------------------------------------------------------

  /**
   * The date rule ({@link DateRules}) a meeting held on {@code day} breaks, if any: a meeting is
   * recorded on the day it is held or later, so it is not after {@code today}; and it is not
   * before {@link DateRules#EARLIEST}. Votes and decisions take the meeting's date, so they keep
   * the same rules.
   */
  public static Optional<Message> meetingDateBroken(LocalDate day, LocalDate today) {
    return DateRules.future(Panel.class, "meeting.future", day, today)
        .or(() -> DateRules.farPast(Panel.class, "meeting.farPast", day));
  }

  /**
   * The date rule conditions due on {@code due}, set at a meeting held on {@code meetingDate},
   * break, if any: they are due after the meeting, and at most {@link DateRules#HORIZON} after it
   * (a later date is a typing slip, such as 2062 for 2026, or P30M for P3M).
   */
  public static Optional<Message> conditionsDueBroken(LocalDate due, LocalDate meetingDate) {
    if (!due.isAfter(meetingDate)) {
      return Optional.of(Message.of(Panel.class, "vote.dueNotAfterMeeting", due, meetingDate));
    }
    return DateRules.farAhead(Panel.class, "vote.dueFarAhead", due, meetingDate);
  }

  /**
   * Opens a meeting: records its date, who is present and who chairs it.
   *
   * @param date the day the meeting is held; today when empty; never in the future (a meeting is
   *     recorded on the day or afterwards) nor before 2000 ({@link #meetingDateBroken})
   * @param present the members present, by name or id, at least one
   * @param chair who chairs the meeting, by name or id, who must be present; when empty, the
   *     panel's chair, who must then be present
   * @throws InvalidInputException naming every member not found, or the chair problem
   */
  public Meeting openMeeting(String actor, Optional<LocalDate> date, List<String> present,
      Optional<String> chair) {
    return store.write(actor, tx -> {
      LocalDate day = date.orElse(tx.today());
      Optional<Message> dateRule = meetingDateBroken(day, tx.today());
      if (dateRule.isPresent()) {
        throw new InvalidInputException(dateRule.get());
      }
      Map<Long, PanelMember> attending = new LinkedHashMap<>();
      List<Problem> problems = new ArrayList<>();
      for (String name : present) {
        if (name.isBlank()) {
          continue;
        }
        try {
          PanelMember m = PanelRecords.resolveMember(tx, name);
          attending.putIfAbsent(m.id(), m);
        } catch (InvalidInputException e) {
          problems.addAll(e.problems());
        }
      }
      if (!problems.isEmpty()) {
        throw new InvalidInputException(problems);
      }
      if (attending.isEmpty()) {
        throw new InvalidInputException(Message.of(Panel.class, "meeting.nobodyPresent"));
      }
      PanelMember chairing;
      if (chair.isPresent()) {
        chairing = PanelRecords.resolveMember(tx, chair.get());
        if (!attending.containsKey(chairing.id())) {
          throw new InvalidInputException(
              Message.of(Panel.class, "meeting.chairAbsent", chairing.name()));
        }
      } else {
        Optional<PanelMember> panelChair = PanelRecords.chair(tx);
        if (panelChair.isEmpty()) {
          throw new InvalidInputException(Message.of(Panel.class, "meeting.noChair"));
        }
        chairing = panelChair.get();
        if (!attending.containsKey(chairing.id())) {
          throw new InvalidInputException(
              Message.of(Panel.class, "meeting.chairNotPresent", chairing.name()));
        }
      }
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("held_on", day);
      row.put("chair_id", chairing.id());
      row.put("opened_at", tx.now());
      long id = tx.insert("panel_meeting", row, ACTION_MEETING_OPEN);
      List<Long> ids = new ArrayList<>(attending.keySet());
      ids.sort(Long::compare);
      for (long memberId : ids) {
        tx.insert("panel_attendance", Map.of("meeting_id", id, "member_id", memberId),
            ACTION_ATTENDANCE);
      }
      return PanelRecords.requireMeeting(tx, id);
    });
  }

  /**
   * The meeting with {@code id}.
   *
   * @throws InvalidInputException when there is none
   */
  public Meeting meeting(long id) {
    return store.read(tx -> PanelRecords.requireMeeting(tx, id));
  }

  /** Every meeting, in the order opened. */
  public List<Meeting> meetings() {
    return store.read(PanelRecords::meetings);
  }

  // Conflicts, votes, decisions --------------------------------------------------------------

  /**
   * Records that {@code member} declares a conflict of interest over {@code unit} at a meeting:
   * they do not vote on it there, and a vote they already cast there does not count. Declaring
   * the same conflict again changes nothing.
   *
   * @throws RefusedException when the member is not present or the meeting has decided on the
   *     unit already
   */
  public Conflict declareConflict(String actor, long meetingId, String member, UnitRef unit,
      Optional<String> reason) {
    Optional<String> why = reason.map(Panel::clean).filter(r -> !r.isEmpty());
    why.ifPresent(r -> requireLength(r, "conflict.reasonLong"));
    return store.write(actor, tx -> {
      Meeting meeting = PanelRecords.requireMeeting(tx, meetingId);
      PanelMember m = PanelRecords.resolveMember(tx, member);
      StoredUnit stored = requireUnit(tx, unit);
      if (!meeting.isPresent(m)) {
        throw refused("conflict.notPresent", m.name(), String.valueOf(meeting.id()),
            meeting.date());
      }
      if (PanelRecords.decision(tx, meetingId, stored.id()).isPresent()) {
        throw refused("conflict.decided", unit, String.valueOf(meeting.id()), m.name());
      }
      Optional<Conflict> existing = PanelRecords.conflicts(tx, meetingId, stored.id()).stream()
          .filter(c -> c.member().id() == m.id()).findFirst();
      if (existing.isPresent()) {
        return existing.get();
      }
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("meeting_id", meetingId);
      row.put("member_id", m.id());
      row.put("unit_version_id", stored.id());
      row.put("reason", why.orElse(null));
      row.put("declared_at", tx.now());
      long id = tx.insert("panel_conflict", row, ACTION_CONFLICT);
      return new Conflict(id, meetingId, unit, m, why);
    });
  }

  /**
   * Records the same vote for each of {@code members} on {@code unit} at a meeting. A member who
   * voted on the unit at this meeting before corrects their vote: the new one replaces it.
   *
   * @param members the members voting, by name or id; at least one
   * @throws RefusedException naming every rule broken: a member not present at the meeting, a
   *     member who wrote the unit or declared a conflict over it, a unit that is not submitted or
   *     due for review, a unit the meeting has decided on already
   * @throws InvalidInputException when conditions are due on or before the meeting's date, or
   *     more than {@link DateRules#HORIZON} after it ({@link #conditionsDueBroken})
   */
  public List<Vote> vote(String actor, long meetingId, UnitRef unit, List<String> members,
      Ballot ballot) {
    Objects.requireNonNull(ballot, "ballot");
    ballot.comment().ifPresent(c -> requireLength(c, "vote.commentLong"));
    ballot.conditions().ifPresent(c -> requireLength(c.text(), "vote.conditionsLong"));
    return store.write(actor, tx -> {
      Meeting meeting = PanelRecords.requireMeeting(tx, meetingId);
      StoredUnit stored = requireUnit(tx, unit);
      Map<Long, PanelMember> voters = new LinkedHashMap<>();
      for (String name : members) {
        PanelMember m = PanelRecords.resolveMember(tx, name);
        voters.putIfAbsent(m.id(), m);
      }
      if (voters.isEmpty()) {
        throw new InvalidInputException(Message.of(Panel.class, "vote.nobody"));
      }
      if (PanelRecords.decision(tx, meetingId, stored.id()).isPresent()) {
        throw refused("vote.decided", unit, String.valueOf(meeting.id()));
      }
      requireUnderReview(tx, stored);
      Optional<Conditions> conditions = ballot.conditions();
      Optional<Message> dueRule =
          conditions.flatMap(c -> conditionsDueBroken(c.due(), meeting.date()));
      if (dueRule.isPresent()) {
        throw new InvalidInputException(dueRule.get());
      }
      List<Conflict> conflicts = PanelRecords.conflicts(tx, meetingId, stored.id());
      List<Problem> problems = new ArrayList<>();
      for (PanelMember m : voters.values()) {
        if (!meeting.isPresent(m)) {
          problems.add(problem("vote.notPresent", m.name(), String.valueOf(meeting.id()),
              meeting.date()));
        } else if (AuthorMatch.isAuthor(stored.unit().author(), m)) {
          problems.add(problem("vote.author", m.name(), unit, stored.unit().author()));
        } else if (conflicts.stream().anyMatch(c -> c.member().id() == m.id())) {
          problems.add(problem("vote.conflict", m.name(), unit, String.valueOf(meeting.id())));
        }
      }
      if (!problems.isEmpty()) {
        throw new RefusedException(problems);
      }
      Map<Long, Vote> current = new HashMap<>();
      PanelRecords.currentVotes(tx, meetingId, stored.id())
          .forEach(v -> current.put(v.member().id(), v));
      List<Vote> cast = new ArrayList<>();
      for (PanelMember m : voters.values()) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("meeting_id", meetingId);
        row.put("unit_version_id", stored.id());
        row.put("member_id", m.id());
        row.put("vote", ballot.choice());
        row.put("comment", ballot.comment().orElse(null));
        row.put("conditions", conditions.map(Conditions::text).orElse(null));
        row.put("conditions_due", conditions.map(Conditions::due).orElse(null));
        row.put("replaces_id", current.containsKey(m.id()) ? current.get(m.id()).id() : null);
        row.put("cast_at", tx.now());
        long id = tx.insert("panel_vote", row, ACTION_VOTE);
        cast.add(new Vote(id, meetingId, unit, m, ballot, tx.now()));
      }
      return cast;
    });
  }

  /**
   * Applies the rules to the votes cast on {@code unit} at a meeting and records the decision;
   * the unit version takes the outcome's state. An approval lasts the unit's review period (else
   * {@link PanelSettings#approvalYears()}) from the meeting's date.
   *
   * @return the decision with the votes counted
   * @throws RefusedException naming every rule that fails: decided at this meeting already; the
   *     unit not submitted or due for review; no quorum (too few voting members; no voting member
   *     of a required sector); no votes cast; votes tied with no vote from the chair
   */
  public PanelDecision decide(String actor, long meetingId, UnitRef unit) {
    return store.write(actor, tx -> {
      Meeting meeting = PanelRecords.requireMeeting(tx, meetingId);
      StoredUnit stored = requireUnit(tx, unit);
      Optional<PanelDecision> earlier = PanelRecords.decision(tx, meetingId, stored.id());
      if (earlier.isPresent()) {
        throw refused("decide.twice", unit, String.valueOf(meeting.id()),
            earlier.get().identifier());
      }
      requireUnderReview(tx, stored);
      List<Conflict> conflicts = PanelRecords.conflicts(tx, meetingId, stored.id());
      List<PanelMember> voting = PanelRecords.voting(meeting, stored, conflicts);
      List<Problem> problems = new ArrayList<>();
      settings.quorum().failures(voting).forEach(m -> problems.add(new Problem("", m)));
      if (!problems.isEmpty()) {
        notVoting(meeting, stored, conflicts, problems);
      }
      Set<Long> votingIds = voting.stream().map(PanelMember::id)
          .collect(Collectors.toCollection(LinkedHashSet::new));
      List<Vote> counted = PanelRecords.currentVotes(tx, meetingId, stored.id()).stream()
          .filter(v -> votingIds.contains(v.member().id())).toList();
      if (counted.isEmpty()) {
        problems.add(problem("decide.noVotes", unit, String.valueOf(meeting.id())));
      }
      if (!problems.isEmpty()) {
        throw new RefusedException(problems);
      }
      Tally tally = Tally.of(counted.stream().map(v -> v.ballot().choice()).toList());
      Optional<VoteChoice> chairVote = counted.stream()
          .filter(v -> v.member().id() == meeting.chair().id())
          .map(v -> v.ballot().choice()).findFirst();
      Tally.Verdict verdict = tally.verdict(chairVote).orElseThrow(() -> refused("decide.tie",
          unit, tally.forApproval(), tally.againstApproval(), meeting.chair().name()));
      DecisionOutcome outcome = verdict.outcome();
      List<String> conditionTexts = new ArrayList<>();
      Optional<LocalDate> due = Optional.empty();
      if (outcome == DecisionOutcome.APPROVED_WITH_CONDITIONS) {
        for (Vote v : counted) {
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
          ? Optional.of(meeting.date().plusYears(
              stored.unit().reviewPeriodYears().orElse(settings.approvalYears())))
          : Optional.empty();
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("meeting_id", meetingId);
      row.put("unit_version_id", stored.id());
      row.put("unit_hash", stored.unit().hash().hex());
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
      long id = tx.insert("panel_decision", row, ACTION_DECIDE);
      UnitCatalog.changeState(tx, stored.id(), outcome.state(), approvedUntil, ACTION_DECIDE);
      return new PanelDecision(id, meetingId, meeting.date(), unit, stored.unit().hash(), outcome,
          tally, verdict.chairDecided(), counted, conditionTexts, due, approvedUntil);
    });
  }

  /**
   * The chair signs off the conditions of {@code unit}'s approval: the version becomes {@code
   * APPROVED}, its approval period unchanged.
   *
   * @param member the panel's chair, or the member who chaired the meeting that set the
   *     conditions, by name or id
   * @throws RefusedException when the version is not approved with conditions, or {@code member}
   *     is not a chair who may sign off
   */
  public ConditionsSignOff conditionsMet(String actor, UnitRef unit, String member) {
    return store.write(actor, tx -> {
      StoredUnit stored = requireUnit(tx, unit);
      PanelMember by = PanelRecords.resolveMember(tx, member);
      Optional<PanelDecision> decision = stored.state() == UnitState.APPROVED_WITH_CONDITIONS
          ? lastDecision(tx, stored) : Optional.empty();
      if (decision.isEmpty()
          || decision.get().outcome() != DecisionOutcome.APPROVED_WITH_CONDITIONS) {
        throw refused("conditions.notPending", unit);
      }
      Meeting meeting = PanelRecords.requireMeeting(tx, decision.get().meetingId());
      if (!by.chair() && by.id() != meeting.chair().id()) {
        String chairs = PanelRecords.chair(tx)
            .filter(c -> c.id() != meeting.chair().id())
            .map(c -> c.name() + ", " + meeting.chair().name())
            .orElse(meeting.chair().name());
        throw refused("conditions.notChair", by.name(), unit, chairs);
      }
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("decision_id", decision.get().id());
      row.put("member_id", by.id());
      row.put("met_on", tx.today());
      row.put("signed_at", tx.now());
      long id = tx.insert("panel_conditions_met", row, ACTION_CONDITIONS_MET);
      UnitCatalog.changeState(tx, stored.id(), UnitState.APPROVED, ACTION_CONDITIONS_MET);
      return new ConditionsSignOff(id, decision.get(), by, tx.today());
    });
  }

  /** Every decision on {@code unit}, oldest first. */
  public List<PanelDecision> decisions(UnitRef unit) {
    return store.read(tx -> PanelRecords.decisions(tx, requireUnit(tx, unit).id()));
  }

  // Unit states ------------------------------------------------------------------------------

  /**
   * Submits a draft to the panel: {@code DRAFT} -> {@code SUBMITTED}. Its content, and so its
   * hash, is frozen from now on: a changed file must be imported as a new version.
   *
   * @param unit the version, or the newest version of the code when none is given
   * @throws RefusedException when the version is not a draft, saying what to do instead
   */
  public UnitStateChange submit(String actor, UnitRef.Query unit) {
    return store.write(actor, tx -> {
      StoredUnit stored = UnitCatalog.require(tx, unit);
      UnitState state = UnitApprovals.effectiveState(stored.state(), stored.approvedUntil(),
          tx.today());
      UnitRef ref = stored.unit().ref();
      if (state != UnitState.DRAFT) {
        long next = tx.queryLong("SELECT max(version) FROM unit_version WHERE code = ?",
            ref.code().value()) + 1;
        throw refused("submit." + state.name(), ref, next);
      }
      UnitCatalog.changeState(tx, stored.id(), UnitState.SUBMITTED, ACTION_SUBMIT);
      return new UnitStateChange(ref, stored.unit().hash(), state, UnitState.SUBMITTED);
    });
  }

  /**
   * Takes a unit version out of use: no new enrolments, no certificates. A draft, a submitted
   * version, an approved one or one due for review may be withdrawn.
   *
   * @param reason why, recorded with the withdrawal; not blank
   * @throws RefusedException when the version is already out of use (withdrawn, rejected, referred
   *     back)
   */
  public UnitStateChange withdraw(String actor, UnitRef unit, String reason) {
    String why = clean(reason);
    if (why.isEmpty()) {
      throw new InvalidInputException(Message.of(Panel.class, "withdraw.reasonBlank"));
    }
    requireLength(why, "withdraw.reasonLong");
    return store.write(actor, tx -> {
      StoredUnit stored = requireUnit(tx, unit);
      UnitState state = UnitApprovals.effectiveState(stored.state(), stored.approvedUntil(),
          tx.today());
      if (state == UnitState.WITHDRAWN || state == UnitState.REJECTED
          || state == UnitState.REFERRED_BACK) {
        throw refused("withdraw." + state.name(), unit);
      }
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("unit_version_id", stored.id());
      row.put("previous_state", state);
      row.put("reason", why);
      row.put("withdrawn_at", tx.now());
      tx.insert("panel_withdrawal", row, ACTION_WITHDRAW);
      UnitCatalog.changeState(tx, stored.id(), UnitState.WITHDRAWN, ACTION_WITHDRAW);
      return new UnitStateChange(unit, stored.unit().hash(), state, UnitState.WITHDRAWN);
    });
  }

  // Documents --------------------------------------------------------------------------------

  /** What the minutes of meeting {@code meetingId} record. */
  public Minutes minutes(long meetingId) {
    return store.read(tx -> minutes(tx, meetingId));
  }

  /**
   * The minutes ("protokoll") of a meeting as a PDF/A-3b document in Swedish: the organisation,
   * date, attendance with sectors and chair, conflicts of interest, and for each unit version its
   * code, version, full hash, every vote with its comment, the decision with its conditions and
   * due date, and the approval period.
   */
  public byte[] renderMinutes(long meetingId) {
    return store.read(tx -> MinutesLayout.render(minutes(tx, meetingId), tx.now()));
  }

  /**
   * The panel's reading copy of a unit version as a PDF/A-3b document: in Swedish with the
   * English title where the unit has one, its EQF level with the level's descriptors, credits and
   * hours, purpose, every outcome and criterion, methods, evidence requirements, author and state;
   * the content hash in the footer of every page.
   *
   * @param unit the version, or the newest version of the code when none is given
   */
  public byte[] renderReadingCopy(UnitRef.Query unit) {
    return store.read(tx -> {
      StoredUnit stored = UnitCatalog.require(tx, unit);
      UnitState state = UnitApprovals.effectiveState(stored.state(), stored.approvedUntil(),
          tx.today());
      return ReadingCopyLayout.render(stored.unit(), state, stored.approvedUntil(), organisation,
          tx.now());
    });
  }

  private Minutes minutes(ReadTx tx, long meetingId) throws SQLException {
    Meeting meeting = PanelRecords.requireMeeting(tx, meetingId);
    List<Minutes.Item> items = new ArrayList<>();
    for (long unitId : PanelRecords.unitsAt(tx, meetingId)) {
      StoredUnit stored = PanelRecords.unit(tx, unitId);
      Optional<PanelDecision> decision = PanelRecords.decision(tx, meetingId, unitId);
      Optional<ConditionsSignOff> signOff = decision.isPresent()
          ? PanelRecords.signOff(tx, decision.get()) : Optional.empty();
      items.add(new Minutes.Item(stored.unit().ref(), stored.unit().titleSv(),
          stored.unit().titleEn(), stored.unit().hash(), PanelRecords.authors(meeting, stored),
          PanelRecords.conflicts(tx, meetingId, unitId),
          PanelRecords.currentVotes(tx, meetingId, unitId), decision, signOff));
    }
    items.sort((a, b) -> a.unit().compareTo(b.unit()));
    return new Minutes(organisation, meeting, items,
        QualificationPanel.minutesItems(tx, meeting));
  }

  // Rules ------------------------------------------------------------------------------------

  private static StoredUnit requireUnit(ReadTx tx, UnitRef unit) throws SQLException {
    return UnitCatalog.require(tx, new UnitRef.Query(unit.code(), Optional.of(unit.version())));
  }

  /** Votes and decisions are taken on a submitted version, or on one due for review. */
  private static void requireUnderReview(ReadTx tx, StoredUnit stored) {
    UnitState state = UnitApprovals.effectiveState(stored.state(), stored.approvedUntil(),
        tx.today());
    if (state != UnitState.SUBMITTED && state != UnitState.REVIEW_DUE) {
      throw refused("review." + state.name(), stored.unit().ref(),
          stored.approvedUntil().map(LocalDate::toString).orElse(""));
    }
  }

  private static Optional<PanelDecision> lastDecision(ReadTx tx, StoredUnit stored)
      throws SQLException {
    List<PanelDecision> all = PanelRecords.decisions(tx, stored.id());
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }

  /** Adds who does not vote on the unit and why, to explain a failed quorum. */
  private static void notVoting(Meeting meeting, StoredUnit stored, List<Conflict> conflicts,
      List<Problem> problems) {
    List<PanelMember> authors = PanelRecords.authors(meeting, stored);
    if (!authors.isEmpty()) {
      problems.add(problem("decide.authorsNotVoting", names(authors), stored.unit().author()));
    }
    if (!conflicts.isEmpty()) {
      problems.add(problem("decide.conflictsNotVoting",
          names(conflicts.stream().map(Conflict::member).toList())));
    }
  }

  private static String names(List<PanelMember> members) {
    return members.stream().map(PanelMember::name).collect(Collectors.joining(", "));
  }

  private static String clean(String text) {
    return text == null ? "" : text.replaceAll("\\s+", " ").strip();
  }

  private static void requireLength(String text, String key) {
    if (text.length() > MAX_TEXT) {
      throw new InvalidInputException(Message.of(Panel.class, key, MAX_TEXT));
    }
  }

  private static Problem problem(String key, Object... args) {
    return new Problem("", Message.of(Panel.class, key, args));
  }

  private static RefusedException refused(String key, Object... args) {
    return new RefusedException(Message.of(Panel.class, key, args));
  }
}
