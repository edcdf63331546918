package org.ocnkit.moderation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.ocnkit.io.Sha256;

/**
 * The sampling rules of DESIGN §3 applied to a period's assessments: which a plan samples and why.
 * A pure function of its inputs: the same assessments, rules and seed give the same draw, in any
 * input order, so anyone holding the plan's inputs can check it.
 *
 * <p>The plan decides every {@linkplain Candidate#undecided() undecided} assessment; those an
 * earlier plan decided keep that decision and count as they are (sampled or not). In order:
 *
 * <ol>
 *   <li><b>Always sampled</b>: each of an assessor's first {@link
 *       ModerationSettings#newAssessorCount()} sign-offs ({@link SampleReason.Kind#NEW_ASSESSOR});
 *       a sign-off made again after a moderator rejected the enrolment's earlier one ({@link
 *       SampleReason.Kind#SIGNED_OFF_AGAIN}); one a moderator already confirmed ({@link
 *       SampleReason.Kind#ALREADY_CONFIRMED}).
 *   <li><b>Coverage</b>: every value of every {@linkplain ModerationSettings#cover() covered
 *       dimension} (assessor, unit, method, site) among the undecided assessments must appear in at
 *       least one sampled assessment of the period. While some value is missing, the undecided
 *       assessment covering the most missing values is sampled (ties go to the draw order), with
 *       one reason per value it covers.
 *   <li><b>Share</b>: of the undecided assessments that are not always sampled (the <em>rest</em>),
 *       at least {@code ceil(share × rest)} are sampled; coverage picks count, and the draw order
 *       makes up the difference ({@link SampleReason.Kind#RANDOM_SHARE}).
 * </ol>
 *
 * <p><b>Draw order</b>: assessments ascending by the lowercase hex SHA-256 of the UTF-8 text {@code
 * ocnkit-moderation-draw-v1 SEED SIGNOFFID} (decimal numbers, single spaces). Each assessment's
 * place depends on the seed and its own id only, so adding an assessment to the period does not
 * reorder the others.
 */
public final class SampleDraw {
  /** One assessment of the draw. {@code reasons} is empty when not sampled or decided earlier. */
  public record Item(Candidate candidate, boolean sampled, List<SampleReason> reasons) {
    public Item {
      Objects.requireNonNull(candidate, "candidate");
      reasons = List.copyOf(reasons);
    }
  }

  private final List<Item> items;
  private final int rest;
  private final int target;

  private SampleDraw(List<Item> items, int rest, int target) {
    this.items = List.copyOf(items);
    this.rest = rest;
    this.target = target;
  }

