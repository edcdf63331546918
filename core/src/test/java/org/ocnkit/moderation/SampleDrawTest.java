package org.ocnkit.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ocnkit.learner.ApprenticeId;
import org.ocnkit.learner.Code;
import org.ocnkit.learner.EnrolmentId;
import org.ocnkit.moderation.SampleReason.Kind;
import org.ocnkit.unit.AssessmentMethod;
import org.ocnkit.unit.UnitRef;

/**
 * The sampling rules of DESIGN §3 hold for every generated period ({@link Populations}): many
 * assessors, units, methods and sites, earlier plans' decisions, sign-offs made again.
 */
class SampleDrawTest {
  static LongStream seeds() {
    return LongStream.rangeClosed(1, 300);
  }

  @ParameterizedTest(name = "population {0}")
  @MethodSource("seeds")
  void newAssessorsAreFullySampledAndOnlyThey(long seed) {
    ModerationSettings rules = Populations.rules(seed);
    SampleDraw draw = SampleDraw.draw(Populations.of(seed), rules, seed);
    for (SampleDraw.Item item : draw.items()) {
      Candidate c = item.candidate();
      boolean first = c.assessment().assessorRank() <= rules.newAssessorCount();
      if (c.undecided() && first) {
        assertThat(item.sampled()).isTrue();
        assertThat(item.reasons())
            .contains(
                new SampleReason(
                    Kind.NEW_ASSESSOR,
                    c.assessment().assessorRank() + "/" + rules.newAssessorCount()));
      } else {
        assertThat(item.reasons()).extracting(SampleReason::kind).doesNotContain(Kind.NEW_ASSESSOR);
      }
      if (c.undecided() && c.signedOffAgain()) {
        assertThat(item.sampled()).isTrue();
        assertThat(item.reasons()).extracting(SampleReason::kind).contains(Kind.SIGNED_OFF_AGAIN);
      }
    }
  }

  @ParameterizedTest(name = "population {0}")
  @MethodSource("seeds")
  void theShareOfTheRestHoldsWithinRounding(long seed) {
    ModerationSettings rules = Populations.rules(seed);
    SampleDraw draw = SampleDraw.draw(Populations.of(seed), rules, seed);
    List<SampleDraw.Item> rest =
        draw.items().stream()
            .filter(
                i ->
                    i.candidate().undecided()
                        && i.candidate().assessment().assessorRank() > rules.newAssessorCount()
                        && !i.candidate().signedOffAgain())
            .toList();
    int target =
        BigDecimal.valueOf(rest.size())
            .multiply(rules.share())
            .setScale(0, RoundingMode.CEILING)
            .intValue();
    long sampled = rest.stream().filter(SampleDraw.Item::sampled).count();
    long random =
        rest.stream()
            .filter(i -> i.reasons().stream().anyMatch(r -> r.kind() == Kind.RANDOM_SHARE))
            .count();
    assertThat(draw.rest()).isEqualTo(rest.size());
    assertThat(draw.target()).isEqualTo(target);
    // At least the share, rounded up to whole sign-offs ...
    assertThat(BigDecimal.valueOf(sampled))
        .isGreaterThanOrEqualTo(BigDecimal.valueOf(rest.size()).multiply(rules.share()));
    // ... and random picks only make up the difference: never one more than needed.
    assertThat(random).isEqualTo(Math.max(0, target - (sampled - random)));
    if (random > 0) {
      assertThat(sampled).isEqualTo(target);
      assertThat(BigDecimal.valueOf(sampled - 1))
          .isLessThan(BigDecimal.valueOf(rest.size()).multiply(rules.share()));
    }
  }

  @ParameterizedTest(name = "population {0}")
  @MethodSource("seeds")
  void everyAssessorUnitMethodAndSiteIsRepresented(long seed) {
    ModerationSettings rules =
        new ModerationSettings(
            Populations.rules(seed).newAssessorCount(),
            Populations.rules(seed).share(),
            EnumSet.allOf(Dimension.class));
    SampleDraw draw = SampleDraw.draw(Populations.of(seed), rules, seed);
    for (Dimension d : Dimension.values()) {
      Set<String> needed = new HashSet<>();
      Set<String> sampled = new HashSet<>();
      for (SampleDraw.Item item : draw.items()) {
        if (item.candidate().undecided()) {
          needed.addAll(item.candidate().assessment().values(d));
        }
        if (item.sampled()) {
          sampled.addAll(item.candidate().assessment().values(d));
        }
      }
      assertThat(sampled).as(d + " of population " + seed).containsAll(needed);
    }
    for (SampleDraw.Item item : draw.items()) {
      for (SampleReason r : item.reasons()) {
        for (Dimension d : Dimension.values()) {
          if (r.kind() == Kind.covering(d)) {
            assertThat(item.candidate().assessment().values(d)).contains(r.detail());
          }
        }
      }
    }
  }

  @ParameterizedTest(name = "population {0}")
  @MethodSource("seeds")
  void earlierDecisionsStandAndEverySampledItemSaysWhy(long seed) {
    SampleDraw draw = SampleDraw.draw(Populations.of(seed), Populations.rules(seed), seed);
    for (SampleDraw.Item item : draw.items()) {
      if (!item.candidate().undecided()) {
        assertThat(item.sampled()).isEqualTo(item.candidate().sampledThere());
        assertThat(item.reasons()).isEmpty();
      } else {
        assertThat(item.reasons().isEmpty()).isEqualTo(!item.sampled());
      }
    }
  }

