package org.ocnkit.panel;

import static org.ocnkit.panel.PanelChecks.clean;
import static org.ocnkit.panel.PanelChecks.requireLength;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Message;
import org.ocnkit.RefusedException;
import org.ocnkit.input.DateRules;
import org.ocnkit.store.Settings;
import org.ocnkit.store.Store;
import org.ocnkit.store.Workspace;
import org.ocnkit.unit.UnitRef;
import org.ocnkit.unit.catalog.UnitFilter;
import org.ocnkit.unit.catalog.UnitSummary;

/**
 * The panel's approval workflow (DESIGN §3 "Panel workflow") over one workspace: members, meetings
 * with attendance, conflicts of interest, votes, decisions, conditions, submission and withdrawal
 * of unit versions, and the minutes and reading copies as PDF/A-3b.
 *
 * <p>Every method that changes something runs in one write transaction: it happens completely or
 * not at all, and every row it writes and every state it changes is an audit event with the actor
 * given. A request a rule forbids is a {@link RefusedException} whose problems name the rule (exit
 * code 1 on the command line); a member, meeting or unit that does not exist is an {@link
 * InvalidInputException}.
 *
 * <p>States of a unit version: {@code DRAFT} (imported) -> {@link #submit} -> {@code SUBMITTED} ->
 * {@link #decide} -> {@code APPROVED}, {@code APPROVED_WITH_CONDITIONS}, {@code REFERRED_BACK} or
 * {@code REJECTED}; {@link #conditionsMet} turns an approval with conditions into {@code APPROVED}.
 * An approval lasts the unit's {@code reviewPeriodYears}, else {@link
 * PanelSettings#approvalYears()}, from the meeting's date; from then on the version is {@code
 * REVIEW_DUE} ({@link UnitApprovals#effectiveState}) and a later meeting may decide on it again
 * without a new submission. {@link #withdraw} takes a version out of use. The content a panel saw
 * never changes: a changed file is a new version, which starts as a draft.
 *
 * <p>Voting rules: only members present at the meeting vote; a member whom the unit's author field
 * names (see {@link org.ocnkit.panel.internal.AuthorMatch}) or who declared a conflict of interest
 * over the unit at the meeting does not vote and does not count towards the quorum ({@link
 * QuorumRule}); the outcome is the simple majority of the votes cast, the chair's vote breaking a
 * tie ({@link Tally}). A member may correct their vote until the decision; the corrected vote
 * replaces the earlier one, which stays on record.
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
    return new Panel(workspace.store(), PanelSettings.from(s), s.getString(Settings.ORG_NAME, ""));
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
  public PanelMember addMember(
      String actor, String name, String memberOrganisation, Sector sector, boolean chair) {
    Objects.requireNonNull(sector, "sector");
    Members.Named named = Members.checkNew(name, memberOrganisation);
    return store.write(actor, tx -> Members.add(tx, named, sector, chair));
  }

  /** Every member, in the order added. */
  public List<PanelMember> members() {
    return store.read(Members::all);
  }

  /**
   * Makes {@code member} (a name or id) the panel's chair; the previous chair, if any, is no
   * longer. Meetings already held keep the chair they had.
   */
  public PanelMember handChair(String actor, String member) {
    return store.write(actor, tx -> Members.handChair(tx, member));
  }

  // Meetings ---------------------------------------------------------------------------------

  /**
   * The date rule ({@link DateRules}) a meeting held on {@code day} breaks, if any: a meeting is
   * recorded on the day it is held or later, so it is not after {@code today}; and it is not before
   * {@link DateRules#EARLIEST}. Votes and decisions take the meeting's date, so they keep the same
   * rules.
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
  public Meeting openMeeting(
      String actor, Optional<LocalDate> date, List<String> present, Optional<String> chair) {
    return store.write(actor, tx -> Meetings.open(tx, date, present, chair));
  }

  /**
   * The meeting with {@code id}.
   *
   * @throws InvalidInputException when there is none
   */
  public Meeting meeting(long id) {
    return store.read(tx -> Meetings.require(tx, id));
  }

  /** Every meeting, in the order opened. */
  public List<Meeting> meetings() {
    return store.read(Meetings::all);
  }

  // Conflicts, votes, decisions --------------------------------------------------------------

  /**
   * Records that {@code member} declares a conflict of interest over {@code unit} at a meeting:
   * they do not vote on it there, and a vote they already cast there does not count. Declaring the
   * same conflict again changes nothing.
   *
   * @throws RefusedException when the member is not present or the meeting has decided on the unit
   *     already
   */
  public Conflict declareConflict(
      String actor, long meetingId, String member, UnitRef unit, Optional<String> reason) {
    Optional<String> why = reason.map(PanelChecks::clean).filter(r -> !r.isEmpty());
    why.ifPresent(r -> requireLength(r, "conflict.reasonLong"));
    return store.write(actor, tx -> Conflicts.declare(tx, meetingId, member, unit, why));
  }

  /**
   * Records the same vote for each of {@code members} on {@code unit} at a meeting. A member who
   * voted on the unit at this meeting before corrects their vote: the new one replaces it.
   *
   * @param members the members voting, by name or id; at least one
   * @throws RefusedException naming every rule broken: a member not present at the meeting, a
   *     member who wrote the unit or declared a conflict over it, a unit that is not submitted or
   *     due for review, a unit the meeting has decided on already
   * @throws InvalidInputException when conditions are due on or before the meeting's date, or more
   *     than {@link DateRules#HORIZON} after it ({@link #conditionsDueBroken})
   */
  public List<Vote> vote(
      String actor, long meetingId, UnitRef unit, List<String> members, Ballot ballot) {
    Objects.requireNonNull(ballot, "ballot");
    ballot.comment().ifPresent(c -> requireLength(c, "vote.commentLong"));
    ballot.conditions().ifPresent(c -> requireLength(c.text(), "vote.conditionsLong"));
    return store.write(actor, tx -> Votes.cast(tx, meetingId, unit, members, ballot));
  }

  /**
   * Applies the rules to the votes cast on {@code unit} at a meeting and records the decision; the
   * unit version takes the outcome's state. An approval lasts the unit's review period (else {@link
   * PanelSettings#approvalYears()}) from the meeting's date.
   *
   * @return the decision with the votes counted
   * @throws RefusedException naming every rule that fails: decided at this meeting already; the
   *     unit not submitted or due for review; no quorum (too few voting members; no voting member
   *     of a required sector); no votes cast; votes tied with no vote from the chair
   */
  public PanelDecision decide(String actor, long meetingId, UnitRef unit) {
    return store.write(actor, tx -> Decisions.decide(tx, settings, meetingId, unit));
  }

  /**
   * The chair signs off the conditions of {@code unit}'s approval: the version becomes {@code
   * APPROVED}, its approval period unchanged.
   *
   * @param member the panel's chair, or the member who chaired the meeting that set the conditions,
   *     by name or id
   * @throws RefusedException when the version is not approved with conditions, or {@code member} is
   *     not a chair who may sign off
   */
  public ConditionsSignOff conditionsMet(String actor, UnitRef unit, String member) {
    return store.write(actor, tx -> Decisions.conditionsMet(tx, unit, member));
  }

  /** Every decision on {@code unit}, oldest first. */
  public List<PanelDecision> decisions(UnitRef unit) {
    return store.read(tx -> Decisions.all(tx, PanelChecks.requireUnit(tx, unit).id()));
  }

  // Unit states ------------------------------------------------------------------------------

  /**
   * Submits a draft to the panel: {@code DRAFT} -> {@code SUBMITTED}. Its content, and so its hash,
   * is frozen from now on: a changed file must be imported as a new version.
   *
   * @param unit the version, or the newest version of the code when none is given
   * @throws RefusedException when the version is not a draft, saying what to do instead
   */
  public UnitStateChange submit(String actor, UnitRef.Query unit) {
    return store.write(actor, tx -> UnitStates.submit(tx, unit));
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
    return store.write(actor, tx -> UnitStates.withdraw(tx, unit, why));
  }

  /**
   * The stored unit versions that pass {@code filter}, each in its effective state today ({@link
   * UnitApprovals#effectiveState}): an approval past its review date shows as {@code REVIEW_DUE},
   * and {@code filter}'s state is matched against the effective state.
   *
   * @param dueWithinDays with {@link UnitFilter#dueOnly()}: also the approved versions whose review
   *     date comes within this many days from today (0: only those due now)
   * @throws IllegalArgumentException when {@code dueWithinDays} is negative
   */
  public List<UnitSummary> units(UnitFilter filter, int dueWithinDays) {
    return UnitApprovals.list(store, filter, dueWithinDays);
  }

  // Documents --------------------------------------------------------------------------------

  /** What the minutes of meeting {@code meetingId} record. */
  public Minutes minutes(long meetingId) {
    return store.read(tx -> PanelDocuments.minutes(tx, organisation, meetingId));
  }

  /**
   * The minutes ("protokoll") of a meeting as a PDF/A-3b document in Swedish: the organisation,
   * date, attendance with sectors and chair, conflicts of interest, and for each unit version its
   * code, version, full hash, every vote with its comment, the decision with its conditions and due
   * date, and the approval period.
   */
  public byte[] renderMinutes(long meetingId) {
    return store.read(tx -> PanelDocuments.renderMinutes(tx, organisation, meetingId));
  }

  /**
   * The panel's reading copy of a unit version as a PDF/A-3b document: in Swedish with the English
   * title where the unit has one, its EQF level with the level's descriptors, credits and hours,
   * purpose, every outcome and criterion, methods, evidence requirements, author and state; the
   * content hash in the footer of every page.
   *
   * @param unit the version, or the newest version of the code when none is given
   */
  public byte[] renderReadingCopy(UnitRef.Query unit) {
    return store.read(tx -> PanelDocuments.renderReadingCopy(tx, organisation, unit));
  }
}
