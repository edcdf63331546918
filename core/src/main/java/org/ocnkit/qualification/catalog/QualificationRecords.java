package org.ocnkit.qualification.catalog;

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
import org.ocnkit.qualification.AchievedUnit;
import org.ocnkit.qualification.Evaluation;
import org.ocnkit.qualification.LevelCredits;
import org.ocnkit.qualification.ListedUnit;
import org.ocnkit.qualification.Qualification;
import org.ocnkit.qualification.QualificationCheck;
import org.ocnkit.qualification.QualificationCode;
import org.ocnkit.qualification.QualificationFiles;
import org.ocnkit.qualification.QualificationHash;
import org.ocnkit.qualification.QualificationRef;
import org.ocnkit.qualification.RuleResult;
import org.ocnkit.store.ReadTx;
import org.ocnkit.store.Row;
import org.ocnkit.store.Tx;
import org.ocnkit.unit.EqfLevel;
import org.ocnkit.unit.UnitHash;
import org.ocnkit.unit.UnitRef;
import org.ocnkit.unit.catalog.UnitState;

/**
 * The stored qualification versions of a workspace (table {@code qualification_version}) at the
 * level of transactions, with their SQL: for the other core packages (panel, certificate, report)
 * that read a version, check it against the stored units or, for the panel, move it through its
 * states inside a transaction of their own. Not for front ends: they use {@code
 * Ocnkit.qualifications()} ({@link org.ocnkit.qualification.QualificationService}), whose methods
 * run their own transaction.
 *
 * <p>As with units, a version is stored once; importing the same content again changes nothing,
 * importing other content under a code and version already stored is refused. Importing also runs
 * the {@linkplain #consistency consistency checks} against the stored units and reports what it
 * finds; the panel workflow refuses to submit a qualification that fails them.
 */
public final class QualificationRecords {
  private static final String COLUMNS =
      "id, code, version, hash, title_sv, title_en, eqf_level,"
          + " total_credits, state, approved_until";

  /** A new row of {@code qualification_version}: a draft holding the canonical form. */
  record VersionRow(Qualification q, Instant importedAt, String importedBy) {
    Map<String, Object> columns() {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("code", q.code().value());
      row.put("version", q.version());
      row.put("hash", q.hash().hex());
      row.put("title_sv", q.titleSv());
      row.put("title_en", q.titleEn().orElse(null));
      row.put("eqf_level", q.level().value());
      row.put("total_credits", q.rules().totalCredits());
      row.put("state", UnitState.DRAFT);
      row.put("content", new String(q.canonicalForm(), StandardCharsets.UTF_8));
      row.put("imported_at", importedAt);
      row.put("imported_by", importedBy);
      return row;
    }
  }

  /** A change of a {@code qualification_version} row's state only. */
  record StateRow(UnitState state) {
    Map<String, Object> columns() {
      return Map.of("state", state);
    }
  }

  /** A change of a {@code qualification_version} row's state and approval period (empty: none). */
  record ApprovalRow(UnitState state, Optional<LocalDate> approvedUntil) {
    Map<String, Object> columns() {
      Map<String, Object> values = new HashMap<>();
      values.put("state", state);
      values.put("approved_until", approvedUntil.orElse(null));
      return values;
    }
  }

  private QualificationRecords() {}

  /**
   * Stores checked qualifications as drafts within {@code tx}, with the consistency checks of each;
   * a version already stored with the same content is left unchanged. {@link
   * QualificationCatalog#importQualifications} validates the files first.
   *
   * @throws InvalidInputException listing every conflict with a stored version
   */
  static List<QualificationImport> importChecked(Tx tx, List<QualificationCheck> checks)
      throws SQLException {
    List<QualificationImport> results = new ArrayList<>();
    List<Problem> conflicts = new ArrayList<>();
    for (QualificationCheck check : checks) {
      Qualification q = check.orThrow();
      Optional<Map.Entry<Long, String>> stored =
          tx.queryOne(
              "SELECT id, hash FROM qualification_version WHERE code = ? AND version = ?",
              row -> Map.entry(row.getLong("id"), row.getString("hash")),
              q.code().value(),
              q.version());
      List<Problem> consistency = consistency(tx, q, check.source());
      if (stored.isEmpty()) {
        results.add(
            new QualificationImport(
                check.source(),
                q.ref(),
                q.hash(),
                insert(tx, q),
                QualificationImport.Outcome.IMPORTED,
                consistency));
      } else if (stored.get().getValue().equals(q.hash().hex())) {
        results.add(
            new QualificationImport(
                check.source(),
                q.ref(),
                q.hash(),
                stored.get().getKey(),
                QualificationImport.Outcome.UNCHANGED,
                consistency));
      } else {
        long next =
            tx.queryLong(
                    "SELECT max(version) FROM qualification_version" + " WHERE code = ?",
                    q.code().value())
                + 1;
        conflicts.add(
            new Problem(
                check.source(),
                Message.of(
                    QualificationRecords.class,
                    "import.versionTaken",
                    q.ref().toString(),
                    stored.get().getValue().substring(0, 12),
                    q.hash().prefix(),
                    String.valueOf(next))));
      }
    }
    if (!conflicts.isEmpty()) {
      throw new InvalidInputException(conflicts);
    }
    return results;
  }

