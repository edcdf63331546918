package org.ocnkit.learner;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Problem;
import org.ocnkit.RefusedException;
import org.ocnkit.store.ReadTx;
import org.ocnkit.store.Row;
import org.ocnkit.store.Store;

/** The assessors of a workspace. */
public final class Assessors {
  /** Audit action of an assessor added. */
  public static final String ACTION_ADD = "learner.assessor-add";

  /** Audit action of an assessor's qualification recorded. */
  public static final String ACTION_QUALIFY = "learner.assessor-qualify";

  private static final String SELECT = "SELECT id, code, name, qualified FROM assessor";

  /** A new row of {@code assessor}. */
  record AssessorRow(Code code, String name, boolean qualified, Instant createdAt) {
    Map<String, Object> columns() {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("code", code.value());
      row.put("name", name);
      row.put("qualified", qualified);
      row.put("created_at", createdAt);
      return row;
    }
  }

  /** A change of an assessor's qualification. */
  record QualifiedRow(boolean qualified) {
    Map<String, Object> columns() {
      return Map.of("qualified", qualified);
    }
  }

  private Assessors() {}

  /**
   * Adds an assessor.
   *
   * @param qualified whether they are a qualified assessor, who may judge and sign off
   * @throws InvalidInputException when the code is taken (by an assessor or a supervisor) or the
   *     name is blank
   */
  static Assessor add(Store store, String actor, Code code, String name, boolean qualified) {
    String clean = name == null ? "" : name.strip();
    return store.write(
        actor,
        tx -> {
          List<Problem> problems = new ArrayList<>();
          if (codeTaken(tx, code)) {
            problems.add(new Problem("", Apprentices.msg("person.codeTaken", code)));
          }
          if (clean.isEmpty()) {
            problems.add(new Problem("", Apprentices.msg("apprentice.blank", "name")));
          }
          if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
          }
          tx.insert(
              "assessor", new AssessorRow(code, clean, qualified, tx.now()).columns(), ACTION_ADD);
          return require(tx, code);
        });
  }

  /** Records that an assessor has qualified (or, with {@code false}, is no longer qualified). */
  static Assessor setQualified(Store store, String actor, Code code, boolean qualified) {
    return store.write(
        actor,
        tx -> {
          Assessor a = require(tx, code);
          if (a.qualified() != qualified) {
            tx.update("assessor", a.id(), new QualifiedRow(qualified).columns(), ACTION_QUALIFY);
          }
          return require(tx, code);
        });
  }

  /** Every assessor, by code. */
  static List<Assessor> list(Store store) {
    return store.read(Assessors::list);
  }

  /** {@link #list(Store)} within a transaction. */
  static List<Assessor> list(ReadTx tx) throws SQLException {
    List<Assessor> all = new ArrayList<>(tx.query(SELECT, Assessors::assessor));
    all.sort(Comparator.comparing(Assessor::code));
    return all;
  }

  static Optional<Assessor> find(ReadTx tx, Code code) throws SQLException {
    return tx.queryOne(SELECT + " WHERE code = ?", Assessors::assessor, code.value());
  }

  /** The assessor, or {@link InvalidInputException} saying there is none with that code. */
  static Assessor require(ReadTx tx, Code code) throws SQLException {
    return find(tx, code)
        .orElseThrow(() -> new InvalidInputException(Apprentices.msg("assessor.unknown", code)));
  }

  /** The assessor with this row id; it must exist. */
  static Assessor byId(ReadTx tx, long id) throws SQLException {
    return tx.queryOne(SELECT + " WHERE id = ?", Assessors::assessor, id)
        .orElseThrow(() -> new IllegalArgumentException("no assessor:" + id));
  }

  /**
   * The assessor when qualified to judge and sign off; else {@link RefusedException} saying only a
   * qualified assessor may.
   */
  static Assessor requireQualified(ReadTx tx, Code code) throws SQLException {
    Assessor a = require(tx, code);
    if (!a.qualified()) {
      throw new RefusedException(Apprentices.msg("assessor.notQualified", a.name(), code));
    }
    return a;
  }

  /** Whether an assessor or a supervisor has this code. */
  static boolean codeTaken(ReadTx tx, Code code) throws SQLException {
    return tx.queryLong("SELECT count(*) FROM assessor WHERE code = ?", code.value()) > 0
        || Placements.codeTaken(tx, code);
  }

  private static Assessor assessor(Row row) throws SQLException {
    return new Assessor(
        row.getLong("id"),
        new Code(row.getString("code")),
        row.getString("name"),
        row.getBoolean("qualified"));
  }
}
