package org.ocnkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Packages depend downward only (DESIGN §3): each concept may use the ones listed before it, never
 * one after it. Read from the import statements of the main sources. And each table is written only
 * by the package whose migration ({@code V<n>__<package>.sql}) creates it; every other package
 * reads it or asks the owner.
 */
class ArchitectureTest {
  /**
   * Bottom to top. The root package {@code org.ocnkit} is below everything; {@code api} (the
   * library's {@code Ocnkit} facade) is above everything.
   */
  static final List<String> LAYERS =
      List.of(
          "io",
          "input",
          "xml",
          "store",
          "pdf",
          "unit",
          "qualification",
          "panel",
          "learner",
          "evidence",
          "moderation",
          "ledger",
          "certificate",
          "report",
          "erasure",
          "api");

  private static final Pattern IMPORT =
      Pattern.compile("^import (?:static )?org\\.ocnkit\\.([a-z]+)\\.", Pattern.MULTILINE);

  @Test
  void packagesDependDownwardOnly() throws IOException {
    Path sources = Path.of("src/main/java/org/ocnkit");
    List<String> violations = new ArrayList<>();
    try (Stream<Path> files = Files.walk(sources)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Path relative = sources.relativize(file);
        if (relative.getNameCount() < 2) {
          checkRoot(file, violations);
          continue;
        }
        String owner = relative.getName(0).toString();
        int level = LAYERS.indexOf(owner);
        assertThat(level).as("package %s must be placed in LAYERS", owner).isNotNegative();
        Matcher m = IMPORT.matcher(Files.readString(file));
        while (m.find()) {
          String used = m.group(1);
          int usedLevel = LAYERS.indexOf(used);
          if (usedLevel > level) {
            violations.add(relative + " (" + owner + ") imports " + used);
          }
        }
      }
    }
    assertThat(violations).isEmpty();
  }

  private static void checkRoot(Path file, List<String> violations) throws IOException {
    Matcher m = IMPORT.matcher(Files.readString(file));
    if (m.find()) {
      violations.add(file + " is in the root package but imports org.ocnkit." + m.group(1));
    }
  }

  private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
  private static final Pattern MIGRATION = Pattern.compile("V(\\d+)__([a-z]+)\\.sql");
  private static final Pattern CREATE_TABLE =
      Pattern.compile("(?i)\\bcreate\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?(\\w+)");
  private static final Pattern RENAME_TABLE =
      Pattern.compile("(?i)\\balter\\s+table\\s+(\\w+)\\s+rename\\s+to\\s+(\\w+)");

  /** {@code tx.insert("t", ...)}, {@code tx.update("t", ...)} or with a constant for the name. */
  private static final Pattern AUDITED_WRITE =
      Pattern.compile("\\.(?:insert|update)\\(\\s*(?:\"(\\w+)\"|([A-Z][A-Z0-9_]*)\\s*,)");

  /** Plain SQL that writes: INSERT INTO t, UPDATE t SET, DELETE FROM t. */
  private static final Pattern SQL_WRITE =
      Pattern.compile(
          "(?i)\\b(?:insert\\s+into|delete\\s+from)\\s+(\\w+)|\\bupdate\\s+(\\w+)\\s+set\\b");

  private static final Pattern STRING_CONSTANT =
      Pattern.compile("\\bstatic\\s+final\\s+String\\s+([A-Z][A-Z0-9_]*)\\s*=\\s*\"(\\w+)\"");
  private static final Pattern COMMENT_SQL = Pattern.compile("--[^\\n]*");

  @Test
  void everyMigrationIsNamedAfterItsOwningPackage() throws IOException {
    List<String> wrong = new ArrayList<>();
    for (Path file : migrations()) {
      Matcher m = MIGRATION.matcher(file.getFileName().toString());
      if (!m.matches() || !LAYERS.contains(m.group(2))) {
        wrong.add(file.getFileName() + ": name it V<n>__<package>.sql, <package> one of " + LAYERS);
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void eachTableIsWrittenOnlyByThePackageWhoseMigrationCreatesIt() throws IOException {
    Map<String, String> owners = tableOwners();
    assertThat(owners)
        .as("tables created by the migrations")
        .containsKeys(
            "unit_version",
            "panel_decision",
            "enrolment_signoff",
            "enrolment_signoff_withdrawal",
            "certificate");
    Path sources = Path.of("src/main/java/org/ocnkit");
    List<String> violations = new ArrayList<>();
    try (Stream<Path> files = Files.walk(sources)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        Path relative = sources.relativize(file);
        String writer = relative.getNameCount() < 2 ? "" : relative.getName(0).toString();
        for (String table : writtenTables(Files.readString(file), owners)) {
          String owner = owners.get(table);
          if (!owner.equals(writer)) {
            violations.add(
                relative
                    + " ("
                    + writer
                    + ") writes "
                    + table
                    + ", which the "
                    + owner
                    + " migration creates: ask "
                    + owner
                    + " to write it");
          }
        }
      }
    }
    assertThat(violations).isEmpty();
  }

  @Test
  void theWriteDetectorSeesEveryFormOfWrite() {
    Map<String, String> owners = Map.of("a", "x", "b", "x", "c", "x", "d", "x", "e", "x");
    String source =
        "class W {\n"
            + "  private static final String TABLE = \"e\";\n"
            + "  void w() {\n"
            + "    tx.insert(\"a\", row, ACTION);\n"
            + "    tx.update(\n        \"b\", id, row, ACTION);\n"
            + "    tx.executeUnaudited(\"DELETE FROM c WHERE id = ?\", id);\n"
            + "    tx.executeUnaudited(\"UPDATE d SET n = 1\");\n"
            + "    tx.update(TABLE, id, row, ACTION);\n"
            + "    // tx.insert(\"unknown\", row, ACTION);\n"
            + "    tx.query(\"SELECT a FROM b\");\n"
            + "  }\n}\n";

    assertThat(writtenTables(source, owners)).containsExactly("a", "b", "c", "d", "e");
    assertThat(writtenTables("/* tx.insert(\"a\", row, A); */ class R {}", owners)).isEmpty();
    assertThat(writtenTables("String m = \"image/*\"; tx.insert(\"a\", r, A); // */", owners))
        .containsExactly("a");
  }

  /** Table name to owning package, from the migrations in version order. */
  static Map<String, String> tableOwners() throws IOException {
    Map<String, String> owners = new HashMap<>();
    for (Path file : migrations()) {
      Matcher name = MIGRATION.matcher(file.getFileName().toString());
      if (!name.matches()) {
        continue;
      }
      String sql = COMMENT_SQL.matcher(Files.readString(file)).replaceAll(" ");
      Matcher create = CREATE_TABLE.matcher(sql);
      while (create.find()) {
        owners.putIfAbsent(create.group(1).toLowerCase(java.util.Locale.ROOT), name.group(2));
      }
      // A table rebuilt under a temporary name and renamed keeps the owner of its first creation.
      Matcher rename = RENAME_TABLE.matcher(sql);
      while (rename.find()) {
        String from = rename.group(1).toLowerCase(java.util.Locale.ROOT);
        owners.putIfAbsent(
            rename.group(2).toLowerCase(java.util.Locale.ROOT),
            owners.getOrDefault(from, name.group(2)));
      }
    }
    return owners;
  }

  /** The known tables {@code javaSource} writes, comments left out. */
  static TreeSet<String> writtenTables(String javaSource, Map<String, String> owners) {
    String code = withoutComments(javaSource);
    Map<String, String> constants = new HashMap<>();
    Matcher c = STRING_CONSTANT.matcher(code);
    while (c.find()) {
      constants.put(c.group(1), c.group(2));
    }
    TreeSet<String> tables = new TreeSet<>();
    Matcher audited = AUDITED_WRITE.matcher(code);
    while (audited.find()) {
      String table = audited.group(1) != null ? audited.group(1) : constants.get(audited.group(2));
      if (table != null && owners.containsKey(table)) {
        tables.add(table);
      }
    }
    Matcher sql = SQL_WRITE.matcher(code);
    while (sql.find()) {
      String table =
          (sql.group(1) != null ? sql.group(1) : sql.group(2)).toLowerCase(java.util.Locale.ROOT);
      if (owners.containsKey(table)) {
        tables.add(table);
      }
    }
    return tables;
  }

  /** Java source with its comments blanked; string and character literals kept as they are. */
  private static String withoutComments(String source) {
    StringBuilder out = new StringBuilder(source.length());
    int i = 0;
    while (i < source.length()) {
      char ch = source.charAt(i);
      if (source.startsWith("//", i)) {
        int end = source.indexOf('\n', i);
        i = end < 0 ? source.length() : end;
      } else if (source.startsWith("/*", i)) {
        int end = source.indexOf("*/", i + 2);
        i = end < 0 ? source.length() : end + 2;
        out.append(' ');
      } else if (ch == '"' || ch == '\'') {
        int end = i + 1;
        while (end < source.length() && source.charAt(end) != ch) {
          end += source.charAt(end) == '\\' ? 2 : 1;
        }
        out.append(source, i, Math.min(end + 1, source.length()));
        i = end + 1;
      } else {
        out.append(ch);
        i++;
      }
    }
    return out.toString();
  }

  private static List<Path> migrations() throws IOException {
    try (Stream<Path> files = Files.list(MIGRATIONS)) {
      return files
          .filter(f -> f.toString().endsWith(".sql"))
          .sorted(Comparator.comparingInt(ArchitectureTest::version))
          .toList();
    }
  }

  private static int version(Path migration) {
    Matcher m = MIGRATION.matcher(migration.getFileName().toString());
    return m.matches() ? Integer.parseInt(m.group(1)) : Integer.MAX_VALUE;
  }
}
