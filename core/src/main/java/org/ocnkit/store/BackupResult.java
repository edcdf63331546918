package org.ocnkit.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.ocnkit.Message;

/**
 * What {@link Workspace#backup} did: wrote a SQLite copy to {@code file}, or, for a PostgreSQL
 * workspace, worked out the {@code pg_dump} command that makes the backup (not run: the database
 * administrator's tools and credentials apply).
 *
 * @param file the backup file
 * @param pgDumpCommand the command's arguments, for a PostgreSQL workspace
 */
public record BackupResult(Path file, Optional<List<String>> pgDumpCommand) {
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./=:@%+,-]+");

  public BackupResult {
    Objects.requireNonNull(file, "file");
    pgDumpCommand = pgDumpCommand.map(List::copyOf);
  }

  /** Whether the backup file was written (SQLite); else run {@link #pgDumpCommand()}. */
  public boolean written() {
    return pgDumpCommand.isEmpty();
  }

  /** The command as one line for a POSIX shell, arguments quoted where needed. */
  public Optional<String> commandLine() {
    return pgDumpCommand.map(
        args ->
            args.stream()
                .map(a -> PLAIN.matcher(a).matches() ? a : "'" + a.replace("'", "'\\''") + "'")
                .collect(Collectors.joining(" ")));
  }

  /** What was done or is to be done, and how to restore; for the user. */
  public Message message() {
    return commandLine()
        .map(cmd -> Message.of(BackupResult.class, "backup.pgDump", cmd))
        .orElseGet(() -> Message.of(BackupResult.class, "backup.written", file));
  }
}