  /** The stored versions, by code and version, with their state as of today. */
  public static List<QualificationSummary> list(ReadTx tx) throws SQLException {
    LocalDate today = tx.today();
    List<QualificationSummary> all =
        new ArrayList<>(
            tx.query(
                "SELECT " + COLUMNS + " FROM qualification_version", row -> summary(row, today)));
    all.sort(Comparator.comparing(QualificationSummary::ref));
    return all;
  }

  /**
   * Changes the state of a stored version: the only way another package (the panel) moves a version
   * through its states, since this package owns {@code qualification_version}. Audited as {@code
   * action}.
   */
  public static void changeState(Tx tx, long qualificationVersionId, UnitState state, String action)
      throws SQLException {
    tx.update(
        "qualification_version", qualificationVersionId, new StateRow(state).columns(), action);
  }

  /**
   * Changes the state and the end of the approval period of a stored version (a panel decision;
   * empty: no approval period). Audited as {@code action}.
   */
  public static void changeState(
      Tx tx,
      long qualificationVersionId,
      UnitState state,
      Optional<LocalDate> approvedUntil,
      String action)
      throws SQLException {
    tx.update(
        "qualification_version",
        qualificationVersionId,
        new ApprovalRow(state, approvedUntil).columns(),
        action);
  }

  /** The version named, or the newest of the code when no version is given. */
  public static Optional<StoredQualification> find(ReadTx tx, QualificationRef.Query query)
      throws SQLException {
    String select =
        "SELECT id, hash, state, content, imported_at, approved_until"
            + " FROM qualification_version WHERE code = ?";
    return query.version().isPresent()
        ? tx.queryOne(
            select + " AND version = ?",
            QualificationRecords::stored,
            query.code().value(),
            query.version().get())
        : tx.queryOne(
            select
                + " AND version = (SELECT max(version) FROM qualification_version"
                + " WHERE code = ?)",
            QualificationRecords::stored,
            query.code().value(),
            query.code().value());
  }

  /** The stored version named, or {@link InvalidInputException} saying how to import it. */
  public static StoredQualification require(ReadTx tx, QualificationRef.Query query)
      throws SQLException {
    return find(tx, query)
        .orElseThrow(
            () ->
                new InvalidInputException(
                    Message.of(
                        QualificationRecords.class, "qualification.notStored", query.toString())));
  }

  /** The stored version with id {@code id} ({@code qualification_version:id}). */
  public static StoredQualification byId(ReadTx tx, long id) throws SQLException {
    return tx.queryOne(
            "SELECT id, hash, state, content, imported_at, approved_until"
                + " FROM qualification_version WHERE id = ?",
            QualificationRecords::stored,
            id)
        .orElseThrow(() -> new IllegalArgumentException("no qualification_version:" + id));
  }

  /** Every stored version of {@code code}, oldest first. */
  public static List<StoredQualification> versions(ReadTx tx, QualificationCode code)
      throws SQLException {
    return tx.query(
        "SELECT id, hash, state, content, imported_at, approved_until"
            + " FROM qualification_version WHERE code = ? ORDER BY version",
        QualificationRecords::stored,
        code.value());
  }

