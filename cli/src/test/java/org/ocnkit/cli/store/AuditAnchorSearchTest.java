package org.ocnkit.cli.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ocnkit.cli.certificate.IssuedCertificates.issue;
import static org.ocnkit.cli.certificate.IssuedCertificates.ocn;
import static org.ocnkit.cli.certificate.IssuedCertificates.workspace;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocnkit.certificate.CertificateService;
import org.ocnkit.cli.CliRun;
import org.ocnkit.cli.ExitCode;
import org.ocnkit.cli.certificate.IssuedCertificates;
import org.ocnkit.store.AuditAnchor;
import org.ocnkit.store.AuditEvent;
import org.ocnkit.store.AuditQuery;
import org.ocnkit.store.Workspace;
import org.ocnkit.store.testing.Engine;
import org.ocnkit.store.testing.OnEveryEngine;
import org.ocnkit.store.testing.TestWorkspaces;

/**
 * {@code ocn audit verify} without {@code --anchor} finds the anchors the workspace keeps: the
 * signed checkpoints in its certificate PDFs and published checkpoint files (issue 15 section 3).
 */
class AuditAnchorSearchTest {
  @TempDir Path dir;

  private Workspace open(Path ws) {
    return TestWorkspaces.open(
        ws, Clock.fixed(Instant.parse(IssuedCertificates.NOW), ZoneOffset.UTC));
  }

  @OnEveryEngine
  void aRollbackBehindTheNewestCertificatesCheckpointIsFoundWithoutOptions(Engine engine)
      throws Exception {
    Path ws = workspace(dir, engine);
    issue(ws, "Anna Berg", "Eva Forsberg");
    issue(ws, "Karin Ek");
    CliRun before = ocn(ws).run("audit", "verify");
    assertThat(before.exitCode).as(before.toString()).isZero();
    // A fresh SQLite workspace's first batch is signed over an empty chain: no head in it.
    assertThat(before.out)
        .contains(
            "kept outside the database (",
            " signed checkpoint(s), 0"
                + " unsigned backup manifest(s)); newest: checkpoint of log size 3 in certificate ");

    AuditAnchor newest;
    try (Workspace w = open(ws)) {
      newest = new CertificateService(w).auditAnchors(List.of()).newest().orElseThrow().anchor();
      List<AuditEvent> events = w.store().auditLog(AuditQuery.ALL);
      AuditEvent kept =
          events.stream().filter(e -> e.seq() == newest.seq() - 1).findFirst().orElseThrow();
      // The second batch's events from the anchored one on are cut off, the head moved back.
      TestWorkspaces.executeRaw(
          w,
          "DELETE FROM audit_event WHERE seq > " + kept.seq(),
          "UPDATE audit_head SET seq = "
              + kept.seq()
              + ", hash = '"
              + kept.hash()
              + "' WHERE id = 1");
    }

    CliRun after = ocn(ws).run("audit", "verify");
    assertThat(after.exitCode).as(after.toString()).isEqualTo(ExitCode.ROLLBACK);
    assertThat(after.out)
        .contains(
            "rolled back: event "
                + newest.seq()
                + " ("
                + newest.action()
                + ", "
                + newest.at()
                + ")");
    CliRun json = ocn(ws).run("audit", "verify", "--json");
    assertThat(json.exitCode).isEqualTo(ExitCode.ROLLBACK);
    assertThat(json.out)
        .contains("\"kind\": \"certificate\"", "\"signed\": true", "\"seq\": " + newest.seq());
  }

  @Test
  void aWorkspaceWithoutAnchorsVerifiesAndSaysSo() {
    Path ws = workspace(dir, Engine.SQLITE);
    CliRun run = ocn(ws).run("audit", "verify");
    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.out).contains("No anchor found outside the database (looked in ");
    CliRun sv = ocn(ws).run("--lang", "sv", "audit", "verify");
    assertThat(sv.out).contains("Inget ankare hittades utanf\u00f6r databasen");
  }

  @Test
  void aTamperedCheckpointFileIsReportedAndRefusedAsAnAnchor() throws Exception {
    Path ws = workspace(dir, Engine.SQLITE);
    issue(ws, "Anna Berg");
    issue(ws, "Eva Forsberg");
    CliRun publish = ocn(ws).run("log", "publish", "out/log");
    assertThat(publish.exitCode).as(publish.toString()).isZero();
    Path checkpoint = ws.resolve("out/log/checkpoint");
    String text = Files.readString(checkpoint, StandardCharsets.UTF_8);
    assertThat(text).contains(AuditAnchor.KEYWORD + " ");
    // A later head written into the signed note: the signature no longer verifies.
    Files.writeString(
        checkpoint,
        text.replace(AuditAnchor.KEYWORD + " ", AuditAnchor.KEYWORD + " 9"),
        StandardCharsets.UTF_8);

    CliRun found = ocn(ws).run("audit", "verify");
    assertThat(found.exitCode).as(found.toString()).isEqualTo(ExitCode.CHECK_FAILED);
    assertThat(found.out)
        .contains(
            checkpoint.toAbsolutePath().normalize()
                + ": TAMPERED: a checkpoint of this log (size 2) whose signature by the log key");

    CliRun given = ocn(ws).run("audit", "verify", "--anchor", "out/log/checkpoint");
    assertThat(given.exitCode).as(given.toString()).isEqualTo(ExitCode.INPUT);
    assertThat(given.err + given.out).contains("refused as an anchor: TAMPERED");
  }
}
