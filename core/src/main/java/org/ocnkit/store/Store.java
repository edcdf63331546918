package org.ocnkit.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.ocnkit.EnvironmentException;
import org.ocnkit.Message;
import org.ocnkit.store.internal.Database;

/**
 * The workspace's database: every read and write runs in one transaction through {@link #read} or
 * {@link #write}. A front end runs one write transaction per command, so a command either happens
 * completely or not at all.
 *
 * <pre>{@code
 * long id = store.write(actor, tx -> tx.insert("panel_member",
 *     Map.of("name", name, "sector", sector.name()), "panel.member-add"));
 * List<String> names = store.read(tx -> tx.query(
 *     "SELECT name FROM panel_member ORDER BY id", row -> row.getString("name")));
 * }</pre>
 *
 * <p>Thread-safe; transactions do not nest (pass the {@link Tx} down instead). Failures of the
 * database itself (unreachable, locked by another writer for longer than 30 seconds) are {@link
 * EnvironmentException}s; anything the work throws propagates unchanged after the rollback.
 */
public final class Store {
  private final Shared shared;

  /**
   * How far an event's time may lie before the previous event's: the clocks of several desks on one
   * shared database differ by a little. A write whose clock is further behind is refused, and
   * {@code ocn audit verify} reports such an event (a clock set back to back-date a decision).
   */
  public static final java.time.Duration CLOCK_SKEW = java.time.Duration.ofSeconds(5);

  private final Clock clock;

  Store(Database db, Set<String> exemptTables, Clock clock) {
    this(new Shared(db, Set.copyOf(exemptTables)), clock);
  }

