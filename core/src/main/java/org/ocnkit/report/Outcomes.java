package org.ocnkit.report;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Message;
import org.ocnkit.Problem;
import org.ocnkit.RefusedException;
import org.ocnkit.input.DateRules;
import org.ocnkit.learner.Apprentice;
import org.ocnkit.learner.ApprenticeId;
import org.ocnkit.learner.Erasure;
import org.ocnkit.learner.LearnerRecords;
import org.ocnkit.store.ReadTx;
import org.ocnkit.store.Row;
import org.ocnkit.store.Store;
import org.ocnkit.store.Tx;
import org.ocnkit.store.Workspace;

/**
 * Participants' outcomes at exit and at the follow-up points ({@code ocn apprentice outcome}):
 * recording them, correcting them, reading them back.
 *
 * <p>Rules when recording: the point is one of the workspace's {@link ReportSettings#FOLLOW_UPS};
 * the date keeps the {@link DateRules} (not after today, not before 2000, not before the
 * apprentice's birth or start date, see {@link #dateBroken}); outcomes keep their points' order in
 * time (an outcome at 90 days is not dated before the one at exit, and the other way round); the
 * apprentice's personal data was not erased (someone who asked to be erased is not followed up). An
 * outcome at a point that already has one is a correction: it needs a reason, and it supersedes the
 * earlier row, which stays in the history. Rows are only ever inserted.
 */
public final class Outcomes {
  /** Audit action of an outcome recorded. */
  public static final String ACTION_RECORD = "report.outcome";

  /** Audit action of an outcome that corrects an earlier one. */
  public static final String ACTION_CORRECT = "report.outcome-correct";

  /** The longest correction reason accepted. */
  public static final int MAX_REASON_LENGTH = 500;

  private static final String SELECT =
      "SELECT o.id, o.apprentice_id, o.point, o.status, o.outcome_date, o.recorded_at,"
          + " o.supersedes_id, o.supersede_reason, n.id AS superseded_by"
          + " FROM apprentice_outcome o"
          + " LEFT JOIN apprentice_outcome n ON n.supersedes_id = o.id";

  /** Audit action of a correction reason redacted because the apprentice was erased. */
  public static final String ACTION_REDACT = "report.outcome-redact";

  private Outcomes() {}

  /** Records an outcome with the workspace's follow-up points; see the class documentation. */
  static Outcome record(Workspace workspace, String actor, NewOutcome outcome) {
    return record(
        workspace.store(), actor, ReportSettings.forWorkspace(workspace.settings()), outcome);
  }

  /**
   * Records an outcome, or corrects the one recorded at the same point.
   *
   * @throws InvalidInputException when the apprentice or the point is unknown, the date breaks a
   *     date rule ({@link #dateBroken}), or the reason is too long or given with nothing to correct
   * @throws RefusedException when the apprentice was erased, the points would be out of order, or
   *     the point already has an outcome and no reason is given
   */
  static Outcome record(Store store, String actor, ReportSettings settings, NewOutcome outcome) {
    Objects.requireNonNull(outcome, "outcome");
    return store.write(actor, tx -> record(tx, settings, outcome));
  }