  /**
   * The checks against the stored units that a file alone cannot answer, reported before the panel
   * sees the qualification: every listed unit is stored and approved in an accepted version; every
   * rule can be met with the listed units (an exclusion, a group whose units are worth too few
   * credits, a total above what the units add up to); no level rule and not the award itself is
   * above the levels of its units.
   *
   * @param source how to name the qualification in the problems (its file, or its reference)
   * @return every problem found; empty when consistent
   */
  public static List<Problem> consistency(ReadTx tx, Qualification q, String source)
      throws SQLException {
    List<Problem> problems = new ArrayList<>();
    LocalDate today = tx.today();
    List<AchievedUnit> everything = new ArrayList<>();
    boolean allStored = true;
    int highest = 0;
    for (ListedUnit listed : q.units()) {
      List<StoredVersion> versions =
          tx
              .query(
                  "SELECT version, hash, credits, eqf_level, state, approved_until FROM unit_version"
                      + " WHERE code = ?",
                  row ->
                      new StoredVersion(
                          new UnitRef(listed.code(), row.getInt("version")),
                          new UnitHash(row.getString("hash")),
                          row.getInt("credits"),
                          row.getInt("eqf_level"),
                          row.getEnum("state", UnitState.class),
                          row.optLocalDate("approved_until")),
                  listed.code().value())
              .stream()
              .filter(v -> listed.accepts(v.ref(), v.hash()))
              .sorted(Comparator.comparing(StoredVersion::ref))
              .toList();
      if (versions.isEmpty()) {
        allStored = false;
        problems.add(
            new Problem(
                source,
                Message.of(
                    QualificationRecords.class,
                    "consistency.unitNotStored",
                    listed.code(),
                    versionsText(listed))));
        continue;
      }
      if (versions.stream().noneMatch(v -> v.approvedOn(today))) {
        problems.add(
            new Problem(
                source,
                Message.of(
                    QualificationRecords.class,
                    "consistency.unitNotApproved",
                    listed.code(),
                    String.join(", ", versions.stream().map(v -> v.ref().toString()).toList()))));
      }
      StoredVersion best =
          versions.stream()
              .max(
                  Comparator.comparingInt(StoredVersion::credits).thenComparing(StoredVersion::ref))
              .orElseThrow();
      highest = Math.max(highest, versions.stream().mapToInt(StoredVersion::level).max().orElse(0));
      everything.add(
          AchievedUnit.here(best.ref(), best.hash(), best.credits(), best.level(), today));
    }
    if (!allStored) {
      return problems;
    }
    for (LevelCredits level : q.rules().levelCredits()) {
      if (level.level().value() > highest) {
        problems.add(
            new Problem(
                source,
                Message.of(
                    QualificationRecords.class,
                    "consistency.levelAboveUnits",
                    level.level().value(),
                    highest)));
      }
    }
    if (q.level().compareTo(new EqfLevel(highest)) > 0) {
      problems.add(
          new Problem(
              source,
              Message.of(
                  QualificationRecords.class,
                  "consistency.awardAboveUnits",
                  q.level().value(),
                  highest)));
    }
    Evaluation withEverything = Evaluation.of(q, everything, today);
    for (RuleResult rule : withEverything.unmet()) {
      problems.add(
          new Problem(
              source,
              Message.of(
                  QualificationRecords.class,
                  "consistency.neverMet",
                  rule.rule(),
                  rule.missing().get(0))));
    }
    return problems;
  }

  private static String versionsText(ListedUnit listed) {
    return listed.hash().map(UnitHash::prefix).orElse(listed.versionsText());
  }

  /** One stored version of a listed unit. */
  private record StoredVersion(
      UnitRef ref,
      UnitHash hash,
      int credits,
      int level,
      UnitState state,
      Optional<LocalDate> approvedUntil) {
    /** Approved (conditions signed off) and not yet at its review date. */
    boolean approvedOn(LocalDate today) {
      return state == UnitState.APPROVED
          && (approvedUntil.isEmpty() || today.isBefore(approvedUntil.get()));
    }
  }

  private static long insert(Tx tx, Qualification q) throws SQLException {
    return tx.insert(
        "qualification_version",
        new VersionRow(q, tx.now(), tx.actor()).columns(),
        QualificationCatalog.ACTION_IMPORT);
  }

  private static QualificationSummary summary(Row row, LocalDate today) throws SQLException {
    UnitState state = row.getEnum("state", UnitState.class);
    Optional<LocalDate> until = row.optLocalDate("approved_until");
    if ((state == UnitState.APPROVED || state == UnitState.APPROVED_WITH_CONDITIONS)
        && until.isPresent()
        && !today.isBefore(until.get())) {
      state = UnitState.REVIEW_DUE;
    }
    return new QualificationSummary(
        row.getLong("id"),
        QualificationRef.of(row.getString("code"), row.getInt("version")),
        row.getString("title_sv"),
        row.optString("title_en"),
        new EqfLevel(row.getInt("eqf_level")),
        row.getInt("total_credits"),
        state,
        new QualificationHash(row.getString("hash")),
        until);
  }

  private static StoredQualification stored(Row row) throws SQLException {
    long id = row.getLong("id");
    String source = "qualification_version:" + id;
    QualificationCheck check =
        QualificationFiles.parse(source, row.getString("content").getBytes(StandardCharsets.UTF_8));
    if (!check.isValid() || !check.orThrow().hash().hex().equals(row.getString("hash"))) {
      throw new EnvironmentException(
          Message.of(QualificationRecords.class, "qualification.damaged", source));
    }
    return new StoredQualification(
        id,
        check.orThrow(),
        row.getEnum("state", UnitState.class),
        row.getInstant("imported_at"),
        row.optLocalDate("approved_until"));
  }
}