  private Store(Shared shared, Clock clock) {
    this.shared = shared;
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Work in a write transaction. */
  @FunctionalInterface
  public interface Work<T> {
    T run(Tx tx) throws SQLException;
  }

  /** Work in a read transaction. */
  @FunctionalInterface
  public interface ReadWork<T> {
    T run(ReadTx tx) throws SQLException;
  }

  /**
   * Runs {@code work} in a write transaction and commits it; if {@code work} throws, rolls
   * everything back and rethrows.
   *
   * @param actor who makes the change, recorded in every audit event (not blank)
   * @return what {@code work} returns
   */
  public <T> T write(String actor, Work<T> work) {
    Objects.requireNonNull(work, "work");
    String who = Transaction.checkActor(actor);
    return run(true, who, tx -> work.run((Tx) tx));
  }

  /** Runs {@code work} in a read-only transaction over one consistent snapshot. */
  public <T> T read(ReadWork<T> work) {
    Objects.requireNonNull(work, "work");
    return run(false, null, work);
  }

  /**
   * This store with another clock, for tests that move time (an approval that expires after three
   * years) and for back-dated imports. Shares the database and its connections.
   */
  public Store withClock(Clock clock) {
    return new Store(shared, clock);
  }

  /** The clock that stamps transactions. */
  public Clock clock() {
    return clock;
  }

  /**
   * Events of the audit chain in sequence order, for display.
   *
   * @throws EnvironmentException if an event's time is no longer readable (the chain was edited;
   *     {@code audit verify} says where)
   */
  public List<AuditEvent> auditLog(AuditQuery query) {
    Objects.requireNonNull(query, "query");
    StringBuilder sql =
        new StringBuilder(
            "SELECT seq, at, actor, action, entity, digest, detail, prev_hash, hash"
                + " FROM audit_event");
    List<Object> params = new ArrayList<>();
    query
        .entity()
        .ifPresent(
            e -> {
              if (e.contains(":")) {
                sql.append(" WHERE entity = ?");
                params.add(e);
              } else {
                String prefix = e + ":";
                sql.append(" WHERE substr(entity, 1, ?) = ?");
                params.add(prefix.length());
                params.add(prefix);
              }
            });
    sql.append(" ORDER BY seq DESC LIMIT ?");
    params.add(query.limit());
    List<AuditEvent> events = read(tx -> tx.query(sql.toString(), Store::event, params.toArray()));
    Collections.reverse(events);
    return events;
  }

  /**
   * Makes old versions of the rows of {@code tables} unreadable in the database's own files, after
   * a change that must reach the disk (an erasure): see {@link OldCopies}. Runs outside any
   * transaction, after the change committed; writes nothing of its own, so the audit chain is
   * unchanged.
   *
   * @param tables lowercase table names of the workspace's schema
   */
  public OldCopies removeOldCopies(java.util.Collection<String> tables) {
    if (shared.active.get() != null) {
      throw new IllegalStateException("removeOldCopies runs after the transaction committed");
    }
    for (String t : tables) {
      if (!t.matches("[a-z_][a-z0-9_]*")) {
        throw new IllegalArgumentException("not a table name: " + t);
      }
    }
    Database db = shared.db;
    try (Connection c = db.connect();
        java.sql.Statement s = c.createStatement()) {
      if (db.engine() == Database.Engine.SQLITE) {
        s.execute("PRAGMA secure_delete = ON");
        s.execute("VACUUM");
        boolean busy;
        try (java.sql.ResultSet rs = s.executeQuery("PRAGMA wal_checkpoint(TRUNCATE)")) {
          busy = rs.next() && rs.getInt(1) != 0;
        }
        return new OldCopies(false, !busy, List.of(), busy);
      }
      List<String> left = new ArrayList<>();
      s.execute("SET lock_timeout = '10s'");
      for (String table : new java.util.TreeSet<>(tables)) {
        String qualified;
        boolean owner;
        try (java.sql.PreparedStatement q =
            c.prepareStatement(
                "SELECT quote_ident(n.nspname) || '.' || quote_ident(c.relname),"
                    + " pg_has_role(current_user, c.relowner, 'USAGE')"
                    + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                    + " WHERE c.oid = to_regclass(quote_ident(?))")) {
          q.setString(1, table);
          try (java.sql.ResultSet rs = q.executeQuery()) {
            if (!rs.next()) {
              continue;
            }
            qualified = rs.getString(1);
            owner = rs.getBoolean(2);
          }
        }
        String vacuum = "VACUUM (FULL, ANALYZE) " + qualified + ";";
        if (!owner) {
          left.add(vacuum);
          continue;
        }
        try {
          s.execute(vacuum.substring(0, vacuum.length() - 1));
        } catch (SQLException e) {
          // Locked by another session for longer than the lock timeout, or refused.
          left.add(vacuum);
        }
      }
      return new OldCopies(true, left.isEmpty(), left, false);
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  static AuditEvent event(Row row) throws SQLException {
    long seq = row.getLong("seq");
    Instant at;
    try {
      at = Instant.parse(row.getString("at"));
    } catch (DateTimeParseException e) {
      throw new EnvironmentException(Message.of(Store.class, "audit.eventUnreadable", seq), e);
    }
    return new AuditEvent(
        seq,
        at,
        row.getString("actor"),
        row.getString("action"),
        row.getString("entity"),
        row.getString("digest"),
        row.optString("detail"),
        row.getString("prev_hash"),
        row.getString("hash"));
  }

  Database database() {
    return shared.db;
  }

  boolean isAudited(String table) {
    return !Workspace.UNAUDITED_TABLES.contains(table) && !shared.exemptTables.contains(table);
  }

  Set<String> exemptTables() {
    return shared.exemptTables;
  }

  private <T> T run(boolean write, String actor, ReadWork<T> work) {
    if (shared.active.get() != null) {
      throw new IllegalStateException(
          "a transaction is already open on this thread: pass its Tx down instead of opening"
              + " another");
    }
    Database db = shared.db;
    Connection c;
    try {
      c = db.borrow();
    } catch (SQLException e) {
      throw failure(e);
    }
    boolean reusable = false;
    shared.active.set(Boolean.TRUE);
    try {
      db.begin(c, write);
      Transaction tx = new Transaction(this, c, write, actor, clock);
      try {
        tx.start();
        T result = work.run(tx);
        tx.close();
        db.commit(c, write);
        reusable = true;
        return result;
      } catch (Throwable t) {
        tx.close();
        reusable = rollback(c, write, t);
        throw t;
      }
    } catch (SQLException e) {
      throw failure(e);
    } finally {
      shared.active.remove();
      db.release(c, reusable);
    }
  }

  private boolean rollback(Connection c, boolean write, Throwable cause) {
    try {
      shared.db.rollback(c, write);
      return true;
    } catch (SQLException | RuntimeException e) {
      cause.addSuppressed(e);
      return false;
    }
  }

  EnvironmentException failure(SQLException e) {
    Database db = shared.db;
    if (db.isBusy(e)) {
      return new EnvironmentException(
          Message.of(
              Store.class, "database.busy", db.description(), Database.BUSY_TIMEOUT_MILLIS / 1000),
          e);
    }
    return new EnvironmentException(
        Message.of(Store.class, "database.error", db.description(), e.getMessage()), e);
  }

  /** What a store and its {@link #withClock} views share. */
  private static final class Shared {
    final Database db;
    final Set<String> exemptTables;
    final ThreadLocal<Boolean> active = new ThreadLocal<>();

    Shared(Database db, Set<String> exemptTables) {
      this.db = db;
      this.exemptTables = exemptTables;
    }
  }
}
