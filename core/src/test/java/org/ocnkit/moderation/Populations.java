package org.ocnkit.moderation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Random;
import java.util.Set;
import org.ocnkit.learner.ApprenticeId;
import org.ocnkit.learner.Code;
import org.ocnkit.learner.EnrolmentId;
import org.ocnkit.unit.AssessmentMethod;
import org.ocnkit.unit.UnitRef;

/**
 * Generated periods of assessments for the sampling rules: from a seed, up to 12 assessors (some
 * with sign-offs before the period), 10 units, 8 sites, every method, up to 200 sign-offs, some
 * decided by an earlier plan, some signed off again after a rejection, some already confirmed.
 */
final class Populations {
  private Populations() {}

  static List<Candidate> of(long seed) {
    Random rnd = new Random(seed);
    int assessors = 1 + rnd.nextInt(12);
    int units = 1 + rnd.nextInt(10);
    int sites = 1 + rnd.nextInt(8);
    int count = 1 + rnd.nextInt(200);
    boolean earlierPlan = rnd.nextBoolean();
    Map<Integer, Integer> made = new HashMap<>();
    for (int a = 0; a < assessors; a++) {
      made.put(a, rnd.nextInt(3) == 0 ? rnd.nextInt(6) : 0);
    }
    AssessmentMethod[] all = AssessmentMethod.values();
    List<Candidate> out = new ArrayList<>();
    Instant at = Instant.parse("2026-09-01T08:00:00Z");
    for (int i = 0; i < count; i++) {
      int a = rnd.nextInt(assessors);
      int rank = made.merge(a, 1, Integer::sum);
      List<AssessmentMethod> methods = new ArrayList<>();
      int m = 1 + rnd.nextInt(3);
      for (int k = 0; k < m; k++) {
        methods.add(all[rnd.nextInt(all.length)]);
      }
      at = at.plusSeconds(3600 + rnd.nextInt(86_400));
      Assessment assessment =
          new Assessment(
              1000 + i * 3L + rnd.nextInt(3),
              new EnrolmentId(1 + i),
              new ApprenticeId(1 + rnd.nextInt(count)),
              UnitRef.of("HS-UNIT-" + (10 + rnd.nextInt(units)), 1),
              "Enhet",
              new Code("assessor-" + a),
              "Bedömare " + a,
              new Code("site-" + rnd.nextInt(sites)),
              methods,
              LocalDate.ofInstant(at, java.time.ZoneOffset.UTC),
              at,
              rank);
      boolean decided = earlierPlan && rnd.nextInt(3) == 0;
      out.add(
          new Candidate(
              assessment,
              decided ? OptionalLong.of(1) : OptionalLong.empty(),
              decided && rnd.nextInt(4) == 0,
              !decided && rnd.nextInt(30) == 0,
              !decided && rnd.nextInt(40) == 0));
    }
    return out;
  }

  /** Rules from a seed: 0-4 first sign-offs, a share from 0 to 1, some or all dimensions. */
  static ModerationSettings rules(long seed) {
    Random rnd = new Random(seed * 31 + 7);
    String[] shares = {"0", "0.10", "0.20", "0.20", "0.25", "0.333", "0.5", "1"};
    Set<Dimension> cover = EnumSet.noneOf(Dimension.class);
    for (Dimension d : Dimension.values()) {
      if (rnd.nextInt(4) != 0) {
        cover.add(d);
      }
    }
    return new ModerationSettings(
        rnd.nextInt(5), new BigDecimal(shares[rnd.nextInt(shares.length)]), cover);
  }
}
