package org.ocnkit.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The audit history and backups of one open workspace, as the library's object for them ({@code
 * Ocnkit.audit()}). Each method runs its own transaction; failures are {@link
 * org.ocnkit.OcnkitException}s.
 */
public final class AuditService {
  private final Workspace workspace;

  public AuditService(Workspace workspace) {
    this.workspace = Objects.requireNonNull(workspace, "workspace");
  }

  /** Recomputes the hash chain, every audited record and attachment ({@code ocn audit verify}). */
  public AuditReport verify() {
    return workspace.verifyAudit();
  }

  /** {@link #verify()}, also checking the chain against heads kept outside the database. */
  public AuditReport verify(List<AuditAnchor> anchors) {
    return workspace.verifyAudit(anchors);
  }

  /** Events of the history in order ({@code ocn audit log}); {@link AuditQuery#ALL} for all. */
  public List<AuditEvent> log(AuditQuery query) {
    return workspace.store().auditLog(query);
  }

  /** A consistent copy of a SQLite database, or the {@code pg_dump} command for PostgreSQL. */
  public BackupResult backup(Path file) {
    return FileWork.run(file, () -> workspace.backup(file));
  }
}