  @ParameterizedTest(name = "population {0}")
  @MethodSource("seeds")
  void theSameSeedGivesTheSamePlanInAnyInputOrder(long seed) {
    List<Candidate> population = Populations.of(seed);
    ModerationSettings rules = Populations.rules(seed);
    SampleDraw first = SampleDraw.draw(population, rules, seed * 7919);
    List<Candidate> shuffled = new ArrayList<>(population);
    Collections.shuffle(shuffled, new Random(seed));
    assertThat(SampleDraw.draw(shuffled, rules, seed * 7919).items()).isEqualTo(first.items());
    assertThat(SampleDraw.draw(Populations.of(seed), rules, seed * 7919).items())
        .isEqualTo(first.items());
  }

  @Test
  void anotherSeedDrawsAnotherRandomShare() {
    List<Candidate> population = new ArrayList<>();
    for (int i = 1; i <= 100; i++) {
      population.add(Candidate.undecided(assessment(i, "karin-lund", 10 + i)));
    }
    ModerationSettings rules = new ModerationSettings(3, new BigDecimal("0.20"), Set.of());
    Set<Long> one = randomPicks(SampleDraw.draw(population, rules, 1));
    Set<Long> two = randomPicks(SampleDraw.draw(population, rules, 2));
    assertThat(one).hasSize(20).isNotEqualTo(two);
    assertThat(two).hasSize(20);
  }

  @Test
  void aNewAssessorsFirstThreeAreSampledThenTheShareAndTheCoverageOfTheRest() {
    List<Candidate> population = new ArrayList<>();
    // Karin's first four sign-offs; Yusuf's 6th to 15th (he was moderated before).
    for (int i = 1; i <= 4; i++) {
      population.add(Candidate.undecided(assessment(i, "karin-lund", i)));
    }
    for (int i = 5; i <= 14; i++) {
      population.add(Candidate.undecided(assessment(i, "yusuf-demir", i + 1)));
    }
    SampleDraw draw = SampleDraw.draw(population, ModerationSettings.DEFAULTS, 42);
    assertThat(draw.items().subList(0, 3))
        .allSatisfy(i -> assertThat(i.sampled()).isTrue())
        .extracting(i -> i.reasons().get(0).message().format(java.util.Locale.ENGLISH))
        .containsExactly(
            "new assessor: sign-off 1 of their first 3",
            "new assessor: sign-off 2 of their first 3",
            "new assessor: sign-off 3 of their first 3");
    assertThat(draw.items().get(0).reasons().get(0).message().format(org.ocnkit.Message.SWEDISH))
        .isEqualTo("ny bedömare: bedömning 1 av de 3 första");
    // The rest: Karin's 4th and Yusuf's ten: ceil(0.2 × 11) = 3, at least one of Yusuf's.
    assertThat(draw.rest()).isEqualTo(11);
    assertThat(draw.target()).isEqualTo(3);
    assertThat(draw.items().subList(3, 14).stream().filter(SampleDraw.Item::sampled)).hasSize(3);
    assertThat(
            draw.items().stream()
                .filter(
                    i ->
                        i.reasons().contains(new SampleReason(Kind.COVER_ASSESSOR, "yusuf-demir"))))
        .hasSize(1);
  }

  @Test
  void theSeedOfAPeriodAndTheDrawOrderAreTheDocumentedHashes() throws Exception {
    PlanPeriod period = PlanPeriod.parse("2026-09-01..2026-11-30");
    byte[] h =
        MessageDigest.getInstance("SHA-256")
            .digest(
                "ocnkit-moderation-seed-v1 2026-09-01..2026-11-30"
                    .getBytes(StandardCharsets.UTF_8));
    assertThat(SampleDraw.seedOf(period)).isEqualTo(java.nio.ByteBuffer.wrap(h).getLong());
    assertThat(SampleDraw.seedOf(PlanPeriod.parse("2026-09-01..2026-12-01")))
        .isNotEqualTo(SampleDraw.seedOf(period));
    assertThat(SampleDraw.drawKey(-5, 17))
        .isEqualTo(
            java.util.HexFormat.of()
                .formatHex(
                    MessageDigest.getInstance("SHA-256")
                        .digest(
                            "ocnkit-moderation-draw-v1 -5 17".getBytes(StandardCharsets.UTF_8))));
  }

  private static Set<Long> randomPicks(SampleDraw draw) {
    Set<Long> ids = new HashSet<>();
    for (SampleDraw.Item i : draw.items()) {
      if (i.reasons().stream().anyMatch(r -> r.kind() == Kind.RANDOM_SHARE)) {
        ids.add(i.candidate().assessment().signOffId());
      }
    }
    return ids;
  }

  static Assessment assessment(int i, String assessor, int rank) {
    Instant at = Instant.parse("2026-10-01T08:00:00Z").plusSeconds(3600L * i);
    return new Assessment(
        i,
        new EnrolmentId(i),
        new ApprenticeId(i),
        UnitRef.of("HS-KUND-01", 1),
        "Kundbemötande",
        new Code(assessor),
        assessor,
        new Code("ica-bjorkdalen"),
        List.of(AssessmentMethod.OBSERVATION),
        LocalDate.of(2026, 10, 1),
        at,
        rank);
  }
}
