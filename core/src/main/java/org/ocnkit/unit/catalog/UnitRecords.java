package org.ocnkit.unit.catalog;

import java.nio.charset.StandardCharsets;
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
import org.ocnkit.EnvironmentException;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Message;
import org.ocnkit.Problem;
import org.ocnkit.store.ReadTx;
import org.ocnkit.store.Row;
import org.ocnkit.store.Tx;
import org.ocnkit.unit.Arena;
import org.ocnkit.unit.CourseUnit;
import org.ocnkit.unit.EqfLevel;
import org.ocnkit.unit.UnitCheck;
import org.ocnkit.unit.UnitCode;
import org.ocnkit.unit.UnitFiles;
import org.ocnkit.unit.UnitHash;
import org.ocnkit.unit.UnitRef;

/**
 * The stored course-unit versions of a workspace (table {@code unit_version}) at the level of
 * transactions, with their SQL: for the other core packages (panel, learner, evidence, certificate,
 * report) that read a version or, for the panel, move it through its states inside a transaction of
 * their own. Not for front ends: they use {@code Ocnkit.units()} ({@link
 * org.ocnkit.unit.UnitService}), whose methods run their own transaction.
 *
 * <p>A unit version is stored once: its code and version name it, its content hash identifies it.
 * Importing the same content again changes nothing; importing different content under a code and
 * version already stored is refused, because a panel decision is bound to the content it saw: the
 * author raises the version number instead.
 */
public final class UnitRecords {
  private static final String COLUMNS =
      "id, code, version, hash, title_sv, title_en, arena, eqf_level, credits, state,"
          + " approved_until";

  /** A new row of {@code unit_version}: a draft holding the unit's canonical form. */
  record VersionRow(CourseUnit unit, Instant importedAt, String importedBy) {
    Map<String, Object> columns() {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("code", unit.code().value());
      row.put("version", unit.version());
      row.put("hash", unit.hash().hex());
      row.put("title_sv", unit.titleSv());
      row.put("title_en", unit.titleEn().orElse(null));
      row.put("arena", unit.arena().code());
      row.put("eqf_level", unit.level().value());
      row.put("credits", unit.credits());
      row.put("notional_hours", unit.notionalHours());
      row.put("state", UnitState.DRAFT);
      row.put("content", new String(unit.canonicalForm(), StandardCharsets.UTF_8));
      row.put("imported_at", importedAt);
      row.put("imported_by", importedBy);
      return row;
    }
  }

  /** A change of a {@code unit_version} row's state only. */
  record StateRow(UnitState state) {
    Map<String, Object> columns() {
      return Map.of("state", state);
    }
  }

  /** A change of a {@code unit_version} row's state and approval period (empty: none). */
  record ApprovalRow(UnitState state, Optional<LocalDate> approvedUntil) {
    Map<String, Object> columns() {
      Map<String, Object> values = new HashMap<>();
      values.put("state", state);
      values.put("approved_until", approvedUntil.orElse(null));
      return values;
    }
  }

  private UnitRecords() {}

  /**
   * Stores checked units as drafts within {@code tx}; a version already stored with the same
   * content is left unchanged. {@link UnitCatalog#importUnits} validates the files first.
   *
   * @throws InvalidInputException listing every conflict with a stored version (with what to do:
   *     raise the version)
   */
  static List<ImportResult> importChecked(Tx tx, List<UnitCheck> checks) throws SQLException {
    List<ImportResult> results = new ArrayList<>();
    List<Problem> conflicts = new ArrayList<>();
    for (UnitCheck check : checks) {
      CourseUnit unit = check.unit().orElseThrow();
      Optional<Map.Entry<Long, String>> stored =
          tx.queryOne(
              "SELECT id, hash FROM unit_version WHERE code = ? AND version = ?",
              row -> Map.entry(row.getLong("id"), row.getString("hash")),
              unit.code().value(),
              unit.version());
      if (stored.isEmpty()) {
        results.add(
            new ImportResult(
                check.source(),
                unit.ref(),
                unit.hash(),
                insert(tx, unit),
                ImportResult.Outcome.IMPORTED));
      } else if (stored.get().getValue().equals(unit.hash().hex())) {
        results.add(
            new ImportResult(
                check.source(),
                unit.ref(),
                unit.hash(),
                stored.get().getKey(),
                ImportResult.Outcome.UNCHANGED));
      } else {
        long next =
            tx.queryLong(
                    "SELECT max(version) FROM unit_version WHERE code = ?", unit.code().value())
                + 1;
        conflicts.add(
            new Problem(
                check.source(),
                Message.of(
                    UnitRecords.class,
                    "import.versionTaken",
                    unit.ref().toString(),
                    stored.get().getValue().substring(0, 12),
                    unit.hash().prefix(),
                    String.valueOf(next))));
      }
    }
    if (!conflicts.isEmpty()) {
      throw new InvalidInputException(conflicts);
    }
    return results;
  }

