package org.ocnkit.store;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.regex.Pattern;
import org.ocnkit.EnvironmentException;
import org.ocnkit.Message;
import org.ocnkit.store.internal.AuditCodec;
import org.ocnkit.store.internal.SqlValues;

/** The one implementation of {@link Tx} (and of {@link ReadTx} when not writable). */
final class Transaction implements Tx {
  private static final Pattern ACTION = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+");
  private static final int MAX_NAME = 200;

  /** What work may not do to the transaction's connection: the store does it. */
  private static final Set<String> RESERVED =
      Set.of(
          "commit",
          "rollback",
          "close",
          "setAutoCommit",
          "setReadOnly",
          "setTransactionIsolation",
          "abort");

  private final Store store;
  private final Connection connection;
  private final Connection guarded;
  private final boolean writable;
  private final String actor;
  private final Clock clock;
  private Instant now;
  private long headSeq = -1;
  private String headHash;
  private String headAt;
  private boolean open = true;

  Transaction(Store store, Connection connection, boolean writable, String actor, Clock clock) {
    this.store = store;
    this.connection = connection;
    this.guarded = guard(connection);
    this.writable = writable;
    this.actor = actor;
    this.clock = clock;
  }

  private static Connection guard(Connection c) {
    return (Connection)
        Proxy.newProxyInstance(
            Connection.class.getClassLoader(),
            new Class<?>[] {Connection.class},
            (proxy, method, args) -> {
              if (RESERVED.contains(method.getName())) {
                throw new IllegalStateException(
                    method.getName()
                        + " is the store's: the transaction ends when the work returns");
              }
              try {
                return method.invoke(c, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }

  static String checkActor(String actor) {
    if (actor == null || actor.isBlank()) {
      throw new IllegalArgumentException("an actor is required: who makes the change");
    }
    return checkName(actor.strip(), "actor");
  }

  private static String checkName(String value, String what) {
    if (value.isBlank()
        || value.length() > MAX_NAME
        || value.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException(
          what + " must be 1-" + MAX_NAME + " characters without control characters: " + value);
    }
    return value;
  }

  /**
   * Starts the work: a write transaction first takes the audit head's row lock, then the
   * transaction's time is read, so that events in chain order also run forward in time.
   */
  void start() throws SQLException {
    if (writable) {
      lockHead();
    }
    now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    if (writable && headAt != null && now.isBefore(Instant.parse(headAt).minus(Store.CLOCK_SKEW))) {
      // An event earlier than the one before it would let anyone back-date a decision.
      throw new EnvironmentException(
          Message.of(
              Store.class,
              "audit.clockBehind",
              SqlValues.INSTANT.format(now),
              headAt,
              String.valueOf(headSeq)));
    }
  }

  /**
   * Takes the audit head's row lock (the write lock that serializes writers on PostgreSQL; SQLite
   * already holds its database lock) and reads where the chain ends.
   */
  private void lockHead() throws SQLException {
    try (PreparedStatement ps =
        connection.prepareStatement("UPDATE audit_head SET seq = seq WHERE id = 1")) {
      if (ps.executeUpdate() != 1) {
        throw new EnvironmentException(Message.of(Store.class, "audit.headMissing"));
      }
    }
    try (PreparedStatement ps =
            connection.prepareStatement("SELECT seq, hash FROM audit_head WHERE id = 1");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      headSeq = rs.getLong(1);
      headHash = rs.getString(2);
    }
    headAt = null;
    if (headSeq > 0) {
      try (PreparedStatement ps =
          connection.prepareStatement("SELECT at FROM audit_event WHERE seq = ?")) {
        ps.setLong(1, headSeq);
        try (ResultSet rs = ps.executeQuery()) {
          if (rs.next()) {
            headAt = rs.getString(1);
          }
        }
      }
    }
  }

  void close() {
    open = false;
  }

  @Override
  public Connection connection() {
    requireOpen();
    return guarded;
  }

  @Override
  public Instant now() {
    return now;
  }

  @Override
  public LocalDate today() {
    return LocalDate.ofInstant(now, clock.getZone());
  }

  @Override
  public ZoneId zone() {
    return clock.getZone();
  }

  @Override
  public String actor() {
    requireWritable();
    return actor;
  }

  @Override
  public <T> List<T> query(String sql, RowMapper<T> mapper, Object... params) throws SQLException {
    requireOpen();
    List<T> rows = new ArrayList<>();
    try (PreparedStatement ps = prepare(sql, params);
        ResultSet rs = ps.executeQuery()) {
      Row row = new Row(rs);
      while (rs.next()) {
        rows.add(mapper.map(row));
      }
    }
    return rows;
  }

  @Override
  public <T> Optional<T> queryOne(String sql, RowMapper<T> mapper, Object... params)
      throws SQLException {
    requireOpen();
    try (PreparedStatement ps = prepare(sql, params);
        ResultSet rs = ps.executeQuery()) {
      if (!rs.next()) {
        return Optional.empty();
      }
      T value = mapper.map(new Row(rs));
      if (rs.next()) {
        throw new IllegalStateException("more than one row: " + sql);
      }
      return Optional.ofNullable(value);
    }
  }

  @Override
  public long queryLong(String sql, Object... params) throws SQLException {
    return queryOne(sql, row -> row.getLong(1), params)
        .orElseThrow(() -> new IllegalStateException("no row: " + sql));
  }

  @Override
  public long insert(String table, Map<String, ?> values, String action) throws SQLException {
    requireWritable();
    checkAudited(table);
    checkAction(action);
    StringBuilder sql = new StringBuilder("INSERT INTO ").append(table);
    List<Object> params = new ArrayList<>();
    if (values.isEmpty()) {
      sql.append(" DEFAULT VALUES");
    } else {
      StringBuilder marks = new StringBuilder();
      sql.append(" (");
      for (Map.Entry<String, ?> e : values.entrySet()) {
        if (!params.isEmpty()) {
          sql.append(", ");
          marks.append(", ");
        }
        sql.append(SqlValues.identifier(e.getKey()));
        marks.append('?');
        params.add(e.getValue());
      }
      sql.append(") VALUES (").append(marks).append(')');
    }
    sql.append(" RETURNING id");
    long id;
    try (PreparedStatement ps = prepare(sql.toString(), params.toArray());
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      id = rs.getLong(1);
    }
    appendRowEvent(table, id, action);
    return id;
  }

  @Override
  public void update(String table, long id, Map<String, ?> values, String action)
      throws SQLException {
    requireWritable();
    checkAudited(table);
    checkAction(action);
    if (values.isEmpty()) {
      throw new IllegalArgumentException("nothing to update in " + table + ":" + id);
    }
    StringBuilder sql = new StringBuilder("UPDATE ").append(table).append(" SET ");
    List<Object> params = new ArrayList<>();
    for (Map.Entry<String, ?> e : values.entrySet()) {
      String column = SqlValues.identifier(e.getKey());
      if (column.equals("id")) {
        throw new IllegalArgumentException("a record's id never changes: " + table + ":" + id);
      }
      if (!params.isEmpty()) {
        sql.append(", ");
      }
      sql.append(column).append(" = ?");
      params.add(e.getValue());
    }
    sql.append(" WHERE id = ?");
    params.add(id);
    try (PreparedStatement ps = prepare(sql.toString(), params.toArray())) {
      if (ps.executeUpdate() != 1) {
        throw new IllegalArgumentException("no record " + table + ":" + id);
      }
    }
    appendRowEvent(table, id, action);
  }

  @Override
  public long event(String action, String entity, String detail) throws SQLException {
    requireWritable();
    checkAction(action);
    if (entity == null || detail == null) {
      throw new IllegalArgumentException("an event needs an entity and a detail");
    }
    return append(action, checkName(entity, "entity"), AuditCodec.sha256Hex(detail), detail);
  }

  @Override
  public int executeUnaudited(String sql, Object... params) throws SQLException {
    requireWritable();
    try (PreparedStatement ps = prepare(sql, params)) {
      return ps.executeUpdate();
    }
  }

  private void appendRowEvent(String table, long id, String action) throws SQLException {
    SortedMap<String, Object> row;
    try (PreparedStatement ps = prepare("SELECT * FROM " + table + " WHERE id = ?", id);
        ResultSet rs = ps.executeQuery()) {
      if (!rs.next()) {
        throw new IllegalStateException("cannot read back " + table + ":" + id);
      }
      row = SqlValues.readRow(rs);
    }
    append(action, table + ":" + id, AuditCodec.rowDigest(row), null);
  }

  private long append(String action, String entity, String digest, String detail)
      throws SQLException {
    long seq = headSeq + 1;
    String at = SqlValues.INSTANT.format(now);
    String dbAt = databaseTime();
    String hash =
        AuditCodec.eventHash(seq, at, dbAt, actor, action, entity, digest, detail, headHash);
    try (PreparedStatement ps =
        prepare(
            "INSERT INTO audit_event (seq, at, db_at, actor, action, entity, digest, detail,"
                + " prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            seq,
            at,
            dbAt,
            actor,
            action,
            entity,
            digest,
            detail,
            headHash,
            hash)) {
      ps.executeUpdate();
    }
    try (PreparedStatement ps =
        prepare("UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1", seq, hash)) {
      ps.executeUpdate();
    }
    headSeq = seq;
    headHash = hash;
    return seq;
  }

  /**
   * On PostgreSQL the server's own time, as audit text; on SQLite none (its clock is this
   * process's).
   */
  private String databaseTime() throws SQLException {
    if (store.database().engine() != org.ocnkit.store.internal.Database.Engine.POSTGRESQL) {
      return null;
    }
    try (PreparedStatement ps =
            connection.prepareStatement(
                "SELECT CAST(EXTRACT(EPOCH FROM clock_timestamp()) * 1000 AS BIGINT)");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return SqlValues.INSTANT.format(Instant.ofEpochMilli(rs.getLong(1)));
    }
  }

  private PreparedStatement prepare(String sql, Object... params) throws SQLException {
    PreparedStatement ps = connection.prepareStatement(sql);
    try {
      for (int i = 0; i < params.length; i++) {
        SqlValues.bind(ps, i + 1, params[i]);
      }
      return ps;
    } catch (SQLException | RuntimeException e) {
      ps.close();
      throw e;
    }
  }

  private void checkAudited(String table) {
    SqlValues.identifier(table);
    if (!store.isAudited(table)) {
      throw new IllegalArgumentException(
          table
              + " is not an audited table; tables exempt from the audit are written with"
              + " executeUnaudited");
    }
  }

  private static void checkAction(String action) {
    if (action == null || !ACTION.matcher(action).matches()) {
      throw new IllegalArgumentException(
          "an action is lowercase words joined by dots, such as unit.import; got " + action);
    }
  }

  private void requireOpen() {
    if (!open) {
      throw new IllegalStateException("the transaction has ended");
    }
  }

  private void requireWritable() {
    requireOpen();
    if (!writable) {
      throw new IllegalStateException("a read transaction cannot write: use Store.write");
    }
  }
}
