package org.ocnkit.learner.testing;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ocnkit.store.Workspace;
import org.ocnkit.store.testing.TestWorkspaces;

/**
 * Searches every column of every table of a workspace's database, audit and migration history
 * included, through a plain JDBC connection (as someone holding the database file would).
 */
public final class Tables {
  private Tables() {}

  /** The names of every table in the workspace's database (its schema, on PostgreSQL). */
  public static List<String> names(Workspace ws) throws SQLException {
    String sql =
        ws.usesPostgres()
            ? "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
                + " AND table_type = 'BASE TABLE'"
            : "SELECT name FROM sqlite_master WHERE type = 'table'";
    List<String> names = new ArrayList<>();
    try (Connection c = TestWorkspaces.rawConnection(ws);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        names.add(rs.getString(1));
      }
    }
    return names;
  }

  /**
   * Every cell that contains any of {@code needles} (ignoring letter case), as {@code table.column
   * = value}. Binary values are searched as UTF-8 text and as hex.
   */
  public static List<String> find(Workspace ws, String... needles) throws SQLException {
    List<String> hits = new ArrayList<>();
    List<String> tables = names(ws);
    if (tables.size() < 10) {
      throw new IllegalStateException("expected every table of the schema, found " + tables);
    }
    try (Connection c = TestWorkspaces.rawConnection(ws);
        Statement s = c.createStatement()) {
      for (String table : tables) {
        try (ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
          ResultSetMetaData meta = rs.getMetaData();
          while (rs.next()) {
            for (int i = 1; i <= meta.getColumnCount(); i++) {
              Object value = rs.getObject(i);
              if (value == null) {
                continue;
              }
              String text =
                  value instanceof byte[] bytes
                      ? new String(bytes, StandardCharsets.UTF_8)
                          + " "
                          + java.util.HexFormat.of().formatHex(bytes)
                      : value.toString();
              String lower = text.toLowerCase(Locale.ROOT);
              for (String needle : needles) {
                if (lower.contains(needle.toLowerCase(Locale.ROOT))) {
                  hits.add(table + "." + meta.getColumnName(i) + " = " + text);
                }
              }
            }
          }
        }
      }
    }
    return hits;
  }
}
