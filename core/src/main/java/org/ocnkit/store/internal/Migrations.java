package org.ocnkit.store.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import org.flywaydb.core.Flyway;

/**
 * Brings a database up to date with the Flyway migrations in {@code db/migration} on the class
 * path ({@code V<n>__<package>.sql}), with the engine's {@link Database#placeholders()
 * placeholders} and Flyway's logging silenced.
 *
 * <p>Flyway locks PostgreSQL itself; for SQLite it does not, so two processes opening a workspace
 * whose migrations are pending could both apply them. An exclusive lock on a file next to the
 * database serializes them.
 */
public final class Migrations {
  /** Where the migrations live on the class path. */
  public static final String LOCATION = "classpath:db/migration";

  private Migrations() {}

  /**
   * Applies every pending migration.
   *
   * @param lockFile the file to lock while migrating (SQLite), or empty (PostgreSQL)
   * @throws org.flywaydb.core.api.FlywayException when a migration fails (it is rolled back)
   * @throws IOException when the lock file cannot be created or locked
   */
  public static void migrate(Database db, Optional<Path> lockFile) throws IOException {
    Flyway flyway =
        Flyway.configure(Migrations.class.getClassLoader())
            .dataSource(db.dataSource())
            .locations(LOCATION)
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
}
