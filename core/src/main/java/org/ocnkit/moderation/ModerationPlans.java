package org.ocnkit.moderation;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Message;
import org.ocnkit.RefusedException;
import org.ocnkit.input.DateRules;
import org.ocnkit.learner.EnrolmentId;
import org.ocnkit.moderation.internal.SignOffs;
import org.ocnkit.moderation.internal.SignOffs.SignOffRow;
import org.ocnkit.store.ReadTx;
import org.ocnkit.store.Store;
import org.ocnkit.store.Tx;
import org.ocnkit.store.Workspace;
import org.ocnkit.unit.AssessmentMethod;

/**
 * Sample plans: drawn over the sign-offs of a period by the rules of {@link SampleDraw}, stored
 * with every assessment of the period (sampled or not, with the reasons), and read back.
 *
 * <p><b>Plans that overlap</b>: each current sign-off is decided (sampled or not) by exactly one
 * plan, the first drawn over it; that decision and any outcome recorded for it stand. A later plan
 * whose period overlaps an earlier one lists the sign-offs the earlier plan decided as "decided in
 * plan N", counts the sampled ones toward its coverage, and draws only among the sign-offs no plan
 * has decided yet (those signed off after the earlier plan was drawn, or signed off again after a
 * rejection). So drawing again never un-samples anything, and a sign-off that was declared ready
 * for certification stays so. A plan with nothing left to decide is refused.
 *
 * <p>Drawing is one transaction; every row it stores is an audit event {@value #ACTION_PLAN} with
 * the actor.
 */
public final class ModerationPlans {
  /** Audit action of a plan drawn (the plan, its items and their reasons). */
  public static final String ACTION_PLAN = "moderation.plan";

  private ModerationPlans() {}

  /** Draws a plan under the workspace's {@link ModerationSettings}. */
  static SamplePlan draw(Workspace workspace, String actor, PlanRequest request) {
    return draw(workspace.store(), actor, ModerationSettings.from(workspace.settings()), request);
  }

  /**
   * The date rule ({@link DateRules}) a period given for a plan breaks, if any: it ends on or
   * before {@code today} (a plan draws over sign-offs already made, so a period reaching into the
   * future, however far, is refused), and it starts on or after {@link DateRules#EARLIEST}. That it
   * ends on or after its start is {@link PlanPeriod}'s own rule.
   */
  public static Optional<Message> periodBroken(PlanPeriod period, LocalDate today) {
    if (DateRules.isFuture(period.to(), today)) {
      return Optional.of(msg("plan.future", period, today));
    }
    if (DateRules.isFarPast(period.from())) {
      return Optional.of(msg("plan.farPast", period, DateRules.EARLIEST));
    }
    return Optional.empty();
  }