  /**
   * Draws.
   *
   * @param candidates the period's assessments, each sign-off once
   * @throws IllegalArgumentException when a sign-off appears twice
   */
  public static SampleDraw draw(List<Candidate> candidates, ModerationSettings rules, long seed) {
    Objects.requireNonNull(rules, "rules");
    List<Candidate> ordered = new ArrayList<>(candidates);
    ordered.sort(
        Comparator.comparing((Candidate c) -> c.assessment().achievedOn())
            .thenComparing(c -> c.assessment().enrolment())
            .thenComparingLong(c -> c.assessment().signOffId()));
    Map<Long, String> order = new HashMap<>();
    for (Candidate c : ordered) {
      if (order.put(c.assessment().signOffId(), drawKey(seed, c.assessment().signOffId()))
          != null) {
        throw new IllegalArgumentException("sign-off " + c.assessment().signOffId() + " twice");
      }
    }
    Comparator<Candidate> drawOrder =
        Comparator.comparing((Candidate c) -> order.get(c.assessment().signOffId()))
            .thenComparingLong(c -> c.assessment().signOffId());

    Map<Long, List<SampleReason>> reasons = new LinkedHashMap<>();
    Set<Long> sampled = new HashSet<>();
    List<Candidate> undecided = new ArrayList<>();
    List<Candidate> restList = new ArrayList<>();
    for (Candidate c : ordered) {
      long id = c.assessment().signOffId();
      if (!c.undecided()) {
        if (c.sampledThere()) {
          sampled.add(id);
        }
        continue;
      }
      undecided.add(c);
      List<SampleReason> always = new ArrayList<>();
      if (c.assessment().assessorRank() <= rules.newAssessorCount()) {
        always.add(
            new SampleReason(
                SampleReason.Kind.NEW_ASSESSOR,
                c.assessment().assessorRank() + "/" + rules.newAssessorCount()));
      }
      if (c.signedOffAgain()) {
        always.add(new SampleReason(SampleReason.Kind.SIGNED_OFF_AGAIN, ""));
      }
      boolean mandatory = !always.isEmpty();
      if (c.confirmed()) {
        always.add(new SampleReason(SampleReason.Kind.ALREADY_CONFIRMED, ""));
      }
      if (!always.isEmpty()) {
        sampled.add(id);
        reasons.put(id, always);
      }
      if (!mandatory) {
        restList.add(c);
      }
    }

    // Coverage: the values among the undecided that no sampled assessment of the period has.
    Set<Dimension> dimensions = rules.cover().isEmpty() ? Set.of() : EnumSet.copyOf(rules.cover());
    Map<Dimension, Set<String>> missing = new LinkedHashMap<>();
    for (Dimension d : dimensions) {
      Set<String> values = new TreeSet<>();
      undecided.forEach(c -> values.addAll(c.assessment().values(d)));
      for (Candidate c : ordered) {
        if (sampled.contains(c.assessment().signOffId())) {
          values.removeAll(c.assessment().values(d));
        }
      }
      missing.put(d, values);
    }
    List<Candidate> pool = new ArrayList<>(undecided);
    pool.removeIf(c -> sampled.contains(c.assessment().signOffId()));
    pool.sort(drawOrder);
    while (missing.values().stream().anyMatch(v -> !v.isEmpty())) {
      Candidate best = null;
      int bestScore = 0;
      for (Candidate c : pool) {
        int score = 0;
        for (Map.Entry<Dimension, Set<String>> m : missing.entrySet()) {
          for (String v : c.assessment().values(m.getKey())) {
            if (m.getValue().contains(v)) {
              score++;
            }
          }
        }
        if (score > bestScore) {
          best = c;
          bestScore = score;
        }
      }
      if (best == null) {
        throw new IllegalStateException("a missing value no undecided assessment has");
      }
      List<SampleReason> covered = new ArrayList<>();
      for (Map.Entry<Dimension, Set<String>> m : missing.entrySet()) {
        for (String v : new TreeSet<>(best.assessment().values(m.getKey()))) {
          if (m.getValue().remove(v)) {
            covered.add(new SampleReason(SampleReason.Kind.covering(m.getKey()), v));
          }
        }
      }
      long id = best.assessment().signOffId();
      sampled.add(id);
      reasons.put(id, covered);
      pool.remove(best);
    }

    // Share: of the rest, at least ceil(share × rest).
    int target =
        BigDecimal.valueOf(restList.size())
            .multiply(rules.share())
            .setScale(0, RoundingMode.CEILING)
            .intValueExact();
    long have = restList.stream().filter(c -> sampled.contains(c.assessment().signOffId())).count();
    for (Candidate c : pool) {
      if (have >= target) {
        break;
      }
      long id = c.assessment().signOffId();
      sampled.add(id);
      reasons.put(
          id, List.of(new SampleReason(SampleReason.Kind.RANDOM_SHARE, rules.sharePercent())));
      have++;
    }

    List<Item> items = new ArrayList<>();
    for (Candidate c : ordered) {
      long id = c.assessment().signOffId();
      items.add(new Item(c, sampled.contains(id), reasons.getOrDefault(id, List.of())));
    }
    return new SampleDraw(items, restList.size(), target);
  }

  /** Every assessment of the period, by achievement date, enrolment and sign-off. */
  public List<Item> items() {
    return items;
  }

  /** How many undecided assessments were not always sampled: what the share applies to. */
  public int rest() {
    return rest;
  }

  /** The least number of the rest sampled: {@code ceil(share × rest)}. */
  public int target() {
    return target;
  }

  /** How many assessments of the period are sampled, earlier plans' included. */
  public long sampledCount() {
    return items.stream().filter(Item::sampled).count();
  }

  /**
   * The seed a plan uses when none is given: the first eight bytes (big-endian) of the SHA-256 of
   * the UTF-8 text {@code ocnkit-moderation-seed-v1 FROM..TO}, so the same period gives the same
   * plan.
   */
  public static long seedOf(PlanPeriod period) {
    byte[] h = sha256("ocnkit-moderation-seed-v1 " + period);
    long seed = 0;
    for (int i = 0; i < 8; i++) {
      seed = (seed << 8) | (h[i] & 0xff);
    }
    return seed;
  }

  /** An assessment's key in the draw order (see the class documentation). */
  public static String drawKey(long seed, long signOffId) {
    return java.util.HexFormat.of()
        .formatHex(sha256("ocnkit-moderation-draw-v1 " + seed + " " + signOffId));
  }

  private static byte[] sha256(String text) {
    return Sha256.of(text.getBytes(StandardCharsets.UTF_8));
  }
}
