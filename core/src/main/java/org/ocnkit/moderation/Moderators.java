package org.ocnkit.moderation;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Message;
import org.ocnkit.RefusedException;
import org.ocnkit.learner.Assessor;
import org.ocnkit.learner.Code;
import org.ocnkit.learner.LearnerRecords;
import org.ocnkit.store.ReadTx;
import org.ocnkit.store.Row;
import org.ocnkit.store.Store;

/**
 * The internal moderators of a workspace: qualified assessors designated to moderate. A moderator
 * keeps their assessor's code, so the rule "nobody moderates their own assessments" compares the
 * same codes evidence records for whoever recorded, judged and signed off. Someone who moderates
 * and does not assess (an external quality assurer helping out) is added as a qualified assessor
 * first ({@code ocn assessor add --qualified}) and then designated.
 */
public final class Moderators {
  /** Audit action of a moderator designated. */
  public static final String ACTION_DESIGNATE = "moderation.moderator-add";

  private static final String SELECT =
      "SELECT m.id, a.code, a.name, m.designated_at,"
          + " a.qualified FROM moderator m JOIN assessor a ON a.id = m.assessor_id";

  /** A new row of {@code moderator}. */
  record ModeratorRow(long assessor, Instant designatedAt) {
    Map<String, Object> columns() {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("assessor_id", assessor);
      row.put("designated_at", designatedAt);
      return row;
    }
  }

  private Moderators() {}

  /**
   * Designates a qualified assessor as moderator.
   *
   * @throws InvalidInputException when there is no assessor with that code
   * @throws RefusedException when the assessor is not qualified or already a moderator
   */
  static Moderator designate(Store store, String actor, Code code) {
    return store.write(
        actor,
        tx -> {
          Assessor assessor = LearnerRecords.requireQualifiedAssessor(tx, code);
          Optional<Moderator> existing = find(tx, code);
          if (existing.isPresent()) {
            throw new RefusedException(
                msg(
                    "moderator.already",
                    assessor.name(),
                    code,
                    existing.get().designatedAt().toString()));
          }
          tx.insert(
              "moderator", new ModeratorRow(assessor.id(), tx.now()).columns(), ACTION_DESIGNATE);
          return find(tx, code).orElseThrow();
        });
  }

  /** Every moderator, by code. */
  static List<Moderator> list(Store store) {
    return store.read(Moderators::list);
  }

  /** {@link #list(Store)} within a transaction. */
  static List<Moderator> list(ReadTx tx) throws SQLException {
    List<Moderator> all = new ArrayList<>(tx.query(SELECT, Moderators::moderator));
    all.sort(Comparator.comparing(Moderator::code));
    return all;
  }

  static Optional<Moderator> find(ReadTx tx, Code code) throws SQLException {
    return tx.queryOne(SELECT + " WHERE a.code = ?", Moderators::moderator, code.value());
  }

  /**
   * The moderator with this code, still a qualified assessor.
   *
   * @throws InvalidInputException when nobody has the code, or its assessor is not a moderator
   * @throws RefusedException when they are no longer a qualified assessor
   */
  static Moderator requireActive(ReadTx tx, Code code) throws SQLException {
    Assessor assessor = LearnerRecords.requireAssessor(tx, code);
    Moderator moderator =
        find(tx, code)
            .orElseThrow(
                () -> new InvalidInputException(msg("moderator.unknown", assessor.name(), code)));
    LearnerRecords.requireQualifiedAssessor(tx, code);
    return moderator;
  }

  static Message msg(String key, Object... args) {
    return Message.of(Moderators.class, key, args);
  }

  private static Moderator moderator(Row row) throws SQLException {
    return new Moderator(
        row.getLong("id"),
        new Code(row.getString("code")),
        row.getString("name"),
        row.getInstant("designated_at"),
        row.getBoolean("qualified"));
  }
}