  /**
   * Draws a plan and stores it.
   *
   * @throws InvalidInputException when the period ends after today or starts before 2000 ({@link
   *     #periodBroken})
   * @throws RefusedException when the period has no signed-off enrolment, or every one of them is
   *     already decided by an earlier plan (by default: when no sign-off waits for a plan)
   */
  static SamplePlan draw(Store store, String actor, ModerationSettings rules, PlanRequest request) {
    return store.write(
        actor,
        tx -> {
          List<SignOffRow> all = SignOffs.all(tx);
          Map<Long, Integer> ranks = SignOffs.ranks(all);
          Map<Long, Decision> decisions = decisions(tx);
          Map<Long, ModerationOutcome> outcomes = ModerationRecords.bySignOff(tx);
          List<SignOffRow> current = all.stream().filter(r -> !r.withdrawn()).toList();
          PlanPeriod period;
          if (request.period().isPresent()) {
            period = request.period().get();
            Optional<Message> dateRule = periodBroken(period, tx.today());
            if (dateRule.isPresent()) {
              throw new InvalidInputException(dateRule.get());
            }
          } else {
            Optional<LocalDate> first =
                current.stream()
                    .filter(r -> !decisions.containsKey(r.id()))
                    .map(SignOffRow::achievedOn)
                    .min(Comparator.naturalOrder());
            if (first.isEmpty()) {
              throw new RefusedException(msg("plan.nothingWaiting", tx.today()));
            }
            period =
                new PlanPeriod(
                    first.get().isAfter(tx.today()) ? tx.today() : first.get(), tx.today());
          }
          List<SignOffRow> population =
              current.stream().filter(r -> period.contains(r.achievedOn())).toList();
          if (population.isEmpty()) {
            throw new RefusedException(msg("plan.empty", period));
          }
          if (population.stream().allMatch(r -> decisions.containsKey(r.id()))) {
            String plans =
                population.stream()
                    .map(r -> decisions.get(r.id()).plan())
                    .collect(Collectors.toCollection(TreeSet::new))
                    .stream()
                    .map(String::valueOf)
                    .collect(Collectors.joining(", "));
            throw new RefusedException(msg("plan.allDecided", period, plans));
          }
          Map<EnrolmentId, List<AssessmentMethod>> methods = SignOffs.methods(tx);
          // The rejected sign-offs of each enrolment, so that each candidate is looked up once
          // instead of scanning every sign-off for every candidate.
          Map<EnrolmentId, List<Long>> rejected = new HashMap<>();
          for (SignOffRow o : all) {
            ModerationOutcome outcome = outcomes.get(o.id());
            if (outcome != null && outcome.verdict() == Verdict.REJECT) {
              rejected.computeIfAbsent(o.enrolment(), k -> new ArrayList<>()).add(o.id());
            }
          }
          List<Candidate> candidates = new ArrayList<>();
          for (SignOffRow r : population) {
            Assessment a =
                SignOffs.assessment(
                    r, ranks.get(r.id()), methods.getOrDefault(r.enrolment(), List.of()));
            Decision d = decisions.get(r.id());
            boolean again =
                rejected.getOrDefault(r.enrolment(), List.of()).stream()
                    .anyMatch(id -> id.longValue() != r.id());
            boolean confirmed =
                outcomes.containsKey(r.id()) && outcomes.get(r.id()).verdict() == Verdict.CONFIRM;
            candidates.add(
                new Candidate(
                    a,
                    d == null ? OptionalLong.empty() : OptionalLong.of(d.plan()),
                    d != null && d.sampled(),
                    again,
                    confirmed));
          }
          boolean seedGiven = request.seed().isPresent();
          long seed = seedGiven ? request.seed().getAsLong() : SampleDraw.seedOf(period);
          SampleDraw draw = SampleDraw.draw(candidates, rules, seed);
          long planId = store(tx, period, seed, seedGiven, rules, draw);
          return require(tx, planId);
        });
  }

