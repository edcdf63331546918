package org.ocnkit.qualification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ocnkit.unit.EqfLevel;
import org.ocnkit.unit.UnitCode;
import org.ocnkit.unit.UnitHash;
import org.ocnkit.unit.UnitRef;

/**
 * The rules of combination as a pure function: the edges one by one, then seeded generated
 * qualifications and unit sets checked against a brute-force oracle written independently.
 */
class EvaluationTest {
  private static final LocalDate TODAY = LocalDate.of(2027, 6, 1);

  // ---- edges -------------------------------------------------------------------------------

  @Test
  void exactlyTheMinimumMeetsEveryRule() {
    Qualification q =
        qualification(
            new Rules(
                9,
                codes("U-A"),
                List.of(UnitGroup.of("B", 3, 1, "U-B", "U-C")),
                List.of(new LevelCredits(new EqfLevel(3), 5)),
                List.of(),
                OptionalInt.empty(),
                Optional.empty()),
            "U-A",
            "U-B",
            "U-C",
            "U-D");

    Evaluation e =
        Evaluation.of(q, List.of(unit("U-A", 4, 3), unit("U-B", 3, 2), unit("U-D", 2, 3)), TODAY);

    assertThat(e.met()).isTrue();
    assertThat(e.countedCredits()).isEqualTo(9);
    assertThat(e.rules()).allSatisfy(r -> assertThat(r.missing()).isEmpty());
  }

  @Test
  void oneCreditShortSaysWhatIsMissingInBothLanguages() {
    Qualification q =
        qualification(
            new Rules(
                10,
                List.of(),
                List.of(UnitGroup.of("B", 4, 0, "U-B", "U-C")),
                List.of(),
                List.of(),
                OptionalInt.empty(),
                Optional.empty()),
            "U-A",
            "U-B",
            "U-C");

    Evaluation e = Evaluation.of(q, List.of(unit("U-A", 8, 2), unit("U-B", 2, 2)), TODAY);

    assertThat(e.met()).isFalse();
    RuleResult group =
        e.unmet().stream().filter(r -> r.kind() == RuleResult.Kind.GROUP).findFirst().orElseThrow();
    assertThat(group.missing().get(0).format(Locale.ENGLISH))
        .isEqualTo("2 more credits from group B");
    assertThat(group.missing().get(0).format(Locale.forLanguageTag("sv")))
        .isEqualTo("2 poäng till från grupp B");
    assertThat(e.unmet()).extracting(RuleResult::kind).containsExactly(RuleResult.Kind.GROUP);
  }

  @Test
  void aUnitInTwoGroupsCountsInOneOnlyAndGoesWhereItIsNeeded() {
    Qualification q =
        qualification(
            new Rules(
                6,
                List.of(),
                List.of(
                    UnitGroup.of("A", 3, 0, "U-X", "U-A"), UnitGroup.of("B", 3, 0, "U-X", "U-B")),
                List.of(),
                List.of(),
                OptionalInt.empty(),
                Optional.empty()),
            "U-X",
            "U-A",
            "U-B");

    Evaluation both = Evaluation.of(q, List.of(unit("U-X", 3, 2), unit("U-A", 3, 2)), TODAY);
    Evaluation alone = Evaluation.of(q, List.of(unit("U-X", 3, 2)), TODAY);

    assertThat(both.met()).isTrue();
    assertThat(both.counted())
        .filteredOn(c -> c.unit().ref().code().value().equals("U-X"))
        .singleElement()
        .satisfies(c -> assertThat(c.group()).hasValue("B"));
    assertThat(alone.met()).isFalse();
    assertThat(alone.unmet()).hasSize(2); // the total and one of the groups: never both groups
  }

