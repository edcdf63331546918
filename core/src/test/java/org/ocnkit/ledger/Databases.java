package org.ocnkit.ledger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Real database engines for the ledger tests: a SQLite file in a temp folder and one embedded
 * PostgreSQL per test run, each given the ledger tables by running {@code V8__ledger.sql} exactly
 * as shipped (Flyway is wired elsewhere).
 */
final class Databases {
  private static EmbeddedPostgres postgres;
  private static int databases;

  private Databases() {}

  /** The statements of the shipped migration. */
  static List<String> migration() {
    try (InputStream in = Databases.class.getResourceAsStream("/db/migration/V8__ledger.sql")) {
      String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      String withoutComments =
          sql.lines().filter(l -> !l.trim().startsWith("--")).collect(Collectors.joining("\n"));
      return Arrays.stream(withoutComments.split(";"))
          .map(String::trim)
          .filter(s -> !s.isEmpty())
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A new SQLite database in {@code dir} with the ledger tables, in a transaction. */
  static Connection sqlite(Path dir) throws SQLException {
    Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("ocnkit.db"));
    migrate(c);
    c.setAutoCommit(false);
    return c;
  }

  /** A new PostgreSQL database with the ledger tables, in a transaction. */
  static synchronized Connection postgres() throws SQLException {
    try {
      if (postgres == null) {
        postgres = EmbeddedPostgres.start();
        Runtime.getRuntime()
            .addShutdownHook(
                new Thread(
                    () -> {
                      try {
                        postgres.close();
                      } catch (IOException e) {
                        // Shutting down anyway.
                      }
                    }));
      }
    } catch (IOException e) {
      throw new SQLException("embedded PostgreSQL did not start", e);
    }
    String name = "ledger" + (++databases);
    try (Connection admin = postgres.getPostgresDatabase().getConnection();
        Statement s = admin.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    }
    Connection c = postgres.getDatabase("postgres", name).getConnection();
    migrate(c);
    c.setAutoCommit(false);
    return c;
  }

  private static void migrate(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      // The one table of V1__store.sql that the ledger migration writes to.
      s.execute(
          "CREATE TABLE audit_exempt (table_name TEXT NOT NULL PRIMARY KEY,"
              + " reason TEXT NOT NULL)");
      for (String statement : migration()) {
        s.execute(statement);
      }
    }
  }
}
