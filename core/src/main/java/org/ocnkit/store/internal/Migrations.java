package org.ocnkit.store.internal;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;

/**
 * Brings a database up to date with the Flyway migrations in {@code db/migration} on the class path
 * ({@code V<n>__<package>.sql}), with the engine's {@link Database#placeholders() placeholders} and
 * Flyway's logging silenced.
 *
 * <p>When every migration on the class path is already applied, Flyway is not even loaded: a CLI
 * command then starts in a fraction of the time. Otherwise Flyway runs and checks everything.
 * Flyway locks PostgreSQL itself; for SQLite it does not, so two processes opening a workspace
 * whose migrations are pending could both apply them: an exclusive lock on a file next to the
 * database serializes them.
 */
public final class Migrations {
  /** Where the migrations live on the class path. */
  public static final String FOLDER = "db/migration";

  private static final Pattern VERSIONED = Pattern.compile("V(\\d+(?:[._]\\d+)*)__.+\\.sql");

  private Migrations() {}

  /**
   * Applies every pending migration.
   *
   * @param lockFile the file to lock while migrating (SQLite), or empty (PostgreSQL)
   * @throws org.flywaydb.core.api.FlywayException when a migration fails (it is rolled back)
   * @throws IOException when the lock file cannot be created or locked
   */
  public static void migrate(Database db, Optional<Path> lockFile) throws IOException {
    if (upToDate(db)) {
      return;
    }
    Flyway flyway =
        Flyway.configure(Migrations.class.getClassLoader())
            .dataSource(db.dataSource())
            .locations("classpath:" + FOLDER)
            .placeholders(db.placeholders())
            .loggers(SilentFlywayLog.class.getName())
            .failOnMissingLocations(true)
            .cleanDisabled(true)
            .load();
    if (lockFile.isEmpty()) {
      flyway.migrate();
      return;
    }
    try (FileChannel channel =
        FileChannel.open(lockFile.get(), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
      FileLock lock = channel.lock();
      try {
        flyway.migrate();
      } finally {
        lock.release();
      }
    }
  }

  /**
   * Whether every versioned migration on the class path has been applied successfully and none
   * failed. False whenever in doubt (no history table, a class path that cannot be listed).
   */
  static boolean upToDate(Database db) throws IOException {
    Set<String> available = availableVersions(Migrations.class.getClassLoader());
    if (available.isEmpty()) {
      return false;
    }
    Set<String> applied = new HashSet<>();
    try (Connection c = db.connect();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT version, success FROM flyway_schema_history WHERE version IS NOT NULL")) {
      while (rs.next()) {
        if (!rs.getBoolean("success")) {
          return false;
        }
        applied.add(rs.getString("version"));
      }
    } catch (SQLException e) {
      return false;
    }
    return applied.containsAll(available);
  }

  /**
   * The versions of the migrations on the class path, as Flyway records them ("1", "2.1"), found as
   * Flyway finds them: in the folder and its subfolders.
   */
  static Set<String> availableVersions(ClassLoader loader) throws IOException {
    Set<String> versions = new HashSet<>();
    Enumeration<URL> folders = loader.getResources(FOLDER);
    while (folders.hasMoreElements()) {
      URL folder = folders.nextElement();
      for (String name : fileNames(folder)) {
        Matcher m = VERSIONED.matcher(name);
        if (m.matches()) {
          versions.add(m.group(1).replace('_', '.'));
        }
      }
    }
    return versions;
  }

  private static Set<String> fileNames(URL folder) throws IOException {
    Set<String> names = new HashSet<>();
    if (folder.getProtocol().equals("file")) {
      try (Stream<Path> files = Files.walk(Path.of(folder.toURI()))) {
        files.filter(Files::isRegularFile).forEach(f -> names.add(f.getFileName().toString()));
      } catch (URISyntaxException e) {
        return Set.of();
      }
    } else if (folder.getProtocol().equals("jar")) {
      URLConnection connection = folder.openConnection();
      if (connection instanceof JarURLConnection jar) {
        jar.setUseCaches(true);
        JarFile file = jar.getJarFile();
        String prefix = FOLDER + "/";
        for (Enumeration<JarEntry> entries = file.entries(); entries.hasMoreElements(); ) {
          String name = entries.nextElement().getName();
          if (name.startsWith(prefix) && !name.endsWith("/")) {
            names.add(name.substring(name.lastIndexOf('/') + 1));
          }
        }
      }
    }
    return names;
  }
}