  @Test
  void unitsThatMayNotBeCombinedCountOnceAndTheBetterOneIsKept() {
    Qualification q =
        qualification(
            new Rules(
                5,
                List.of(),
                List.of(),
                List.of(),
                List.of(Exclusion.of("U-A", "U-B")),
                OptionalInt.empty(),
                Optional.empty()),
            "U-A",
            "U-B",
            "U-C");

    Evaluation e =
        Evaluation.of(q, List.of(unit("U-A", 2, 2), unit("U-B", 3, 2), unit("U-C", 2, 2)), TODAY);

    assertThat(e.met()).isTrue();
    assertThat(e.countedCredits()).isEqualTo(5);
    assertThat(e.setAside())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.unit().ref().code().value()).isEqualTo("U-A");
              assertThat(s.reason()).isEqualTo(SetAside.Reason.EXCLUDED);
            });
  }

  @Test
  void anExpiredUnitDoesNotCountButOneAchievedExactlyThePeriodAgoStillDoes() {
    Qualification q =
        qualification(
            new Rules(
                4, List.of(), List.of(), List.of(), List.of(), OptionalInt.of(3), Optional.empty()),
            "U-A",
            "U-B");

    Evaluation e =
        Evaluation.of(
            q,
            List.of(
                unit("U-A", 2, 2, TODAY.minusYears(3)),
                unit("U-B", 2, 2, TODAY.minusYears(3).minusDays(1))),
            TODAY);

    assertThat(e.met()).isFalse();
    assertThat(e.counted()).extracting(c -> c.unit().ref().code().value()).containsExactly("U-A");
    assertThat(e.setAside())
        .singleElement()
        .satisfies(s -> assertThat(s.reason()).isEqualTo(SetAside.Reason.EXPIRED));
    assertThat(e.unmet().get(0).missing().get(0).format(Locale.ENGLISH))
        .isEqualTo("2 more credits in total");
  }

  @Test
  void versionsOutsideTheRangeAndHashesThatDifferDoNotCount() {
    UnitHash exact = hash("exact");
    Qualification q =
        Qualification.builder()
            .code("KVAL-T")
            .version(1)
            .titleSv("T")
            .level(2)
            .purpose("P")
            .author("A")
            .unit(ListedUnit.versions("U-A", 2, 3))
            .unit(ListedUnit.exact("U-B", exact))
            .rules(Rules.total(1))
            .build();

    Evaluation e =
        Evaluation.of(
            q,
            List.of(
                AchievedUnit.here(UnitRef.of("U-A", 1), hash("a1"), 2, 2, TODAY),
                AchievedUnit.here(UnitRef.of("U-A", 4), hash("a4"), 2, 2, TODAY),
                AchievedUnit.here(UnitRef.of("U-B", 1), hash("other"), 2, 2, TODAY),
                AchievedUnit.here(UnitRef.of("U-Z", 1), hash("z"), 2, 2, TODAY)),
            TODAY);

    assertThat(e.met()).isFalse();
    assertThat(e.setAside())
        .extracting(SetAside::reason)
        .containsExactly(
            SetAside.Reason.VERSION_NOT_ACCEPTED, SetAside.Reason.VERSION_NOT_ACCEPTED,
            SetAside.Reason.VERSION_NOT_ACCEPTED, SetAside.Reason.NOT_LISTED);
    assertThat(
            Evaluation.of(
                    q, List.of(AchievedUnit.here(UnitRef.of("U-B", 7), exact, 2, 2, TODAY)), TODAY)
                .met())
        .isTrue();
  }

  @Test
  void otherProvidersCountWhenAcceptedAndUpToTheirCap() {
    Qualification q =
        qualification(
            new Rules(
                6,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                OptionalInt.empty(),
                Optional.of(
                    new OtherProviders(List.of("Lärcentrum Västerdal"), OptionalInt.of(3)))),
            "U-A",
            "U-B",
            "U-C");

    Evaluation e =
        Evaluation.of(
            q,
            List.of(
                new AchievedUnit(
                    UnitRef.of("U-A", 1),
                    hash("a"),
                    3,
                    new EqfLevel(2),
                    TODAY,
                    Optional.of("Lärcentrum Västerdal")),
                new AchievedUnit(
                    UnitRef.of("U-B", 1),
                    hash("b"),
                    2,
                    new EqfLevel(2),
                    TODAY,
                    Optional.of("Lärcentrum Västerdal")),
                new AchievedUnit(
                    UnitRef.of("U-C", 1),
                    hash("c"),
                    3,
                    new EqfLevel(2),
                    TODAY,
                    Optional.of("Okänd skola"))),
            TODAY);

    assertThat(e.countedCredits()).isEqualTo(3);
    assertThat(e.setAside())
        .extracting(SetAside::reason)
        .containsExactly(SetAside.Reason.PROVIDER_CAP, SetAside.Reason.PROVIDER_NOT_ACCEPTED);
  }

  @Test
  void twoVersionsOfOneUnitCountOnce() {
    Qualification q = qualification(Rules.total(5), "U-A");

    Evaluation e =
        Evaluation.of(
            q,
            List.of(
                unit("U-A", 3, 2),
                AchievedUnit.here(UnitRef.of("U-A", 2), hash("v2"), 3, 2, TODAY)),
            TODAY);

    assertThat(e.countedCredits()).isEqualTo(3);
    assertThat(e.setAside())
        .extracting(SetAside::reason)
        .containsExactly(SetAside.Reason.DUPLICATE);
  }

  // ---- generated ---------------------------------------------------------------------------

  static LongStream seeds() {
    return LongStream.range(0, 200);
  }

  /**
   * For generated qualifications (up to 5 units, 3 groups, overlapping groups, exclusions, level
   * rules, validity, other providers) and achieved sets: whether the rules can be met and how many
   * rules the best choice meets agree with an oracle that tries every way of counting every unit;
   * the units counted really satisfy what the evaluation reports.
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void agreesWithABruteForceOracle(long seed) {
    Random random = new Random(seed);
    int n = 2 + random.nextInt(4);
    List<String> codes = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      codes.add("U-" + (char) ('A' + i));
    }
    Map<String, Integer> credits = new HashMap<>();
    Map<String, Integer> levels = new HashMap<>();
    for (String code : codes) {
      credits.put(code, 1 + random.nextInt(5));
      levels.put(code, 1 + random.nextInt(4));
    }
    List<UnitGroup> groups = new ArrayList<>();
    int groupCount = random.nextInt(4);
    for (int g = 0; g < groupCount; g++) {
      List<String> members = codes.stream().filter(c -> random.nextInt(3) == 0).toList();
      if (members.isEmpty()) {
        members = List.of(codes.get(random.nextInt(n)));
      }
      int minCredits = random.nextBoolean() ? 1 + random.nextInt(6) : 0;
      int minUnits =
          minCredits == 0 || random.nextInt(3) == 0 ? 1 + random.nextInt(members.size()) : 0;
      groups.add(
          new UnitGroup(
              "G" + g,
              Optional.empty(),
              Optional.empty(),
              members.stream().map(UnitCode::new).toList(),
              minCredits,
              minUnits));
    }
    List<UnitCode> mandatory =
        codes.stream().filter(c -> random.nextInt(5) == 0).map(UnitCode::new).toList();
    List<Exclusion> exclusions = new ArrayList<>();
    if (n >= 2 && random.nextInt(3) == 0) {
      int a = random.nextInt(n);
      int b = (a + 1 + random.nextInt(n - 1)) % n;
      exclusions.add(Exclusion.of(codes.get(a), codes.get(b)));
    }
    List<LevelCredits> levelRules =
        random.nextBoolean()
            ? List.of()
            : List.of(new LevelCredits(new EqfLevel(1 + random.nextInt(4)), 1 + random.nextInt(6)));
    OptionalInt validity = random.nextBoolean() ? OptionalInt.of(2) : OptionalInt.empty();
    Optional<OtherProviders> others =
        random.nextBoolean()
            ? Optional.empty()
            : Optional.of(
                new OtherProviders(
                    List.of("P1"),
                    random.nextBoolean()
                        ? OptionalInt.of(1 + random.nextInt(4))
                        : OptionalInt.empty()));
    Rules rules =
        new Rules(
            1 + random.nextInt(12), mandatory, groups, levelRules, exclusions, validity, others);
    Qualification q = qualification(rules, codes.toArray(String[]::new));

    List<AchievedUnit> achieved = new ArrayList<>();
    for (String code : codes) {
      if (random.nextInt(4) == 0) {
        continue;
      }
      LocalDate on =
          TODAY.minusDays(random.nextInt(4) == 0 ? 800 + random.nextInt(100) : random.nextInt(700));
      Optional<String> provider =
          switch (random.nextInt(6)) {
            case 0 -> Optional.of("P1");
            case 1 -> Optional.of("P2");
            default -> Optional.empty();
          };
      achieved.add(
          new AchievedUnit(
              UnitRef.of(code, 1),
              hash(code),
              credits.get(code),
              new EqfLevel(levels.get(code)),
              on,
              provider));
    }

    Evaluation e = Evaluation.of(q, achieved, TODAY);
    Oracle oracle = new Oracle(rules, achieved);

    assertThat(e.met()).as("met").isEqualTo(oracle.bestMet == oracle.ruleCount);
    assertThat(e.rules().stream().filter(RuleResult::met).count())
        .as("rules met")
        .isEqualTo(oracle.bestMet);
    assertThat(e.rules()).hasSize(oracle.ruleCount);
    assertThat(e.counted().size() + e.setAside().size()).isEqualTo(achieved.size());
    checkReportedAgainstCounted(rules, e);
  }

  /** Recomputes every rule from the counted units and their groups, and checks the constraints. */
  private static void checkReportedAgainstCounted(Rules rules, Evaluation e) {
    int total = e.counted().stream().mapToInt(c -> c.unit().credits()).sum();
    Set<String> counted = new HashSet<>();
    int fromOthers = 0;
    for (CountedUnit c : e.counted()) {
      counted.add(c.unit().ref().code().value());
      if (c.unit().provider().isPresent()) {
        assertThat(c.unit().provider()).hasValue("P1");
        fromOthers += c.unit().credits();
      }
      assertThat(
              rules.unitValidityYears().isEmpty()
                  || !c.unit()
                      .achievedOn()
                      .plusYears(rules.unitValidityYears().getAsInt())
                      .isBefore(TODAY))
          .isTrue();
      c.group()
          .ifPresent(
              g ->
                  assertThat(
                          rules.groups().stream()
                              .filter(x -> x.id().equals(g))
                              .findFirst()
                              .orElseThrow()
                              .units())
                      .contains(c.unit().ref().code()));
    }
    int cap =
        rules
            .otherProviders()
            .flatMap(
                o ->
                    o.maxCredits().isPresent()
                        ? Optional.of(o.maxCredits().getAsInt())
                        : Optional.empty())
            .orElse(Integer.MAX_VALUE);
    assertThat(fromOthers).isLessThanOrEqualTo(cap);
    for (Exclusion x : rules.exclusions()) {
      assertThat(x.units().stream().filter(u -> counted.contains(u.value())).count())
          .isLessThanOrEqualTo(1);
    }
    for (RuleResult r : e.rules()) {
      switch (r.kind()) {
        case TOTAL -> assertThat(r.countedCredits()).isEqualTo(total);
        case MANDATORY ->
            assertThat(r.countedUnits() == 1).isEqualTo(counted.contains(r.subject()));
        case GROUP -> {
          List<CountedUnit> in =
              e.counted().stream().filter(c -> c.group().equals(Optional.of(r.subject()))).toList();
          assertThat(r.countedUnits()).isEqualTo(in.size());
          assertThat(r.countedCredits())
              .isEqualTo(in.stream().mapToInt(c -> c.unit().credits()).sum());
        }
        case LEVEL ->
            assertThat(r.countedCredits())
                .isEqualTo(
                    e.counted().stream()
                        .filter(c -> c.unit().level().value() >= Integer.parseInt(r.subject()))
                        .mapToInt(c -> c.unit().credits())
                        .sum());
        default -> throw new IllegalStateException();
      }
      assertThat(r.met()).isEqualTo(r.missing().isEmpty());
    }
  }

  /**
   * Tries every way of counting each achieved unit: not at all, or in any one group that lists it
   * (or outside groups when none does), and keeps the most rules met. Knows the rules from their
   * definition, not from the evaluator's code.
   */
  private static final class Oracle {
    final int ruleCount;
    int bestMet = -1;
    private final Rules rules;
    private final List<AchievedUnit> units;

    Oracle(Rules rules, List<AchievedUnit> achieved) {
      this.rules = rules;
      this.units =
          achieved.stream()
              .filter(
                  u ->
                      u.provider().isEmpty()
                          || rules
                              .otherProviders()
                              .map(o -> o.accepts(u.provider().get()))
                              .orElse(false))
              .filter(
                  u ->
                      rules.unitValidityYears().isEmpty()
                          || !TODAY.isAfter(
                              u.achievedOn().plusYears(rules.unitValidityYears().getAsInt())))
              .toList();
      this.ruleCount =
          1 + rules.mandatory().size() + rules.groups().size() + rules.levelCredits().size();
      try_(new int[units.size()], 0);
    }

    private void try_(int[] choice, int i) {
      if (i == units.size()) {
        score(choice);
        return;
      }
      for (int option = -2; option < rules.groups().size(); option++) {
        choice[i] = option;
        try_(choice, i + 1);
      }
    }

    /** -2 not counted, -1 counted outside any group, g counted in group g. */
    private void score(int[] choice) {
      int total = 0;
      int fromOthers = 0;
      Set<UnitCode> counted = new HashSet<>();
      int[] groupCredits = new int[rules.groups().size()];
      int[] groupUnits = new int[rules.groups().size()];
      for (int i = 0; i < units.size(); i++) {
        AchievedUnit u = units.get(i);
        if (choice[i] == -2) {
          continue;
        }
        if (choice[i] >= 0 && !rules.groups().get(choice[i]).units().contains(u.ref().code())) {
          return;
        }
        if (choice[i] == -1
            && rules.groups().stream().anyMatch(g -> g.units().contains(u.ref().code()))) {
          continue; // same as counting it in a group and not needing the group: covered there
        }
        total += u.credits();
        counted.add(u.ref().code());
        if (u.provider().isPresent()) {
          fromOthers += u.credits();
        }
        if (choice[i] >= 0) {
          groupCredits[choice[i]] += u.credits();
          groupUnits[choice[i]]++;
        }
      }
      for (Exclusion x : rules.exclusions()) {
        if (x.units().stream().filter(counted::contains).count() > 1) {
          return;
        }
      }
      if (rules.otherProviders().isPresent()
          && rules.otherProviders().get().maxCredits().isPresent()
          && fromOthers > rules.otherProviders().get().maxCredits().getAsInt()) {
        return;
      }
      int met = total >= rules.totalCredits() ? 1 : 0;
      for (UnitCode m : rules.mandatory()) {
        met += counted.contains(m) ? 1 : 0;
      }
      for (int g = 0; g < rules.groups().size(); g++) {
        UnitGroup group = rules.groups().get(g);
        met += groupCredits[g] >= group.minCredits() && groupUnits[g] >= group.minUnits() ? 1 : 0;
      }
      for (LevelCredits level : rules.levelCredits()) {
        int atLevel = 0;
        for (int i = 0; i < units.size(); i++) {
          if (choice[i] != -2
              && counted.contains(units.get(i).ref().code())
              && units.get(i).level().value() >= level.level().value()) {
            atLevel += units.get(i).credits();
          }
        }
        met += atLevel >= level.minCredits() ? 1 : 0;
      }
      bestMet = Math.max(bestMet, met);
    }
  }

  // ---- helpers -----------------------------------------------------------------------------

  private static Qualification qualification(Rules rules, String... codes) {
    Qualification.Builder b =
        Qualification.builder()
            .code("KVAL-TEST")
            .version(1)
            .titleSv("Prov")
            .level(2)
            .purpose("Prov")
            .author("Prov")
            .rules(rules);
    for (String code : codes) {
      b.unit(ListedUnit.anyVersion(code));
    }
    return b.build();
  }

  private static List<UnitCode> codes(String... codes) {
    return java.util.Arrays.stream(codes).map(UnitCode::new).toList();
  }

  private static AchievedUnit unit(String code, int credits, int level) {
    return unit(code, credits, level, TODAY.minusMonths(1));
  }

  private static AchievedUnit unit(String code, int credits, int level, LocalDate on) {
    return AchievedUnit.here(UnitRef.of(code, 1), hash(code), credits, level, on);
  }

  private static UnitHash hash(String seed) {
    String hex = Integer.toHexString(seed.hashCode() & 0x7fffffff);
    return new UnitHash("0".repeat(64 - hex.length()) + hex);
  }
}
