package org.ocnkit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocnkit.EnvironmentException;
import org.ocnkit.InvalidInputException;
import org.ocnkit.store.internal.AuditCodec;
import org.ocnkit.store.testing.Engine;
import org.ocnkit.store.testing.TestWorkspaces;

class AttachmentsTest {
  @TempDir Path tmp;

  @Test
  void contentIsStoredUnderItsSha256AndReadBack() throws Exception {
    try (Workspace ws = TestWorkspaces.create(Engine.SQLITE, tmp.resolve("ws"))) {
      Path photo = Files.writeString(tmp.resolve("foto.jpg"), "bild av en hylla");
      StoredBlob blob = ws.attachments().put(photo);

      String sha = AuditCodec.sha256Hex("bild av en hylla");
      assertThat(blob).isEqualTo(new StoredBlob(sha, 16));
      Path stored = ws.dir().resolve("evidence").resolve(sha.substring(0, 2)).resolve(sha);
      assertThat(ws.attachments().path(sha)).isEqualTo(stored);
      assertThat(stored).hasContent("bild av en hylla");
      assertThat(Files.getPosixFilePermissions(stored))
          .doesNotContain(PosixFilePermission.OWNER_WRITE);
      try (InputStream in = ws.attachments().open(sha)) {
        assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
            .isEqualTo("bild av en hylla");
      }
    }
  }

  @Test
  void identicalContentIsStoredOnce() throws Exception {
    try (Workspace ws = TestWorkspaces.create(Engine.SQLITE, tmp.resolve("ws"))) {
      StoredBlob a = ws.attachments().put(stream("samma"), "a.txt", 100);
      StoredBlob b = ws.attachments().put(stream("samma"), "b.txt", 100);
      assertThat(a).isEqualTo(b);
      assertThat(files(ws)).containsExactly(ws.attachments().path(a.sha256()));
    }
  }

  @Test
  void contentOverTheLimitIsRefusedAndLeavesNoFile() throws Exception {
    try (Workspace ws = TestWorkspaces.create(Engine.SQLITE, tmp.resolve("ws"))) {
      assertThatThrownBy(() -> ws.attachments().put(stream("x".repeat(1025)), "stor.pdf", 1024))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("stor.pdf")
          .hasMessageContaining("0.0009765625 MB")
          .hasMessageContaining("evidence.maxAttachmentMb");
      assertThat(files(ws)).isEmpty();
      assertThat(ws.attachments().put(stream("x".repeat(1024)), "lagom.pdf", 1024).sizeBytes())
          .isEqualTo(1024);
    }
  }

  @Test
  void theWorkspaceLimitComesFromTheSettings() throws Exception {
    Path dir = tmp.resolve("ws");
    TestWorkspaces.create(Engine.SQLITE, dir).close();
    Path settings = dir.resolve("ocnkit.properties");
    Files.writeString(
        settings,
        Files.readString(settings)
            .replace("evidence.maxAttachmentMb=50", "evidence.maxAttachmentMb=1"));
    try (Workspace ws = Workspace.open(dir)) {
      Path big = Files.write(tmp.resolve("big.bin"), new byte[(int) Attachments.MEGABYTE + 1]);
      assertThatThrownBy(() -> ws.attachments().put(big))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("limit of 1 MB");
    }
  }

  @Test
  void aMissingFileIsAnInputProblemNamingIt() {
    try (Workspace ws = TestWorkspaces.create(Engine.SQLITE, tmp.resolve("ws"))) {
      Path missing = tmp.resolve("saknas.jpg");
      assertThatThrownBy(() -> ws.attachments().put(missing))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining(missing.toString())
          .hasMessageContaining("no such file");
    }
  }