  private static Outcome record(Tx tx, ReportSettings settings, NewOutcome o) throws SQLException {
    Apprentice apprentice = LearnerRecords.requireApprentice(tx, o.apprentice());
    FollowUpPoint point =
        settings
            .point(o.point())
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        msg(
                            "outcome.unknownPoint",
                            o.point(),
                            settings.pointCodes(),
                            ReportSettings.FOLLOW_UPS)));
    if (apprentice.erased()) {
      throw new RefusedException(
          msg("outcome.erased", apprentice.id(), apprentice.erasedAt().orElseThrow().toString()));
    }
    LocalDate date = o.date().orElse(tx.today());
    List<Problem> input = new ArrayList<>();
    dateBroken(date, apprentice, tx.today()).ifPresent(rule -> input.add(new Problem("", rule)));
    o.reason()
        .filter(
            r ->
                r.length() > MAX_REASON_LENGTH
                    || r.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n'))
        .ifPresent(r -> input.add(new Problem("", msg("outcome.badReason", MAX_REASON_LENGTH))));
    List<Outcome> current = current(tx, apprentice.id());
    Optional<Outcome> earlier =
        current.stream().filter(c -> c.point().equals(point.code())).findFirst();
    if (earlier.isEmpty() && o.reason().isPresent()) {
      input.add(new Problem("", msg("outcome.nothingToCorrect", apprentice.id(), point.code())));
    }
    if (!input.isEmpty()) {
      throw new InvalidInputException(input);
    }
    List<Problem> refused = new ArrayList<>();
    for (Outcome other : current) {
      Optional<FollowUpPoint> otherPoint = settings.point(other.point());
      if (otherPoint.isEmpty() || other.point().equals(point.code())) {
        continue;
      }
      int order = otherPoint.get().compareTo(point);
      if ((order < 0 && other.date().isAfter(date)) || (order > 0 && other.date().isBefore(date))) {
        refused.add(
            new Problem("", msg("outcome.order", point.code(), date, other.point(), other.date())));
      }
    }
    if (earlier.isPresent() && o.reason().isEmpty()) {
      Outcome e = earlier.get();
      refused.add(
          new Problem(
              "",
              msg("outcome.exists", apprentice.id(), point.code(), e.status().code(), e.date())));
    }
    if (earlier.isPresent()
        && o.reason().isPresent()
        && earlier.get().status() == o.status()
        && earlier.get().date().equals(date)) {
      refused.add(
          new Problem(
              "", msg("outcome.same", apprentice.id(), point.code(), o.status().code(), date)));
    }
    if (!refused.isEmpty()) {
      throw new RefusedException(refused);
    }
    long id =
        tx.insert(
            "apprentice_outcome",
            new OutcomeRow(
                    apprentice.id(),
                    point.code(),
                    o.status(),
                    date,
                    tx.now(),
                    earlier.map(Outcome::id),
                    o.reason())
                .columns(),
            earlier.isPresent() ? ACTION_CORRECT : ACTION_RECORD);
    return tx.queryOne(SELECT + " WHERE o.id = ?", Outcomes::outcome, id).orElseThrow();
  }

  /**
   * The first date rule ({@link DateRules}) an outcome dated {@code date} for {@code apprentice}
   * breaks, if any: not after {@code today}, not before {@link DateRules#EARLIEST}, not before the
   * apprentice's birth, not before their start in the programme.
   */
  public static Optional<Message> dateBroken(
      LocalDate date, Apprentice apprentice, LocalDate today) {
    return DateRules.future(Outcomes.class, "outcome.future", date, today)
        .or(() -> DateRules.farPast(Outcomes.class, "outcome.farPast", date))
        .or(
            () ->
                apprentice
                    .birthDate()
                    .flatMap(
                        birth ->
                            DateRules.before(
                                Outcomes.class,
                                "outcome.beforeBirth",
                                date,
                                birth,
                                apprentice.id())))
        .or(
            () ->
                DateRules.before(
                    Outcomes.class,
                    "outcome.beforeStart",
                    date,
                    apprentice.startDate(),
                    apprentice.id()));
  }

  /**
   * Every outcome of the apprentice, corrected ones included: by point in time order (points no
   * longer configured last, by code), then in the order recorded.
   */
  static List<Outcome> history(ReadTx tx, ApprenticeId apprentice, ReportSettings settings)
      throws SQLException {
    LearnerRecords.requireApprentice(tx, apprentice);
    List<Outcome> all =
        new ArrayList<>(
            tx.query(SELECT + " WHERE o.apprentice_id = ?", Outcomes::outcome, apprentice.value()));
    List<String> order = settings.followUps().stream().map(FollowUpPoint::code).toList();
    all.sort(
        Comparator.comparingInt(
                (Outcome o) -> order.contains(o.point()) ? order.indexOf(o.point()) : order.size())
            .thenComparing(Outcome::point)
            .thenComparingLong(Outcome::id));
    return all;
  }

  /** {@link #history(ReadTx, ApprenticeId, ReportSettings)} in its own transaction. */
  static List<Outcome> history(Workspace workspace, ApprenticeId apprentice) {
    ReportSettings settings = ReportSettings.forWorkspace(workspace.settings());
    return workspace.store().read(tx -> history(tx, apprentice, settings));
  }

  /** The current (not corrected) outcomes of one apprentice, by id. */
  static List<Outcome> current(ReadTx tx, ApprenticeId apprentice) throws SQLException {
    return tx.query(
        SELECT + " WHERE o.apprentice_id = ? AND n.id IS NULL ORDER BY o.id",
        Outcomes::outcome,
        apprentice.value());
  }

  /** The current outcome of every apprentice at every point: apprentice, then point code. */
  static Map<ApprenticeId, Map<String, Outcome>> current(ReadTx tx) throws SQLException {
    Map<ApprenticeId, Map<String, Outcome>> all = new LinkedHashMap<>();
    for (Outcome o : tx.query(SELECT + " WHERE n.id IS NULL ORDER BY o.id", Outcomes::outcome)) {
      all.computeIfAbsent(o.apprentice(), a -> new LinkedHashMap<>()).put(o.point(), o);
    }
    return all;
  }

  private static Outcome outcome(Row row) throws SQLException {
    java.util.OptionalLong supersedes = row.optLong("supersedes_id");
    return new Outcome(
        row.getLong("id"),
        new ApprenticeId(row.getLong("apprentice_id")),
        row.getString("point"),
        row.getEnum("status", OutcomeStatus.class),
        row.getLocalDate("outcome_date"),
        row.getInstant("recorded_at"),
        supersedes.isPresent() ? Optional.of(supersedes.getAsLong()) : Optional.empty(),
        row.optString("supersede_reason"),
        row.isNull("superseded_by"));
  }

  static Message msg(String key, Object... args) {
    return Message.of(Outcomes.class, key, args);
  }

  /**
   * Redacts the name of an apprentice just erased ({@link LearnerRecords#erase}) from the reasons
   * their outcomes were corrected, in the same transaction ({@link ReportRecords#redact}). The
   * outcomes stay: funders count them by the pseudonymous id.
   *
   * @return how many reasons changed
   */
  static int redact(Tx tx, Erasure erasure) throws SQLException {
    int changed = 0;
    for (Outcome o :
        tx.query(SELECT + " WHERE o.apprentice_id = ?", Outcomes::outcome, erasure.id().value())) {
      if (o.reason().isPresent() && !erasure.redact(o.reason().get()).equals(o.reason().get())) {
        tx.update(
            "apprentice_outcome",
            o.id(),
            new ReasonRow(erasure.redact(o.reason().get())).columns(),
            ACTION_REDACT);
        changed++;
      }
    }
    return changed;
  }

  /** A new row of {@code apprentice_outcome}: an outcome, or the correction of one. */
  private record OutcomeRow(
      ApprenticeId apprentice,
      String point,
      OutcomeStatus status,
      LocalDate date,
      Instant recordedAt,
      Optional<Long> supersedes,
      Optional<String> reason) {
    Map<String, Object> columns() {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("apprentice_id", apprentice.value());
      row.put("point", point);
      row.put("status", status);
      row.put("outcome_date", date);
      row.put("recorded_at", recordedAt);
      row.put("supersedes_id", supersedes.orElse(null));
      row.put("supersede_reason", reason.orElse(null));
      return row;
    }
  }

  /** The redacted correction reason of an {@code apprentice_outcome} row. */
  private record ReasonRow(String supersedeReason) {
    Map<String, Object> columns() {
      return Map.of("supersede_reason", supersedeReason);
    }
  }
}
