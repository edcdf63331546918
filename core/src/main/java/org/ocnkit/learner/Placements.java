package org.ocnkit.learner;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Problem;
import org.ocnkit.store.ReadTx;
import org.ocnkit.store.Row;
import org.ocnkit.store.Store;
import org.ocnkit.store.Tx;
import org.ocnkit.unit.Arena;

/**
 * The placements of a workspace and their supervisors. Supervisor and assessor codes share one
 * namespace, so that "recorded by lena-ek" names one person.
 */
public final class Placements {
  /** Audit action of a placement added. */
  public static final String ACTION_ADD = "learner.placement-add";

  /** Audit action of a supervisor added. */
  public static final String ACTION_SUPERVISOR_ADD = "learner.supervisor-add";

  /** A new row of {@code placement}. */
  record PlacementRow(
      Code code, String workplace, String employer, String arena, Instant createdAt) {
    Map<String, Object> columns() {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("code", code.value());
      row.put("workplace", workplace);
      row.put("employer", employer);
      row.put("arena", arena);
      row.put("created_at", createdAt);
      return row;
    }
  }

  /** A new row of {@code supervisor}. */
  record SupervisorRow(long placement, Code code, String name, Instant createdAt) {
    Map<String, Object> columns() {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("placement_id", placement);
      row.put("code", code.value());
      row.put("name", name);
      row.put("created_at", createdAt);
      return row;
    }
  }

  private Placements() {}

  /**
   * Adds a placement with its supervisors.
   *
   * @throws InvalidInputException when the code is taken, a name is blank, or a supervisor code is
   *     taken by another supervisor or an assessor
   */
  static Placement add(Store store, String actor, NewPlacement placement) {
    return store.write(
        actor,
        tx -> {
          List<Problem> problems = new ArrayList<>();
          if (find(tx, placement.code()).isPresent()) {
            problems.add(new Problem("", Apprentices.msg("placement.exists", placement.code())));
          }
          if (placement.workplace().isEmpty()) {
            problems.add(new Problem("", Apprentices.msg("apprentice.blank", "workplace")));
          }
          if (placement.employer().isEmpty()) {
            problems.add(new Problem("", Apprentices.msg("apprentice.blank", "employer")));
          }
          checkSupervisors(tx, placement.supervisors(), problems);
          if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
          }
          long id =
              tx.insert(
                  "placement",
                  new PlacementRow(
                          placement.code(),
                          placement.workplace(),
                          placement.employer(),
                          placement.arena().code(),
                          tx.now())
                      .columns(),
                  ACTION_ADD);
          for (NewSupervisor s : placement.supervisors()) {
            insertSupervisor(tx, id, s);
          }
          return require(tx, placement.code());
        });
  }

  /** Adds supervisors to a placement. */
  static Placement addSupervisors(
      Store store, String actor, Code placement, List<NewSupervisor> supervisors) {
    return store.write(
        actor,
        tx -> {
          Placement p = require(tx, placement);
          List<Problem> problems = new ArrayList<>();
          checkSupervisors(tx, supervisors, problems);
          if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
          }
          for (NewSupervisor s : supervisors) {
            insertSupervisor(tx, p.id(), s);
          }
          return require(tx, placement);
        });
  }

  private static void checkSupervisors(
      ReadTx tx, List<NewSupervisor> supervisors, List<Problem> problems) throws SQLException {
    Set<Code> seen = new HashSet<>();
    for (NewSupervisor s : supervisors) {
      if (s.name().isEmpty()) {
        problems.add(new Problem("", Apprentices.msg("apprentice.blank", "supervisor name")));
      }
      if (!seen.add(s.code()) || Assessors.codeTaken(tx, s.code())) {
        problems.add(new Problem("", Apprentices.msg("person.codeTaken", s.code())));
      }
    }
  }

  private static void insertSupervisor(Tx tx, long placementId, NewSupervisor s)
      throws SQLException {
    tx.insert(
        "supervisor",
        new SupervisorRow(placementId, s.code(), s.name(), tx.now()).columns(),
        ACTION_SUPERVISOR_ADD);
  }

  /** Every placement, by code. */
  static List<Placement> list(Store store) {
    return store.read(Placements::list);
  }

  /** {@link #list(Store)} within a transaction. */
  static List<Placement> list(ReadTx tx) throws SQLException {
    List<Placement> all = new ArrayList<>();
    for (long id : tx.query("SELECT id FROM placement", row -> row.getLong(1))) {
      all.add(byId(tx, id));
    }
    all.sort(Comparator.comparing(Placement::code));
    return all;
  }

  static Optional<Placement> find(ReadTx tx, Code code) throws SQLException {
    Optional<Long> id =
        tx.queryOne("SELECT id FROM placement WHERE code = ?", row -> row.getLong(1), code.value());
    return id.isEmpty() ? Optional.empty() : Optional.of(byId(tx, id.get()));
  }

  /** The placement, or {@link InvalidInputException} saying there is none with that code. */
  static Placement require(ReadTx tx, Code code) throws SQLException {
    return find(tx, code)
        .orElseThrow(() -> new InvalidInputException(Apprentices.msg("placement.unknown", code)));
  }

  /** The placement with this row id; it must exist. */
  static Placement byId(ReadTx tx, long id) throws SQLException {
    List<Supervisor> supervisors =
        new ArrayList<>(
            tx.query(
                "SELECT id, code, name FROM supervisor WHERE placement_id = ?",
                row ->
                    new Supervisor(
                        row.getLong("id"), new Code(row.getString("code")), row.getString("name")),
                id));
    supervisors.sort(Comparator.comparing(Supervisor::code));
    return tx.queryOne(
            "SELECT id, code, workplace, employer, arena FROM placement WHERE id = ?",
            row -> placement(row, supervisors),
            id)
        .orElseThrow(() -> new IllegalArgumentException("no placement:" + id));
  }

  /** Whether a supervisor has this code. */
  static boolean codeTaken(ReadTx tx, Code code) throws SQLException {
    return tx.queryLong("SELECT count(*) FROM supervisor WHERE code = ?", code.value()) > 0;
  }

  private static Placement placement(Row row, List<Supervisor> supervisors) throws SQLException {
    String arena = row.getString("arena");
    return new Placement(
        row.getLong("id"),
        new Code(row.getString("code")),
        row.getString("workplace"),
        row.getString("employer"),
        Arena.fromCode(arena)
            .orElseThrow(() -> new IllegalStateException("unknown arena in placement: " + arena)),
        supervisors);
  }
}
