package org.ocnkit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocnkit.InvalidInputException;
import org.ocnkit.store.testing.Engine;
import org.ocnkit.store.testing.TestClock;
import org.ocnkit.store.testing.TestWorkspaces;

class BackupTest {
  @TempDir Path tmp;

  @Test
  void aRestoredBackupOpensAsAWorkspaceAndVerifies() throws Exception {
    Path dir = tmp.resolve("ws");
    Path backup = tmp.resolve("kopia.db");
    try (Workspace ws = TestWorkspaces.create(Engine.SQLITE, dir)) {
      Notes.createTable(ws);
      for (int i = 0; i < 10; i++) {
        String text = "note " + i;
        ws.store().write("anna", tx -> Notes.add(tx, text));
      }
      StoredBlob blob =
          ws.attachments()
              .put(
                  new ByteArrayInputStream("foto".getBytes(StandardCharsets.UTF_8)),
                  "foto.jpg",
                  100);
      ws.store().write("anna", tx -> ws.attachments().record(tx, blob, "image/jpeg", "foto.jpg"));

      BackupResult result = ws.backup(backup);
      assertThat(result.written()).isTrue();
      assertThat(result.file()).isEqualTo(backup.toAbsolutePath());
      assertThat(result.message().format(Locale.ROOT))
          .contains(backup.toString(), "ocnkit.db", "evidence/");
    }

    Path restored = Files.createDirectory(tmp.resolve("restored"));
    Files.copy(dir.resolve("ocnkit.properties"), restored.resolve("ocnkit.properties"));
    Files.copy(backup, restored.resolve("ocnkit.db"));
    copyTree(dir.resolve("evidence"), restored.resolve("evidence"));
    try (Workspace ws = TestWorkspaces.open(restored, new TestClock())) {
      assertThat(Notes.count(ws)).isEqualTo(10);
      AuditReport report = ws.verifyAudit();
      assertThat(report.findings()).isEmpty();
      assertThat(report.events()).isEqualTo(11);
      assertThat(report.attachments()).isEqualTo(1);
      ws.store().write("anna", tx -> Notes.add(tx, "after the restore"));
      assertThat(ws.verifyAudit().intact()).isTrue();
    }
  }

  @Test
  void aBackupTakenDuringAWriteHoldsOnlyWhatWasCommitted() throws Exception {
    Path dir = tmp.resolve("ws");
    Path backup = tmp.resolve("kopia.db");
    try (Workspace ws = TestWorkspaces.create(Engine.SQLITE, dir)) {
      Notes.createTable(ws);
      ws.store().write("anna", tx -> Notes.add(tx, "committed"));
      CountDownLatch writing = new CountDownLatch(1);
      CountDownLatch backedUp = new CountDownLatch(1);
      CompletableFuture<Long> writer =
          CompletableFuture.supplyAsync(
              () ->
                  ws.store()
                      .write(
                          "bo",
                          tx -> {
                            Notes.add(tx, "in flight");
                            writing.countDown();
                            try {
                              assertThat(backedUp.await(1, TimeUnit.MINUTES)).isTrue();
                            } catch (InterruptedException e) {
                              throw new IllegalStateException(e);
                            }
                            return Notes.add(tx, "in flight too");
                          }));
      assertThat(writing.await(1, TimeUnit.MINUTES)).isTrue();
      ws.backup(backup);
      backedUp.countDown();
      writer.get(1, TimeUnit.MINUTES);
      assertThat(Notes.count(ws)).isEqualTo(3);
    }
    Path restored = Files.createDirectory(tmp.resolve("restored"));
    Files.copy(dir.resolve("ocnkit.properties"), restored.resolve("ocnkit.properties"));
    Files.copy(backup, restored.resolve("ocnkit.db"));
    try (Workspace ws = Workspace.open(restored)) {
      assertThat(Notes.count(ws)).isEqualTo(1);
      assertThat(ws.verifyAudit().findings()).isEmpty();
    }
  }

  @Test
  void aBackupNeverOverwrites() throws Exception {
    Path existing = Files.writeString(tmp.resolve("finns.db"), "viktigt");
    try (Workspace ws = TestWorkspaces.create(Engine.SQLITE, tmp.resolve("ws"))) {
      assertThatThrownBy(() -> ws.backup(existing))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("never overwrites");
      assertThatThrownBy(() -> ws.backup(tmp.resolve("saknas/kopia.db")))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("folder");
    }
    assertThat(existing).hasContent("viktigt");
  }

  @Test
  void aPostgresWorkspaceGetsThePgDumpCommandInstead() {
    Path target = tmp.resolve("ocn.dump");
    try (Workspace ws = TestWorkspaces.create(Engine.POSTGRESQL, tmp.resolve("ws"))) {
      BackupResult result = ws.backup(target);
      String url = ws.settings().get("db.url").orElseThrow();
      String port = url.replaceAll(".*:(\\d+)/.*", "$1");
      String schema = url.substring(url.indexOf("currentSchema=") + "currentSchema=".length());
      assertThat(result.written()).isFalse();
      assertThat(result.pgDumpCommand())
          .contains(
              List.of(
                  "pg_dump",
                  "--format=custom",
                  "--file=" + target.toAbsolutePath(),
                  "--host=localhost",
                  "--port=" + port,
                  "--username=postgres",
                  "--schema=" + schema,
                  "postgres"));
      assertThat(result.message().format(Locale.ROOT))
          .contains("pg_dump --format=custom", "PGPASSWORD", "pg_restore");
    }
    assertThat(target).doesNotExist();
  }

  private static void copyTree(Path from, Path to) throws Exception {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
  }
}
