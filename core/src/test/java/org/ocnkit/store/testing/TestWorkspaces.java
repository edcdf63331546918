package org.ocnkit.store.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.ocnkit.store.InitOptions;
import org.ocnkit.store.OpenOptions;
import org.ocnkit.store.Workspace;

/**
 * Fresh workspaces for tests on real engines: SQLite in a temporary folder, or PostgreSQL in a new
 * schema of one embedded server shared by the whole test run (started on first use, stopped when
 * the JVM exits). A schema is as isolated as a database for ocnkit and far cheaper to create.
 */
public final class TestWorkspaces {
  /** The organisation name test workspaces are created with. */
  public static final String ORGANISATION = "Testkommunen";

  private static final AtomicInteger SCHEMAS = new AtomicInteger();
  private static EmbeddedPostgres postgres;

  private TestWorkspaces() {}

  /** A new workspace in {@code dir} (new or empty) on {@code engine}, with a {@link TestClock}. */
  public static Workspace create(Engine engine, Path dir) {
    return create(engine, dir, new TestClock());
  }

  /** A new workspace in {@code dir} on {@code engine} whose transactions use {@code clock}. */
  public static Workspace create(Engine engine, Path dir, Clock clock) {
    InitOptions options = InitOptions.defaults().withOrganisation(ORGANISATION);
    if (engine == Engine.POSTGRESQL) {
      options = options.withDatabase(newPostgresUrl(), Optional.of("postgres"));
    }
    return Workspace.init(dir, options, options(clock));
  }

  /** Opens {@code dir} again with {@code clock}. */
  public static Workspace open(Path dir, Clock clock) {
    return Workspace.open(dir, options(clock));
  }

  /** Options with no environment variables and {@code clock}. */
  public static OpenOptions options(Clock clock) {
    return new OpenOptions(Map.of(), clock);
  }

  /**
   * A plain JDBC connection to a workspace's database that bypasses ocnkit, for tests that tamper
   * with records the way someone with the database file would.
   */
  public static Connection rawConnection(Workspace ws) throws SQLException {
    if (ws.usesPostgres()) {
      String url = ws.settings().get("db.url").orElseThrow();
      return DriverManager.getConnection(url, "postgres", "");
    }
    return DriverManager.getConnection("jdbc:sqlite:" + ws.dir().resolve(Workspace.DATABASE));
  }

  /** Runs DDL or DML on the raw connection. */
  public static void executeRaw(Workspace ws, String... statements) throws SQLException {
    try (Connection c = rawConnection(ws);
        Statement s = c.createStatement()) {
      for (String sql : statements) {
        s.execute(sql);
      }
    }
  }

  /**
   * The JDBC URL of a new, empty schema on the shared embedded PostgreSQL server ({@code
   * jdbc:postgresql://localhost:PORT/postgres?currentSchema=ocn_N}); user {@code postgres}, no
   * password.
   */
  public static synchronized String newPostgresUrl() {
    String name = "ocn_" + ProcessHandle.current().pid() + "_" + SCHEMAS.incrementAndGet();
    try (Connection c = server().getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create a test schema", e);
    }
    return "jdbc:postgresql://localhost:" + server().getPort() + "/postgres?currentSchema=" + name;
  }

  private static synchronized EmbeddedPostgres server() {
    if (postgres == null) {
      try {
        postgres =
            EmbeddedPostgres.builder()
                .setServerConfig("fsync", "off")
                .setServerConfig("synchronous_commit", "off")
                .setServerConfig("full_page_writes", "off")
                .setServerConfig("max_connections", "200")
                .start();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
      }
    }
    return postgres;
  }
}
