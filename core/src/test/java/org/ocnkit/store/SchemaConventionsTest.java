package org.ocnkit.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.ocnkit.store.testing.Engine;
import org.ocnkit.store.testing.OnEveryEngine;
import org.ocnkit.store.testing.TestWorkspaces;

/**
 * Every migration on the class path (every package's) follows the storage conventions, so that the
 * audit can check its tables and both engines store the same values.
 */
class SchemaConventionsTest {
  private static final Set<String> SQLITE_TYPES = Set.of("INTEGER", "BIGINT", "TEXT", "BLOB");
  private static final Set<String> POSTGRES_TYPES = Set.of("integer", "bigint", "text", "bytea");

  @TempDir Path dir;

  @OnEveryEngine
  void auditedTablesHaveAnIntegerIdAndPortableColumns(Engine engine) throws Exception {
    try (Workspace ws = TestWorkspaces.create(engine, dir)) {
      List<String> problems =
          ws.store()
              .read(
                  tx -> {
                    List<String> found = new ArrayList<>();
                    List<String> exempt =
                        tx.query(
                            "SELECT table_name FROM audit_exempt",
                            row -> row.getString("table_name"));
                    for (String table : ws.store().database().tableNames(tx.connection())) {
                      if (table.equals("flyway_schema_history")) {
                        continue;
                      }
                      List<String[]> columns =
                          engine == Engine.SQLITE
                              ? tx.query(
                                  "SELECT name, type, pk FROM pragma_table_info(?)",
                                  row ->
                                      new String[] {
                                        row.getString("name"),
                                        row.getString("type"),
                                        String.valueOf(row.getInt("pk"))
                                      },
                                  table)
                              : tx.query(
                                  "SELECT c.column_name AS name, c.data_type AS type,"
                                      + " (SELECT count(*) FROM information_schema.key_column_usage k"
                                      + "  JOIN information_schema.table_constraints t"
                                      + "    ON t.constraint_name = k.constraint_name AND t.table_name = k.table_name"
                                      + "  WHERE t.constraint_type = 'PRIMARY KEY' AND k.table_name = c.table_name"
                                      + "    AND k.column_name = c.column_name) AS pk"
                                      + " FROM information_schema.columns c"
                                      + " WHERE c.table_schema = current_schema() AND c.table_name = ?",
                                  row ->
                                      new String[] {
                                        row.getString("name"),
                                        row.getString("type"),
                                        String.valueOf(row.getLong("pk"))
                                      },
                                  table);
                      Set<String> allowed = engine == Engine.SQLITE ? SQLITE_TYPES : POSTGRES_TYPES;
                      for (String[] c : columns) {
                        String type =
                            engine == Engine.SQLITE ? c[1].toUpperCase(Locale.ROOT) : c[1];
                        if (!allowed.contains(type)) {
                          found.add(table + "." + c[0] + " has type " + c[1]);
                        }
                      }
                      boolean audited =
                          !Workspace.UNAUDITED_TABLES.contains(table) && !exempt.contains(table);
                      List<String> keys =
                          columns.stream().filter(c -> !c[2].equals("0")).map(c -> c[0]).toList();
                      boolean integerId =
                          columns.stream()
                              .anyMatch(
                                  c ->
                                      c[0].equals("id")
                                          && Set.of("INTEGER", "BIGINT", "integer", "bigint")
                                              .contains(c[1]));
                      if (audited && (!keys.equals(List.of("id")) || !integerId)) {
                        found.add(
                            table
                                + " is audited but its primary key is "
                                + keys
                                + " (must be one integer column id)");
                      }
                    }
                    for (String name : exempt) {
                      if (!ws.store().database().tableNames(tx.connection()).contains(name)) {
                        found.add("audit_exempt names " + name + ", which does not exist");
                      }
                    }
                    return found;
                  });
      assertThat(problems).isEmpty();
    }
  }
}