  /** The stored versions that pass {@code filter}, by code and version. */
  public static List<UnitSummary> list(ReadTx tx, UnitFilter filter) throws SQLException {
    StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM unit_version");
    List<Object> params = new ArrayList<>();
    List<String> where = new ArrayList<>();
    filter
        .state()
        .ifPresent(
            s -> {
              where.add("state = ?");
              params.add(s.name());
            });
    if (filter.dueOnly()) {
      where.add("(state = ? OR (state IN (?, ?) AND approved_until <= ?))");
      params.add(UnitState.REVIEW_DUE.name());
      params.add(UnitState.APPROVED.name());
      params.add(UnitState.APPROVED_WITH_CONDITIONS.name());
      params.add(tx.today());
    }
    if (!where.isEmpty()) {
      sql.append(" WHERE ").append(String.join(" AND ", where));
    }
    List<UnitSummary> units =
        new ArrayList<>(tx.query(sql.toString(), UnitRecords::summary, params.toArray()));
    units.sort(Comparator.comparing(UnitSummary::ref));
    return units;
  }

  /**
   * Changes the state of a stored version: the only way another package (the panel) moves a version
   * through its states, since this package owns {@code unit_version}. Audited as {@code action}.
   */
  public static void changeState(Tx tx, long unitVersionId, UnitState state, String action)
      throws SQLException {
    tx.update("unit_version", unitVersionId, new StateRow(state).columns(), action);
  }

  /**
   * Changes the state and the end of the approval period of a stored version (a panel decision;
   * empty: no approval period). Audited as {@code action}.
   */
  public static void changeState(
      Tx tx, long unitVersionId, UnitState state, Optional<LocalDate> approvedUntil, String action)
      throws SQLException {
    tx.update(
        "unit_version", unitVersionId, new ApprovalRow(state, approvedUntil).columns(), action);
  }

  /**
   * A stored version: the one named, or the newest of the code when no version is given.
   *
   * @throws EnvironmentException when the stored content no longer reads back as the unit it was
   *     (the database was altered; {@code ocn audit verify} says where)
   */
  public static Optional<StoredUnit> find(ReadTx tx, UnitRef.Query query) throws SQLException {
    String select =
        "SELECT id, hash, state, content, imported_at, approved_until"
            + " FROM unit_version WHERE code = ?";
    Optional<StoredUnit> found =
        query.version().isPresent()
            ? tx.queryOne(
                select + " AND version = ?",
                UnitRecords::stored,
                query.code().value(),
                query.version().get())
            : tx.queryOne(
                select
                    + " AND version = (SELECT max(version) FROM unit_version"
                    + " WHERE code = ?)",
                UnitRecords::stored,
                query.code().value(),
                query.code().value());
    return found;
  }

  /**
   * The stored version named, or {@link InvalidInputException} saying it is not stored and how to
   * import it.
   */
  public static StoredUnit require(ReadTx tx, UnitRef.Query query) throws SQLException {
    return find(tx, query)
        .orElseThrow(
            () ->
                new InvalidInputException(
                    Message.of(UnitRecords.class, "unit.notStored", query.toString())));
  }

  static void checkBatch(List<UnitCheck> checks) {
    Map<UnitRef, UnitCheck> seen = new HashMap<>();
    List<Problem> problems = new ArrayList<>();
    for (UnitCheck check : checks) {
      CourseUnit unit = check.unit().orElseThrow();
      UnitCheck first = seen.putIfAbsent(unit.ref(), check);
      if (first != null && !first.unit().orElseThrow().hash().equals(unit.hash())) {
        problems.add(
            new Problem(
                check.source(),
                Message.of(
                    UnitRecords.class,
                    "import.duplicateInBatch",
                    unit.ref().toString(),
                    first.source())));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  private static long insert(Tx tx, CourseUnit unit) throws SQLException {
    return tx.insert(
        "unit_version",
        new VersionRow(unit, tx.now(), tx.actor()).columns(),
        UnitCatalog.ACTION_IMPORT);
  }

  private static UnitSummary summary(Row row) throws SQLException {
    String arena = row.getString("arena");
    return new UnitSummary(
        row.getLong("id"),
        new UnitRef(new UnitCode(row.getString("code")), row.getInt("version")),
        row.getString("title_sv"),
        row.optString("title_en"),
        Arena.fromCode(arena).orElseThrow(() -> damaged(row, "arena " + arena)),
        new EqfLevel(row.getInt("eqf_level")),
        row.getInt("credits"),
        row.getEnum("state", UnitState.class),
        new UnitHash(row.getString("hash")),
        row.optLocalDate("approved_until"));
  }

  private static StoredUnit stored(Row row) throws SQLException {
    long id = row.getLong("id");
    String source = "unit_version:" + id;
    UnitCheck check =
        UnitFiles.parse(source, row.getString("content").getBytes(StandardCharsets.UTF_8));
    if (!check.isValid()
        || !check.unit().orElseThrow().hash().hex().equals(row.getString("hash"))) {
      throw damaged(row, "content");
    }
    return new StoredUnit(
        id,
        check.unit().orElseThrow(),
        row.getEnum("state", UnitState.class),
        row.getInstant("imported_at"),
        row.optLocalDate("approved_until"));
  }

  private static EnvironmentException damaged(Row row, String what) {
    String entity;
    try {
      entity = "unit_version:" + row.getLong("id");
    } catch (SQLException e) {
      entity = "unit_version";
    }
    return new EnvironmentException(Message.of(UnitRecords.class, "unit.damaged", entity, what));
  }
}
