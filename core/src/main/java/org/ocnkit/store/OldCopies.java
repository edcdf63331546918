package org.ocnkit.store;

import java.util.List;
import java.util.Objects;
import org.ocnkit.Message;

/**
 * What {@link Store#removeOldCopies} did to make changed and deleted values unreadable in the
 * database's own files, and what it could not do.
 *
 * <p>On SQLite it overwrites the whole database file with a rewritten copy ({@code PRAGMA
 * secure_delete}, {@code VACUUM}) and empties the write-ahead log ({@code PRAGMA
 * wal_checkpoint(TRUNCATE)}). On PostgreSQL it rewrites each table involved ({@code VACUUM
 * (FULL)}), which leaves no dead row versions in the table's files; a table the workspace's role
 * does not own, or that stayed locked, is left to the database administrator, and {@link
 * #administratorStatements()} says what to run. Neither engine reaches copies outside the
 * database's files: backups, PostgreSQL's write-ahead log archive and replicas, file-system
 * snapshots.
 *
 * @param complete every step ran; when false, {@link #message()} says what is left
 * @param administratorStatements SQL the database administrator must run (PostgreSQL), empty when
 *     none
 * @param busy SQLite only: another process held the write-ahead log open, so it could not be
 *     emptied; run the command again when nothing else uses the workspace
 */
public record OldCopies(
    boolean postgres, boolean complete, List<String> administratorStatements, boolean busy) {
  public OldCopies {
    administratorStatements = List.copyOf(Objects.requireNonNull(administratorStatements));
  }

  /** What was done, and what is left to whom; for the user. */
  public Message message() {
    if (!postgres) {
      return busy
          ? Message.of(OldCopies.class, "oldCopies.sqlite.busy")
          : Message.of(OldCopies.class, "oldCopies.sqlite.done");
    }
    return administratorStatements.isEmpty()
        ? Message.of(OldCopies.class, "oldCopies.postgres.done")
        : Message.of(
            OldCopies.class,
            "oldCopies.postgres.administrator",
            String.join("\n  ", administratorStatements));
  }
}
