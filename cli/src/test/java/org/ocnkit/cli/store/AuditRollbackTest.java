package org.ocnkit.cli.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.ocnkit.cli.CliRun;
import org.ocnkit.cli.ExitCode;
import org.ocnkit.store.AuditAnchor;
import org.ocnkit.store.AuditEvent;
import org.ocnkit.store.AuditQuery;
import org.ocnkit.store.Workspace;
import org.ocnkit.store.testing.Engine;
import org.ocnkit.store.testing.OnEveryEngine;
import org.ocnkit.store.testing.TestWorkspaces;

/**
 * {@code ocn backup} writes the audit head beside the backup ({@code FILE.anchor}); after the last
 * events are deleted and the stored head moved back, {@code ocn audit verify} alone passes (a hash
 * chain cannot see its lost tail) but with {@code --anchor} exits 6 naming the anchored event.
 */
class AuditRollbackTest {
  static final String NOW = "2026-03-02T09:00:00Z";

  @TempDir Path dir;

  private CliRun ocn(Path ws) {
    return new CliRun(dir).at(NOW).env("OCNKIT_WORKSPACE", ws.toString());
  }

  @OnEveryEngine
  void aRollbackBehindABackupsAnchorIsNamed(Engine engine) throws Exception {
    Path ws = dir.resolve("ws");
    try (Workspace w = TestWorkspaces.create(engine, ws)) {
      for (String plan : List.of("plan:1", "plan:2", "plan:3")) {
        w.store().write("mona", tx -> tx.event("moderation.plan", plan, "{}"));
      }
    }
    Path backup = dir.resolve("backup.db");
    CliRun made = ocn(ws).run("backup", backup.toString());
    assertThat(made.exitCode).as(made.toString()).isZero();
    Path manifest = Workspace.anchorFile(backup);
    AuditAnchor anchor = AuditAnchor.parse(Files.readString(manifest).strip()).orElseThrow();

    try (Workspace w = TestWorkspaces.open(ws, Clock.fixed(Instant.parse(NOW), ZoneOffset.UTC))) {
      List<AuditEvent> events = w.store().auditLog(AuditQuery.ALL);
      assertThat(anchor.seq()).isEqualTo(events.get(events.size() - 1).seq());
      AuditEvent kept = events.get(events.size() - 3);
      TestWorkspaces.executeRaw(
          w,
          "DELETE FROM audit_event WHERE seq > " + kept.seq(),
          "UPDATE audit_head SET seq = "
              + kept.seq()
              + ", hash = '"
              + kept.hash()
              + "' WHERE id = 1");
    }

    CliRun plain = ocn(ws).run("audit", "verify");
    assertThat(plain.exitCode).as(plain.toString()).isZero();
    CliRun anchored = ocn(ws).run("audit", "verify", "--anchor", manifest.toString());
    assertThat(anchored.exitCode).as(anchored.toString()).isEqualTo(ExitCode.ROLLBACK);
    assertThat(anchored.out)
        .contains("rolled back: event " + anchor.seq() + " (moderation.plan, " + anchor.at() + ")");
  }
}
