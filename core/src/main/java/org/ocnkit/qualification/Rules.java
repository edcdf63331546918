package org.ocnkit.qualification;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.ocnkit.unit.UnitCode;

/**
 * The rules of combination of a qualification: a minimum of total credits, mandatory units,
 * optional groups with minimums, minimum credits at or above an EQF level, units that may not be
 * combined, how old a unit may be to count, and which other providers' units are accepted.
 */
public record Rules(
    int totalCredits,
    List<UnitCode> mandatory,
    List<UnitGroup> groups,
    List<LevelCredits> levelCredits,
    List<Exclusion> exclusions,
    OptionalInt unitValidityYears,
    Optional<OtherProviders> otherProviders) {
  public Rules {
    if (totalCredits < 1) {
      throw new IllegalArgumentException("total credits must be 1 or more, got " + totalCredits);
    }
    mandatory = List.copyOf(mandatory);
    groups = List.copyOf(groups);
    levelCredits = List.copyOf(levelCredits);
    exclusions = List.copyOf(exclusions);
    Objects.requireNonNull(unitValidityYears, "unitValidityYears");
    Objects.requireNonNull(otherProviders, "otherProviders");
    Set<String> ids = new HashSet<>();
    for (UnitGroup group : groups) {
      if (!ids.add(group.id())) {
        throw new IllegalArgumentException("group id " + group.id() + " is used twice");
      }
    }
  }

  /** Only a total of credits from the listed units. */
  public static Rules total(int credits) {
    return new Rules(
        credits, List.of(), List.of(), List.of(), List.of(), OptionalInt.empty(), Optional.empty());
  }

  /** Every unit code a rule names. */
  public Set<UnitCode> namedUnits() {
    Set<UnitCode> named = new HashSet<>(mandatory);
    groups.forEach(g -> named.addAll(g.units()));
    exclusions.forEach(e -> named.addAll(e.units()));
    return named;
  }
}
