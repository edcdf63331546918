package org.ocnkit.qualification;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.ocnkit.unit.UnitCode;

/**
 * A qualification's rules of combination evaluated against the units a participant has achieved, on
 * a given day: per rule met or not and what is missing, which units counted (and in which group),
 * and which were set aside and why. {@link #of} is a pure function of its arguments.
 *
 * <p>How units count:
 *
 * <ul>
 *   <li>Only units the qualification lists count, in an accepted version (range or exact hash); a
 *       unit achieved with another provider only if that provider is accepted, within the cap on
 *       their credits; a unit achieved more than the validity period before the day does not count
 *       (achieved exactly that many years before still does).
 *   <li>Each unit counts once: one version per unit code (the one worth most credits), in the total
 *       and in at most one group, even when two groups list it. Of units that may not be combined
 *       at most one counts.
 *   <li>Where a unit may count in more than one group, or may be left out (an exclusion, the cap on
 *       other providers), the choice is the one that meets the most rules and, among those, leaves
 *       the fewest credits and units missing; among equals, the first in unit-code and group order.
 *       The search is exhaustive up to {@value #SEARCH_LIMIT} combinations, far more than real
 *       qualifications need; beyond that the best combination found so far stands.
 * </ul>
 */
public record Evaluation(
    QualificationRef qualification,
    LocalDate on,
    List<RuleResult> rules,
    List<CountedUnit> counted,
    List<SetAside> setAside) {
  /** The most combinations of choices {@link #of} tries. */
  public static final int SEARCH_LIMIT = 100_000;

  private static final int NOT_COUNTED = -2;
  private static final int NO_GROUP = -1;

  public Evaluation {
    Objects.requireNonNull(qualification, "qualification");
    Objects.requireNonNull(on, "on");
    rules = List.copyOf(rules);
    counted = List.copyOf(counted);
    setAside = List.copyOf(setAside);
  }

  /** Whether every rule is met: the participant has gained the qualification. */
  public boolean met() {
    return rules.stream().allMatch(RuleResult::met);
  }

  /** The rules not yet met. */
  public List<RuleResult> unmet() {
    return rules.stream().filter(r -> !r.met()).toList();
  }

  /** Credits of the units that count. */
  public int countedCredits() {
    return counted.stream().mapToInt(c -> c.unit().credits()).sum();
  }

  /** Evaluates {@code qualification}'s rules against {@code achieved} on the day {@code on}. */
  public static Evaluation of(
      Qualification qualification, List<AchievedUnit> achieved, LocalDate on) {
    Rules rules = qualification.rules();
    List<SetAside> setAside = new ArrayList<>();
    Map<UnitCode, AchievedUnit> best = new LinkedHashMap<>();
    List<AchievedUnit> sorted = new ArrayList<>(achieved);
    sorted.sort(
        Comparator.comparing((AchievedUnit u) -> u.ref()).thenComparing(AchievedUnit::achievedOn));
    for (AchievedUnit unit : sorted) {
      Optional<ListedUnit> listed = qualification.unit(unit.ref().code());
      if (listed.isEmpty()) {
        setAside.add(new SetAside(unit, SetAside.Reason.NOT_LISTED));
      } else if (!listed.get().accepts(unit.ref(), unit.hash())) {
        setAside.add(new SetAside(unit, SetAside.Reason.VERSION_NOT_ACCEPTED));
      } else if (unit.provider().isPresent()
          && !rules.otherProviders().map(o -> o.accepts(unit.provider().get())).orElse(false)) {
        setAside.add(new SetAside(unit, SetAside.Reason.PROVIDER_NOT_ACCEPTED));
      } else if (rules.unitValidityYears().isPresent()
          && unit.achievedOn().plusYears(rules.unitValidityYears().getAsInt()).isBefore(on)) {
        setAside.add(new SetAside(unit, SetAside.Reason.EXPIRED));
      } else {
        AchievedUnit other = best.get(unit.ref().code());
        if (other == null) {
          best.put(unit.ref().code(), unit);
        } else if (unit.credits() > other.credits()) {
          best.put(unit.ref().code(), unit);
          setAside.add(new SetAside(other, SetAside.Reason.DUPLICATE));
        } else {
          setAside.add(new SetAside(unit, SetAside.Reason.DUPLICATE));
        }
      }
    }
    List<AchievedUnit> candidates = new ArrayList<>(best.values());
    candidates.sort(Comparator.comparing(AchievedUnit::ref));
    Search search = new Search(qualification, candidates);
    search.run();
    int[] choice = search.bestChoice;
    List<CountedUnit> counted = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      AchievedUnit unit = candidates.get(i);
      if (choice[i] == NOT_COUNTED) {
        setAside.add(new SetAside(unit, search.leftOutBecause(i, choice)));
      } else {
        counted.add(
            new CountedUnit(
                unit,
                choice[i] == NO_GROUP
                    ? Optional.empty()
                    : Optional.of(rules.groups().get(choice[i]).id())));
      }
    }
    setAside.sort(Comparator.comparing((SetAside s) -> s.unit().ref()));
    return new Evaluation(qualification.ref(), on, search.bestResults, counted, setAside);
  }

  /** The exhaustive search over the choices units leave open. */
  private static final class Search {
    private final Rules rules;
    private final List<AchievedUnit> units;
    private final int[][] options;
    private final int[] current;
    private int tried;
    int[] bestChoice;
    List<RuleResult> bestResults;
    private int bestMet = -1;
    private int bestMissing = Integer.MAX_VALUE;

    Search(Qualification qualification, List<AchievedUnit> units) {
      this.rules = qualification.rules();
      this.units = units;
      this.options = new int[units.size()][];
      this.current = new int[units.size()];
      for (int i = 0; i < units.size(); i++) {
        UnitCode code = units.get(i).ref().code();
        List<Integer> unitOptions = new ArrayList<>();
        for (int g = 0; g < rules.groups().size(); g++) {
          if (rules.groups().get(g).units().contains(code)) {
            unitOptions.add(g);
          }
        }
        if (unitOptions.isEmpty()) {
          unitOptions.add(NO_GROUP);
        }
        boolean capped = rules.otherProviders().map(o -> o.maxCredits().isPresent()).orElse(false);
        boolean mayBeLeftOut =
            rules.exclusions().stream().anyMatch(e -> e.units().contains(code))
                || (units.get(i).provider().isPresent() && capped);
        if (mayBeLeftOut) {
          unitOptions.add(NOT_COUNTED);
        }
        options[i] = unitOptions.stream().mapToInt(Integer::intValue).toArray();
      }
    }

    void run() {
      visit(0);
    }

    private void visit(int index) {
      if (tried >= SEARCH_LIMIT) {
        return;
      }
      if (index == units.size()) {
        tried++;
        consider();
        return;
      }
      for (int option : options[index]) {
        current[index] = option;
        visit(index + 1);
      }
    }

    private void consider() {
      if (!allowed(current)) {
        return;
      }
      List<RuleResult> results = results(current);
      int met = (int) results.stream().filter(RuleResult::met).count();
      int missing = results.stream().mapToInt(r -> r.missingCredits() + r.missingUnits()).sum();
      if (met > bestMet || (met == bestMet && missing < bestMissing)) {
        bestMet = met;
        bestMissing = missing;
        bestChoice = current.clone();
        bestResults = results;
      }
    }

    private boolean allowed(int[] choice) {
      for (Exclusion exclusion : rules.exclusions()) {
        int inUse = 0;
        for (int i = 0; i < units.size(); i++) {
          if (choice[i] != NOT_COUNTED && exclusion.units().contains(units.get(i).ref().code())) {
            inUse++;
          }
        }
        if (inUse > 1) {
          return false;
        }
      }
      if (rules.otherProviders().isPresent()
          && rules.otherProviders().get().maxCredits().isPresent()) {
        int fromOthers = 0;
        for (int i = 0; i < units.size(); i++) {
          if (choice[i] != NOT_COUNTED && units.get(i).provider().isPresent()) {
            fromOthers += units.get(i).credits();
          }
        }
        return fromOthers <= rules.otherProviders().get().maxCredits().getAsInt();
      }
      return true;
    }

    private List<RuleResult> results(int[] choice) {
      List<RuleResult> results = new ArrayList<>();
      int total = 0;
      Map<UnitCode, Boolean> countedCodes = new HashMap<>();
      int[] groupCredits = new int[rules.groups().size()];
      int[] groupUnits = new int[rules.groups().size()];
      for (int i = 0; i < units.size(); i++) {
        if (choice[i] == NOT_COUNTED) {
          continue;
        }
        AchievedUnit unit = units.get(i);
        total += unit.credits();
        countedCodes.put(unit.ref().code(), true);
        if (choice[i] >= 0) {
          groupCredits[choice[i]] += unit.credits();
          groupUnits[choice[i]]++;
        }
      }
      results.add(new RuleResult(RuleResult.Kind.TOTAL, "", rules.totalCredits(), total, 0, 0));
      for (UnitCode code : rules.mandatory()) {
        results.add(
            new RuleResult(
                RuleResult.Kind.MANDATORY,
                code.value(),
                0,
                0,
                1,
                countedCodes.containsKey(code) ? 1 : 0));
      }
      for (int g = 0; g < rules.groups().size(); g++) {
        UnitGroup group = rules.groups().get(g);
        results.add(
            new RuleResult(
                RuleResult.Kind.GROUP,
                group.id(),
                group.minCredits(),
                groupCredits[g],
                group.minUnits(),
                groupUnits[g]));
      }
      for (LevelCredits level : rules.levelCredits()) {
        int credits = 0;
        for (int i = 0; i < units.size(); i++) {
          if (choice[i] != NOT_COUNTED && units.get(i).level().compareTo(level.level()) >= 0) {
            credits += units.get(i).credits();
          }
        }
        results.add(
            new RuleResult(
                RuleResult.Kind.LEVEL,
                level.level().toString(),
                level.minCredits(),
                credits,
                0,
                0));
      }
      return results;
    }

    SetAside.Reason leftOutBecause(int index, int[] choice) {
      UnitCode code = units.get(index).ref().code();
      for (Exclusion exclusion : rules.exclusions()) {
        if (!exclusion.units().contains(code)) {
          continue;
        }
        for (int i = 0; i < units.size(); i++) {
          if (i != index
              && choice[i] != NOT_COUNTED
              && exclusion.units().contains(units.get(i).ref().code())) {
            return SetAside.Reason.EXCLUDED;
          }
        }
      }
      return units.get(index).provider().isPresent()
          ? SetAside.Reason.PROVIDER_CAP
          : SetAside.Reason.EXCLUDED;
    }
  }
}