  /** The plan with this id, if there is one. */
  static Optional<SamplePlan> find(ReadTx tx, long id) throws SQLException {
    Optional<PlanHead> head =
        tx.queryOne(
            "SELECT * FROM moderation_plan WHERE id = ?",
            row ->
                new PlanHead(
                    new PlanPeriod(row.getLocalDate("period_from"), row.getLocalDate("period_to")),
                    row.getLong("seed"),
                    row.getBoolean("seed_given"),
                    new ModerationSettings(
                        row.getInt("new_assessor_count"),
                        new BigDecimal(row.getString("share")),
                        ModerationSettings.parseCover(row.getString("cover"))),
                    row.getInstant("drawn_at"),
                    row.getString("drawn_by")),
            id);
    if (head.isEmpty()) {
      return Optional.empty();
    }
    PlanHead h = head.get();
    Map<Long, SignOffRow> signOffs = new HashMap<>();
    SignOffs.all(tx).forEach(r -> signOffs.put(r.id(), r));
    Map<Long, ModerationOutcome> outcomes = ModerationRecords.bySignOff(tx);
    List<ReasonRow> reasonRows =
        new ArrayList<>(
            tx.query(
                "SELECT r.plan_item_id,"
                    + " r.reason_order, r.kind, r.detail FROM moderation_sample_reason r"
                    + " JOIN moderation_plan_item i ON i.id = r.plan_item_id WHERE i.plan_id = ?",
                row ->
                    new ReasonRow(
                        row.getLong("plan_item_id"),
                        row.getInt("reason_order"),
                        new SampleReason(
                            row.getEnum("kind", SampleReason.Kind.class), row.getString("detail"))),
                id));
    reasonRows.sort(Comparator.comparingLong(ReasonRow::item).thenComparingInt(ReasonRow::order));
    Map<Long, List<SampleReason>> reasons = new HashMap<>();
    for (ReasonRow r : reasonRows) {
      reasons.computeIfAbsent(r.item(), k -> new ArrayList<>()).add(r.reason());
    }
    List<PlanItem> items =
        new ArrayList<>(
            tx.query(
                "SELECT * FROM moderation_plan_item WHERE plan_id = ?",
                row -> {
                  SignOffRow s = signOffs.get(row.getLong("enrolment_signoff_id"));
                  Assessment a =
                      SignOffs.assessment(
                          s,
                          row.getInt("assessor_rank"),
                          SignOffs.parseMethods(row.getString("methods")));
                  return new PlanItem(
                      a,
                      row.getBoolean("sampled"),
                      row.isNull("decided_in_plan_id")
                          ? OptionalLong.empty()
                          : OptionalLong.of(row.getLong("decided_in_plan_id")),
                      reasons.getOrDefault(row.getLong("id"), List.of()),
                      Optional.ofNullable(outcomes.get(s.id())),
                      s.withdrawn());
                },
                id));
    items.sort(
        Comparator.comparing((PlanItem i) -> i.assessment().achievedOn())
            .thenComparing(i -> i.assessment().enrolment())
            .thenComparingLong(i -> i.assessment().signOffId()));
    return Optional.of(
        new SamplePlan(
            id, h.period(), h.seed(), h.seedGiven(), h.rules(), h.drawnAt(), h.drawnBy(), items));
  }

  /** A {@code moderation_plan} row as read: everything of a plan but its items. */
  private record PlanHead(
      PlanPeriod period,
      long seed,
      boolean seedGiven,
      ModerationSettings rules,
      Instant drawnAt,
      String drawnBy) {}

  /** A {@code moderation_sample_reason} row as read, with its plan item and place. */
  private record ReasonRow(long item, int order, SampleReason reason) {}

  /** A new row of {@code moderation_plan}. */
  record PlanRow(
      PlanPeriod period,
      long seed,
      boolean seedGiven,
      ModerationSettings rules,
      Instant drawnAt,
      String drawnBy) {
    Map<String, Object> columns() {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("period_from", period.from());
      row.put("period_to", period.to());
      row.put("seed", seed);
      row.put("seed_given", seedGiven);
      row.put("new_assessor_count", rules.newAssessorCount());
      row.put("share", rules.share().toPlainString());
      row.put("cover", rules.coverCodes());
      row.put("drawn_at", drawnAt);
      row.put("drawn_by", drawnBy);
      return row;
    }
  }

  /** A new row of {@code moderation_plan_item}. */
  record PlanItemRow(
      long plan,
      long signOff,
      boolean sampled,
      OptionalLong decidedIn,
      int assessorRank,
      String methods) {
    Map<String, Object> columns() {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("plan_id", plan);
      row.put("enrolment_signoff_id", signOff);
      row.put("sampled", sampled);
      row.put("decided_in_plan_id", decidedIn.isPresent() ? decidedIn.getAsLong() : null);
      row.put("assessor_rank", assessorRank);
      row.put("methods", methods);
      return row;
    }
  }

  /** A new row of {@code moderation_sample_reason}. */
  record SampleReasonRow(long planItem, int order, SampleReason reason) {
    Map<String, Object> columns() {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("plan_item_id", planItem);
      row.put("reason_order", order);
      row.put("kind", reason.kind());
      row.put("detail", reason.detail());
      return row;
    }
  }

  /** The plan with this id, or {@link InvalidInputException} saying there is none. */
  static SamplePlan require(ReadTx tx, long id) throws SQLException {
    return find(tx, id)
        .orElseThrow(() -> new InvalidInputException(msg("plan.unknown", String.valueOf(id))));
  }