  @Test
  void unknownContentCannotBeOpenedOrRecorded() {
    try (Workspace ws = TestWorkspaces.create(Engine.SQLITE, tmp.resolve("ws"))) {
      String unknown = AuditCodec.sha256Hex("aldrig sparad");
      assertThatThrownBy(() -> ws.attachments().open(unknown))
          .isInstanceOf(EnvironmentException.class)
          .hasMessageContaining(unknown);
      assertThatThrownBy(
              () ->
                  ws.store()
                      .write(
                          "anna",
                          tx ->
                              ws.attachments()
                                  .record(tx, new StoredBlob(unknown, 1), "text/plain", "x.txt")))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> ws.attachments().path("../../etc/passwd"))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void recordingAddsAnAuditedAttachmentRow() throws Exception {
    try (Workspace ws = TestWorkspaces.create(Engine.SQLITE, tmp.resolve("ws"))) {
      StoredBlob blob = ws.attachments().put(stream("intyg"), "intyg.pdf", 100);
      long id =
          ws.store()
              .write(
                  "anna", tx -> ws.attachments().record(tx, blob, "application/pdf", "intyg.pdf"));
      List<String> row =
          ws.store()
              .read(
                  tx ->
                      tx.queryOne(
                          "SELECT sha256, size_bytes, media_type, original_name, created_at FROM attachment"
                              + " WHERE id = ?",
                          r ->
                              List.of(
                                  r.getString("sha256"),
                                  String.valueOf(r.getLong("size_bytes")),
                                  r.getString("media_type"),
                                  r.getString("original_name"),
                                  r.getString("created_at")),
                          id))
              .orElseThrow();
      assertThat(row)
          .containsExactly(
              blob.sha256(), "5", "application/pdf", "intyg.pdf", "2025-03-03T08:00:00.000Z");
      assertThat(ws.store().auditLog(AuditQuery.entity("attachment:" + id)))
          .extracting(AuditEvent::action)
          .containsExactly("attachment.add");
      assertThat(ws.verifyAudit().attachments()).isEqualTo(1);
    }
  }

  @Test
  void onPostgresqlTheContentLivesInTheDatabaseAndIsReHashedByAuditVerify() throws Exception {
    try (Workspace ws = TestWorkspaces.create(Engine.POSTGRESQL, tmp.resolve("ws"))) {
      assertThat(ws.attachments().inDatabase()).isTrue();
      StoredBlob a = ws.attachments().put(stream("bild av en hylla"), "foto.jpg", 100);
      StoredBlob again = ws.attachments().put(stream("bild av en hylla"), "kopia.jpg", 100);
      assertThat(again).isEqualTo(a);
      ws.store().write("anna", tx -> ws.attachments().record(tx, a, "image/jpeg", "foto.jpg"));
      assertThat(files(ws)).isEmpty();
      try (InputStream in = ws.attachments().open(a.sha256())) {
        assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
            .isEqualTo("bild av en hylla");
      }
      AuditReport clean = ws.verifyAudit();
      assertThat(clean.findings()).isEmpty();
      assertThat(clean.attachments()).isEqualTo(1);
      assertThat(clean.exemptTables()).contains("attachment_content");

      TestWorkspaces.executeRaw(
          ws,
          "UPDATE attachment_content SET content = 'bild av en stol'::bytea"
              + " WHERE sha256 = '"
              + a.sha256()
              + "'");
      assertThat(ws.verifyAudit().findings())
          .singleElement()
          .extracting(AuditFinding::kind)
          .isEqualTo(AuditFinding.Kind.ATTACHMENT_ALTERED);
      TestWorkspaces.executeRaw(ws, "DELETE FROM attachment_content");
      assertThat(ws.verifyAudit().findings())
          .singleElement()
          .satisfies(f -> assertThat(f.kind()).isEqualTo(AuditFinding.Kind.ATTACHMENT_MISSING))
          .satisfies(
              f ->
                  assertThat(f.message().format(java.util.Locale.ENGLISH))
                      .contains("attachment_content"));
    }
  }

  @Test
  void onPostgresqlContentOverTheLimitIsRefusedAndNothingIsStored() throws Exception {
    try (Workspace ws = TestWorkspaces.create(Engine.POSTGRESQL, tmp.resolve("ws"))) {
      assertThatThrownBy(() -> ws.attachments().put(stream("x".repeat(1025)), "stor.pdf", 1024))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("stor.pdf");
      assertThat(
              ws.store()
                  .read(
                      tx ->
                          tx.queryOne("SELECT count(*) FROM attachment_content", r -> r.getLong(1)))
                  .orElseThrow())
          .isZero();
      assertThat(ws.attachments().contains(AuditCodec.sha256Hex("x".repeat(1025)))).isFalse();
    }
  }

  private static InputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private static List<Path> files(Workspace ws) throws Exception {
    if (!Files.exists(ws.attachments().dir())) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(ws.attachments().dir())) {
      return walk.filter(Files::isRegularFile).toList();
    }
  }
}
