package org.ocnkit.store.internal;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.sqlite.SQLiteConfig;

/**
 * One database, SQLite file or PostgreSQL, with a small pool of open connections and the
 * transaction handling that differs between the two engines.
 *
 * <p>Write transactions are serialized on both engines: SQLite's {@code BEGIN IMMEDIATE} takes the
 * database's write lock at once, so a second writer waits (up to the busy timeout) instead of
 * failing later; on PostgreSQL the caller's first statement locks the one row of {@code
 * audit_head}. Read transactions see one consistent snapshot: a deferred SQLite transaction, a
 * {@code REPEATABLE READ} PostgreSQL transaction; both are read-only.
 */
public final class Database implements AutoCloseable {
  /** The engines ocnkit supports. */
  public enum Engine {
    SQLITE,
    POSTGRESQL
  }

  /** How long a SQLite writer waits for another process's write to finish. */
  public static final int BUSY_TIMEOUT_MILLIS = 30_000;

  private static final int MAX_IDLE = 4;

  private final Engine engine;
  private final String url;
  private final Properties properties;
  private final String description;
  private final Deque<Connection> idle = new ArrayDeque<>();
  private boolean closed;

  private Database(Engine engine, String url, Properties properties, String description) {
    this.engine = engine;
    this.url = url;
    this.properties = properties;
    this.description = description;
  }

  /** The SQLite database in {@code file}: WAL journal, foreign keys on, a 30 s busy timeout. */
  public static Database sqlite(Path file) {
    SqliteNativeLibrary.prepare();
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
    config.enforceForeignKeys(true);
    config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
    return new Database(
        Engine.SQLITE,
        "jdbc:sqlite:" + file.toAbsolutePath(),
        config.toProperties(),
        file.toAbsolutePath().toString());
  }

