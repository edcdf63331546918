package org.ocnkit.panel;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ocnkit.qualification.QualificationHash;
import org.ocnkit.qualification.QualificationRef;
import org.ocnkit.unit.UnitHash;
import org.ocnkit.unit.UnitRef;

/**
 * What the minutes of a meeting record: the organisation, the meeting with its attendance, and
 * every unit version the meeting dealt with (a conflict declared, a vote cast or a decision taken),
 * in code and version order.
 */
public record Minutes(
    String organisation,
    Meeting meeting,
    List<Item> items,
    List<QualificationItem> qualifications) {
  public Minutes {
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(meeting, "meeting");
    items = List.copyOf(items);
    qualifications = List.copyOf(qualifications);
  }

  /** Minutes of a meeting that dealt with units only. */
  public Minutes(String organisation, Meeting meeting, List<Item> items) {
    this(organisation, meeting, items, List.of());
  }

  /**
   * One qualification version at the meeting, after the units.
   *
   * @param authors the members present whom the qualification's author field names (they do not
   *     vote)
   */
  public record QualificationItem(
      QualificationRef qualification,
      String titleSv,
      Optional<String> titleEn,
      QualificationHash hash,
      List<PanelMember> authors,
      List<QualificationVote> votes,
      Optional<QualificationDecision> decision) {
    public QualificationItem {
      Objects.requireNonNull(qualification, "qualification");
      Objects.requireNonNull(titleSv, "titleSv");
      Objects.requireNonNull(titleEn, "titleEn");
      Objects.requireNonNull(hash, "hash");
      authors = List.copyOf(authors);
      votes = List.copyOf(votes);
      Objects.requireNonNull(decision, "decision");
    }
  }

  /** Every conflict declared at the meeting, by unit. */
  public List<Conflict> conflicts() {
    return items.stream().flatMap(i -> i.conflicts().stream()).toList();
  }

  /**
   * One unit version at the meeting.
   *
   * @param authors the members present whom the unit's author field names (they do not vote)
   * @param conflicts the conflicts declared over it
   * @param votes the votes cast (a corrected vote replaces the earlier one), in the order cast
   * @param decision the decision, if one was taken
   * @param conditionsMet the chair's sign-off of the decision's conditions, if given since
   */
  public record Item(
      UnitRef unit,
      String titleSv,
      Optional<String> titleEn,
      UnitHash hash,
      List<PanelMember> authors,
      List<Conflict> conflicts,
      List<Vote> votes,
      Optional<PanelDecision> decision,
      Optional<ConditionsSignOff> conditionsMet) {
    public Item {
      Objects.requireNonNull(unit, "unit");
      Objects.requireNonNull(titleSv, "titleSv");
      Objects.requireNonNull(titleEn, "titleEn");
      Objects.requireNonNull(hash, "hash");
      authors = List.copyOf(authors);
      conflicts = List.copyOf(conflicts);
      votes = List.copyOf(votes);
      Objects.requireNonNull(decision, "decision");
      Objects.requireNonNull(conditionsMet, "conditionsMet");
    }

    /** Whether {@code vote} counts: its member neither wrote the unit nor declared a conflict. */
    public boolean counts(Vote vote) {
      long member = vote.member().id();
      return authors.stream().noneMatch(a -> a.id() == member)
          && conflicts.stream().noneMatch(c -> c.member().id() == member);
    }
  }
}