  /** The latest plan drawn, if any. */
  static Optional<SamplePlan> latest(ReadTx tx) throws SQLException {
    long id = tx.queryLong("SELECT COALESCE(max(id), 0) FROM moderation_plan");
    return id == 0 ? Optional.empty() : find(tx, id);
  }

  /** Every plan, by id. */
  static List<SamplePlan> list(ReadTx tx) throws SQLException {
    List<SamplePlan> plans = new ArrayList<>();
    for (Long id :
        tx.query("SELECT id FROM moderation_plan", row -> row.getLong("id")).stream()
            .sorted()
            .toList()) {
      plans.add(require(tx, id));
    }
    return plans;
  }

  /** The plan that decided a sign-off, and whether it sampled it. */
  record Decision(long item, long plan, boolean sampled) {}

  /** Every sign-off some plan decided, with that decision. */
  static Map<Long, Decision> decisions(ReadTx tx) throws SQLException {
    Map<Long, Decision> map = new HashMap<>();
    for (DecisionRow r :
        tx.query(
            "SELECT id, plan_id, enrolment_signoff_id, sampled"
                + " FROM moderation_plan_item WHERE decided_in_plan_id IS NULL",
            row ->
                new DecisionRow(
                    row.getLong("enrolment_signoff_id"),
                    new Decision(
                        row.getLong("id"), row.getLong("plan_id"), row.getBoolean("sampled"))))) {
      map.put(r.signOff(), r.decision());
    }
    return map;
  }

  /** A sign-off and the decision about it, as {@link #decisions} reads them. */
  private record DecisionRow(long signOff, Decision decision) {}

  /** The decision about one sign-off, if a plan made it. */
  static Optional<Decision> decision(ReadTx tx, long signOffId) throws SQLException {
    return tx.queryOne(
        "SELECT id, plan_id, sampled FROM moderation_plan_item"
            + " WHERE enrolment_signoff_id = ? AND decided_in_plan_id IS NULL",
        row -> new Decision(row.getLong("id"), row.getLong("plan_id"), row.getBoolean("sampled")),
        signOffId);
  }

  /** The reasons stored for a plan item, in order. */
  static List<SampleReason> reasons(ReadTx tx, long item) throws SQLException {
    List<ReasonRow> rows =
        new ArrayList<>(
            tx.query(
                "SELECT reason_order, kind, detail"
                    + " FROM moderation_sample_reason WHERE plan_item_id = ?",
                row ->
                    new ReasonRow(
                        item,
                        row.getInt("reason_order"),
                        new SampleReason(
                            row.getEnum("kind", SampleReason.Kind.class), row.getString("detail"))),
                item));
    rows.sort(Comparator.comparingInt(ReasonRow::order));
    return rows.stream().map(ReasonRow::reason).toList();
  }

  private static long store(
      Tx tx,
      PlanPeriod period,
      long seed,
      boolean seedGiven,
      ModerationSettings rules,
      SampleDraw draw)
      throws SQLException {
    long planId =
        tx.insert(
            "moderation_plan",
            new PlanRow(period, seed, seedGiven, rules, tx.now(), tx.actor()).columns(),
            ACTION_PLAN);
    for (SampleDraw.Item item : draw.items()) {
      Candidate c = item.candidate();
      long itemId =
          tx.insert(
              "moderation_plan_item",
              new PlanItemRow(
                      planId,
                      c.assessment().signOffId(),
                      item.sampled(),
                      c.decidedIn(),
                      c.assessment().assessorRank(),
                      SignOffs.methodCodes(c.assessment().methods()))
                  .columns(),
              ACTION_PLAN);
      for (int i = 0; i < item.reasons().size(); i++) {
        tx.insert(
            "moderation_sample_reason",
            new SampleReasonRow(itemId, i, item.reasons().get(i)).columns(),
            ACTION_PLAN);
      }
    }
    return planId;
  }

  static Message msg(String key, Object... args) {
    return Message.of(ModerationPlans.class, key, args);
  }
}