  /**
   * A PostgreSQL database.
   *
   * @param url {@code jdbc:postgresql://HOST[:PORT]/DATABASE[?...]}
   */
  public static Database postgresql(String url, Optional<String> user, Optional<String> password) {
    if (!isPostgresUrl(url)) {
      throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + url);
    }
    Properties props = new Properties();
    user.ifPresent(u -> props.setProperty("user", u));
    password.ifPresent(p -> props.setProperty("password", p));
    int query = url.indexOf('?');
    String shown = query < 0 ? url : url.substring(0, query);
    return new Database(Engine.POSTGRESQL, url, props, shown);
  }

  public static boolean isPostgresUrl(String url) {
    return url.startsWith("jdbc:postgresql:");
  }

  public Engine engine() {
    return engine;
  }

  /** The file or the URL without its parameters (which may hold credentials), for messages. */
  public String description() {
    return description;
  }

  /** The JDBC URL; may hold credentials, never show it. */
  public String url() {
    return url;
  }

  /** The user name, if one is configured. */
  public Optional<String> user() {
    return Optional.ofNullable(properties.getProperty("user"));
  }

  /** A new connection in auto-commit mode, configured for this engine. */
  public Connection connect() throws SQLException {
    if (engine == Engine.SQLITE) {
      // The driver itself, not DriverManager: its first use searches every jar on the class path
      // for drivers and loads them all (PostgreSQL's too), a cost every short command paid.
      return org.sqlite.JDBC.createConnection(url, properties);
    }
    return DriverManager.getConnection(url, properties);
  }

  /** An idle pooled connection or a new one; give it back with {@link #release}. */
  public Connection borrow() throws SQLException {
    synchronized (idle) {
      if (closed) {
        throw new IllegalStateException("the workspace is closed");
      }
      Connection pooled = idle.pollFirst();
      if (pooled != null) {
        return pooled;
      }
    }
    return connect();
  }

  /**
   * Returns a borrowed connection: kept for reuse when {@code reusable} (it ended its transaction
   * cleanly), else closed.
   */
  public void release(Connection connection, boolean reusable) {
    synchronized (idle) {
      if (reusable && !closed && idle.size() < MAX_IDLE) {
        idle.addFirst(connection);
        return;
      }
    }
    closeQuietly(connection);
  }

  /** Starts a transaction: a write transaction takes the engine's write lock (SQLite). */
  public void begin(Connection c, boolean write) throws SQLException {
    if (engine == Engine.SQLITE) {
      try (Statement s = c.createStatement()) {
        if (write) {
          s.execute("BEGIN IMMEDIATE");
        } else {
          s.execute("PRAGMA query_only = ON");
          s.execute("BEGIN");
        }
      }
    } else {
      if (c.getAutoCommit()) {
        c.setAutoCommit(false);
      }
      c.setReadOnly(!write);
      c.setTransactionIsolation(
          write ? Connection.TRANSACTION_READ_COMMITTED : Connection.TRANSACTION_REPEATABLE_READ);
    }
  }

  public void commit(Connection c, boolean write) throws SQLException {
    if (engine == Engine.SQLITE) {
      try (Statement s = c.createStatement()) {
        s.execute("COMMIT");
        if (!write) {
          s.execute("PRAGMA query_only = OFF");
        }
      }
    } else {
      c.commit();
    }
  }

  public void rollback(Connection c, boolean write) throws SQLException {
    if (engine == Engine.SQLITE) {
      try (Statement s = c.createStatement()) {
        s.execute("ROLLBACK");
        if (!write) {
          s.execute("PRAGMA query_only = OFF");
        }
      }
    } else {
      c.rollback();
    }
  }

  /** Whether {@code e} says the database stayed locked by another writer too long. */
  public boolean isBusy(SQLException e) {
    if (engine == Engine.SQLITE) {
      return e.getErrorCode() == 5 || String.valueOf(e.getMessage()).contains("SQLITE_BUSY");
    }
    // 55P03 lock_not_available: a lock_timeout set by the database administrator ran out.
    return "55P03".equals(e.getSQLState());
  }

  /** The Flyway placeholders that hide the differences between the engines in migrations. */
  public Map<String, String> placeholders() {
    return engine == Engine.SQLITE
        ? Map.of("identity", "INTEGER PRIMARY KEY AUTOINCREMENT", "binary", "BLOB")
        : Map.of(
            "identity", "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY", "binary", "BYTEA");
  }

  /** The names of the ordinary tables of the workspace's schema, lowercase, sorted. */
  public List<String> tableNames(Connection c) throws SQLException {
    DatabaseMetaData meta = c.getMetaData();
    String schema = engine == Engine.POSTGRESQL ? c.getSchema() : null;
    List<String> names = new ArrayList<>();
    try (ResultSet rs = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
      while (rs.next()) {
        String name = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
        if (!name.startsWith("sqlite_")) {
          names.add(name);
        }
      }
    }
    names.sort(null);
    return names;
  }

  /** A data source over {@link #connect()}, for Flyway. */
  public DataSource dataSource() {
    return new ConnectingDataSource();
  }

  @Override
  public void close() {
    List<Connection> toClose;
    synchronized (idle) {
      closed = true;
      toClose = new ArrayList<>(idle);
      idle.clear();
    }
    toClose.forEach(Database::closeQuietly);
  }

  private static void closeQuietly(Connection c) {
    try {
      c.close();
    } catch (SQLException e) {
      // Closing a connection that failed: the database rolls back whatever it held.
    }
  }

  private final class ConnectingDataSource implements DataSource {
    @Override
    public Connection getConnection() throws SQLException {
      return connect();
    }

    @Override
    public Connection getConnection(String username, String password)
        throws SQLFeatureNotSupportedException {
      // Flyway connects through getConnection(); credentials come from ocnkit.properties.
      throw new SQLFeatureNotSupportedException("credentials come from the workspace");
    }

    @Override
    public PrintWriter getLogWriter() {
      return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
      // Nothing is logged.
    }

    @Override
    public void setLoginTimeout(int seconds) {
      // The driver's default applies.
    }

    @Override
    public int getLoginTimeout() {
      return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
      throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
      if (type.isInstance(this)) {
        return type.cast(this);
      }
      throw new SQLException("not a wrapper for " + type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
      return type.isInstance(this);
    }
  }

  @Override
  public String toString() {
    return engine.name().toLowerCase(Locale.ROOT) + " " + Objects.toString(description);
  }
}
