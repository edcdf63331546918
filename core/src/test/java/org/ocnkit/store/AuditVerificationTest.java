package org.ocnkit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.io.TempDir;
import org.ocnkit.Message;
import org.ocnkit.store.AuditFinding.Kind;
import org.ocnkit.store.internal.AuditCodec;
import org.ocnkit.store.testing.Engine;
import org.ocnkit.store.testing.OnEveryEngine;
import org.ocnkit.store.testing.TestClock;
import org.ocnkit.store.testing.TestWorkspaces;

/**
 * Tampering with the database or the evidence folder behind ocnkit's back (plain JDBC, plain file
 * writes) is detected, and the report names the first entry that does not match.
 *
 * <p>Every test starts from the same history: notes 1-3 added (events 1-3), note 2 edited (event
 * 4), a sample plan recorded (event 5), an attachment stored (event 6).
 */
class AuditVerificationTest {
  @TempDir Path dir;

  private Workspace history(Engine engine) throws Exception {
    Workspace ws = TestWorkspaces.create(engine, dir);
    Notes.createTable(ws);
    for (String text : new String[] {"ett", "två", "tre"}) {
      ws.store().write("anna", tx -> Notes.add(tx, text));
    }
    ws.store()
        .write(
            "bo",
            tx -> {
              tx.update("note", 2, Map.of("text", "TVÅ"), "note.edit");
              return null;
            });
    ws.store().write("mona", tx -> tx.event("moderation.plan", "plan:2025-Q1", "{\"n\":2}"));
    StoredBlob blob =
        ws.attachments()
            .put(
                new java.io.ByteArrayInputStream("foto".getBytes(StandardCharsets.UTF_8)),
                "foto.jpg",
                1000);
    ws.store().write("anna", tx -> ws.attachments().record(tx, blob, "image/jpeg", "foto.jpg"));
    AuditReport clean = ws.verifyAudit();
    assertThat(clean.findings()).isEmpty();
    assertThat(clean.events()).isEqualTo(6);
    assertThat(clean.records()).isEqualTo(4);
    assertThat(clean.attachments()).isEqualTo(1);
    return ws;
  }

  @OnEveryEngine
  void anUntouchedWorkspaceVerifies(Engine engine) throws Exception {
    try (Workspace ws = history(engine)) {
      AuditReport report = ws.verifyAudit();
      assertThat(report.intact()).isTrue();
      assertThat(report.firstProblem()).isEmpty();
      assertThat(report.headHash()).isEqualTo(ws.store().auditLog(AuditQuery.ALL).get(5).hash());
      assertThat(report.summary().format(Locale.ROOT))
          .contains("verifies", "6 events", "4 records", "1 attachment", report.headHash());
      assertThat(report.summary().format(Message.SWEDISH)).contains("stämmer", "6 händelser");
    }
  }

  @OnEveryEngine
  void anEditedRecordIsNamed(Engine engine) throws Exception {
    try (Workspace ws = history(engine)) {
      raw(ws, "UPDATE note SET text = 'tvo' WHERE id = 2");
      AuditFinding first = firstProblem(ws, Kind.RECORD_ALTERED, 4, "note:2");
      assertThat(first.action()).isEqualTo("note.edit");
      assertThat(first.describe(Locale.ROOT))
          .isEqualTo(
              "record note:2 no longer matches its state recorded by event 4 (note.edit):"
                  + " it was changed outside ocnkit");
      assertThat(first.describe(Message.SWEDISH)).contains("posten note:2", "händelse 4");
    }
  }

  @OnEveryEngine
  void anEditedEventIsNamed(Engine engine) throws Exception {
    try (Workspace ws = history(engine)) {
      raw(ws, "UPDATE audit_event SET actor = 'mallory' WHERE seq = 2");
      firstProblem(ws, Kind.EVENT_ALTERED, 2, "note:2");
    }
  }

  @OnEveryEngine
  void anEditedEventDetailIsNamed(Engine engine) throws Exception {
    try (Workspace ws = history(engine)) {
      raw(ws, "UPDATE audit_event SET detail = '{\"n\":1}' WHERE seq = 5");
      firstProblem(ws, Kind.EVENT_ALTERED, 5, "plan:2025-Q1");
    }
  }

  @OnEveryEngine
  void aDeletedRecordIsNamed(Engine engine) throws Exception {
    try (Workspace ws = history(engine)) {
      raw(ws, "DELETE FROM note WHERE id = 1");
      firstProblem(ws, Kind.RECORD_MISSING, 1, "note:1");
    }
  }

  @OnEveryEngine
  void aDeletedEventIsNamed(Engine engine) throws Exception {
    try (Workspace ws = history(engine)) {
      raw(ws, "DELETE FROM audit_event WHERE seq = 2");
      AuditFinding first = firstProblem(ws, Kind.EVENT_MISSING, 3, "note:3");
      assertThat(first.describe(Locale.ROOT)).contains("follows event 1");
    }
  }

  @OnEveryEngine
  void aRollbackBehindAnAnchorIsNamedThoughTheChainItselfVerifies(Engine engine) throws Exception {
    try (Workspace ws = history(engine)) {
      List<AuditEvent> events = ws.store().auditLog(AuditQuery.ALL);
      AuditAnchor anchor = AuditAnchor.of(events.get(5));
      assertThat(AuditAnchor.parse(anchor.line())).contains(anchor);
      String fourth = events.get(3).hash();
      // Cut the last two events and the rows they recorded, and move the head back.
      raw(
          ws,
          "DELETE FROM audit_event WHERE seq > 4",
          "DELETE FROM attachment",
          "UPDATE audit_head SET seq = 4, hash = '" + fourth + "' WHERE id = 1");
      assertThat(ws.verifyAudit().findings()).as("a hash chain cannot see its lost tail").isEmpty();
      AuditReport report = ws.verifyAudit(List.of(anchor));
      assertThat(report.findings())
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.kind()).isEqualTo(Kind.ROLLBACK);
                assertThat(f.seq()).isEqualTo(OptionalLong.of(6));
                assertThat(f.describe(Locale.ROOT))
                    .contains("event 6 (" + anchor.action() + ", " + anchor.at() + ")")
                    .contains("now ends at event 4");
              });
      // Writing new events past the anchor does not hide it: event 6 is another one now.
      ws.store().write("bo", tx -> tx.event("moderation.plan", "plan:2025-Q2", "{}"));
      ws.store().write("bo", tx -> tx.event("moderation.plan", "plan:2025-Q3", "{}"));
      assertThat(ws.verifyAudit(List.of(anchor)).findings())
          .singleElement()
          .satisfies(f -> assertThat(f.describe(Locale.ROOT)).contains("rewritten"));
    }
  }

  @OnEveryEngine
  void aDeletedLastEventIsNamed(Engine engine) throws Exception {
    try (Workspace ws = history(engine)) {
      raw(ws, "DELETE FROM audit_event WHERE seq = 6");
      AuditReport report = ws.verifyAudit();
      assertThat(report.firstProblem())
          .hasValueSatisfying(
              f -> {
                assertThat(f.kind()).isEqualTo(Kind.HEAD_MISMATCH);
                assertThat(f.seq()).isEqualTo(OptionalLong.of(6));
              });
      assertThat(report.findings())
          .extracting(AuditFinding::kind)
          .containsExactly(Kind.HEAD_MISMATCH, Kind.RECORD_WITHOUT_EVENT);
    }
  }

  @OnEveryEngine
  void reorderedEventsAreNamed(Engine engine) throws Exception {
    try (Workspace ws = history(engine)) {
      raw(
          ws,
          "UPDATE audit_event SET seq = -2 WHERE seq = 2",
          "UPDATE audit_event SET seq = 2 WHERE seq = 3",
          "UPDATE audit_event SET seq = 3 WHERE seq = -2");
      firstProblem(ws, Kind.EVENT_ALTERED, 2, "note:3");
    }
  }

  @OnEveryEngine
  void aRecordAddedWithoutEventIsNamed(Engine engine) throws Exception {
    try (Workspace ws = history(engine)) {
      raw(ws, "INSERT INTO note (text) VALUES ('smuggled')");
      AuditFinding first = ws.verifyAudit().firstProblem().orElseThrow();
      assertThat(first.kind()).isEqualTo(Kind.RECORD_WITHOUT_EVENT);
      assertThat(first.entity()).isEqualTo("note:4");
      assertThat(first.seq()).isEmpty();
      assertThat(first.describe(Locale.ROOT)).contains("note:4", "no event");
    }
  }

  @OnEveryEngine
  void anEventRecomputedToMatchAnEditBreaksTheChainAfterIt(Engine engine) throws Exception {
    try (Workspace ws = history(engine)) {
      raw(ws, "UPDATE note SET text = 'one' WHERE id = 1");
      String digest =
          ws.store()
              .read(
                  tx ->
                      tx.queryOne(
                          "SELECT * FROM note WHERE id = 1",
                          row ->
                              AuditCodec.rowDigest(
                                  org.ocnkit.store.internal.SqlValues.readRow(row.resultSet()))))
              .orElseThrow();
      AuditEvent e = ws.store().auditLog(AuditQuery.entity("note:1")).get(0);
      String dbAt;
      try (Connection c = TestWorkspaces.rawConnection(ws);
          PreparedStatement ps = c.prepareStatement("SELECT db_at FROM audit_event WHERE seq = 1");
          java.sql.ResultSet rs = ps.executeQuery()) {
        rs.next();
        dbAt = rs.getString(1);
      }
      String hash =
          AuditCodec.eventHash(
              e.seq(),
              "2025-03-03T08:00:00.000Z",
              dbAt,
              e.actor(),
              e.action(),
              e.entity(),
              digest,
              null,
              e.prevHash());
      try (Connection c = TestWorkspaces.rawConnection(ws);
          PreparedStatement ps =
              c.prepareStatement("UPDATE audit_event SET digest = ?, hash = ? WHERE seq = 1")) {
        ps.setString(1, digest);
        ps.setString(2, hash);
        ps.executeUpdate();
      }
      AuditFinding first = firstProblem(ws, Kind.CHAIN_BROKEN, 2, "note:2");
      assertThat(first.describe(Locale.ROOT)).contains("does not follow event 1");
    }
  }

  @OnEveryEngine
  void anAlteredHeadIsNamed(Engine engine) throws Exception {
    try (Workspace ws = history(engine)) {
      raw(ws, "UPDATE audit_head SET hash = '" + "1".repeat(64) + "'");
      assertThat(ws.verifyAudit().firstProblem())
          .hasValueSatisfying(f -> assertThat(f.kind()).isEqualTo(Kind.HEAD_MISMATCH));
    }
  }

  @OnEveryEngine
  void anAlteredAttachmentFileIsNamed(Engine engine) throws Exception {
    try (Workspace ws = history(engine)) {
      if (ws.attachments().inDatabase()) {
        raw(ws, "UPDATE attachment_content SET content = 'fejk'::bytea");
      } else {
        Path file = ws.attachments().path(sha256("foto"));
        file.toFile().setWritable(true);
        Files.writeString(file, "fejk");
      }
      AuditFinding first = firstProblem(ws, Kind.ATTACHMENT_ALTERED, 6, "attachment:1");
      assertThat(first.describe(Locale.ROOT)).contains(sha256("foto"));
    }
  }

  @OnEveryEngine
  void aMissingAttachmentFileIsNamed(Engine engine) throws Exception {
    try (Workspace ws = history(engine)) {
      if (ws.attachments().inDatabase()) {
        raw(ws, "DELETE FROM attachment_content");
      } else {
        Files.delete(ws.attachments().path(sha256("foto")));
      }
      firstProblem(ws, Kind.ATTACHMENT_MISSING, 6, "attachment:1");
    }
  }

  @OnEveryEngine
  void theFirstOfSeveralProblemsComesFirst(Engine engine) throws Exception {
    try (Workspace ws = history(engine)) {
      raw(
          ws,
          "INSERT INTO note (text) VALUES ('smuggled')",
          "UPDATE note SET text = 'x' WHERE id = 3",
          "UPDATE audit_event SET action = 'note.remove' WHERE seq = 5");
      AuditReport report = ws.verifyAudit();
      assertThat(report.findings())
          .extracting(AuditFinding::kind)
          .containsExactly(Kind.RECORD_ALTERED, Kind.EVENT_ALTERED, Kind.RECORD_WITHOUT_EVENT);
      assertThat(report.summary().format(Locale.ROOT)).contains("does NOT verify", "3 problem");
      assertThat(report.describe(Locale.ROOT).lines()).hasSize(4);
    }
  }

  @OnEveryEngine
  void exemptTablesAreLeftToTheirOwnProof(Engine engine) throws Exception {
    try (Workspace ws = history(engine)) {
      String id = ws.usesPostgres() ? "BIGINT PRIMARY KEY" : "INTEGER PRIMARY KEY";
      raw(
          ws,
          "CREATE TABLE tree_node (id " + id + ", hash TEXT)",
          "INSERT INTO audit_exempt (table_name, reason) VALUES ('tree_node', 'Merkle tree')");
    }
    try (Workspace ws = TestWorkspaces.open(dir, new TestClock())) {
      ws.store()
          .write(
              "anna",
              tx -> tx.executeUnaudited("INSERT INTO tree_node (id, hash) VALUES (?, ?)", 1, "ab"));
      assertThatThrownBy(
              () ->
                  ws.store()
                      .write(
                          "anna",
                          tx -> tx.insert("tree_node", Map.of("hash", "cd"), "ledger.append")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("executeUnaudited");
      AuditReport report = ws.verifyAudit();
      assertThat(report.findings()).isEmpty();
      assertThat(report.exemptTables()).contains("tree_node", "ledger_node");
    }
  }

  @OnEveryEngine
  void aClockSetBackIsRefusedAndTheDatabaseTimeIsRecordedOnPostgres(Engine engine)
      throws Exception {
    TestClock clock = new TestClock();
    try (Workspace ws = TestWorkspaces.create(engine, dir, clock)) {
      Notes.createTable(ws);
      clock.advance(java.time.Duration.ofHours(1));
      ws.store().write("anna", tx -> Notes.add(tx, "ett"));
      long events = ws.verifyAudit().events();
      clock.advance(java.time.Duration.ofMinutes(-5));
      assertThatThrownBy(() -> ws.store().write("anna", tx -> Notes.add(tx, "bakdaterad")))
          .isInstanceOf(org.ocnkit.EnvironmentException.class)
          .hasMessageContaining("earlier than the last event in the history")
          .hasMessageContaining(clock.instant().toString().replace("Z", ""));
      assertThat(ws.verifyAudit().events()).isEqualTo(events);
      clock.advance(java.time.Duration.ofMinutes(5));
      ws.store().write("anna", tx -> Notes.add(tx, "två"));
      try (Connection c = TestWorkspaces.rawConnection(ws);
          PreparedStatement ps =
              c.prepareStatement("SELECT db_at FROM audit_event ORDER BY seq DESC LIMIT 1");
          java.sql.ResultSet rs = ps.executeQuery()) {
        rs.next();
        if (engine == Engine.POSTGRESQL) {
          assertThat(java.time.Instant.parse(rs.getString(1))).isNotNull();
        } else {
          assertThat(rs.getString(1)).isNull();
        }
      }
      assertThat(ws.verifyAudit().intact()).isTrue();
    }
  }

  @OnEveryEngine
  void anEventDatedBeforeThePreviousOneIsReported(Engine engine) throws Exception {
    try (Workspace ws = history(engine)) {
      // Event 6 back-dated and re-hashed consistently, as a forger with database access would.
      String back = "2001-01-01T00:00:00.000Z";
      try (Connection c = TestWorkspaces.rawConnection(ws)) {
        Object[] e;
        try (PreparedStatement ps =
                c.prepareStatement(
                    "SELECT seq, db_at, actor, action,"
                        + " entity, digest, detail, prev_hash FROM audit_event WHERE seq = 6");
            java.sql.ResultSet rs = ps.executeQuery()) {
          rs.next();
          e =
              new Object[] {
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8)
              };
        }
        String hash =
            AuditCodec.eventHash(
                (Long) e[0],
                back,
                (String) e[1],
                (String) e[2],
                (String) e[3],
                (String) e[4],
                (String) e[5],
                (String) e[6],
                (String) e[7]);
        try (PreparedStatement ps =
            c.prepareStatement("UPDATE audit_event SET at = ?, hash = ? WHERE seq = 6")) {
          ps.setString(1, back);
          ps.setString(2, hash);
          ps.executeUpdate();
        }
        try (PreparedStatement ps =
            c.prepareStatement("UPDATE audit_head SET hash = ? WHERE id = 1")) {
          ps.setString(1, hash);
          ps.executeUpdate();
        }
        if (!c.getAutoCommit()) {
          c.commit();
        }
      }
      AuditReport report = ws.verifyAudit();
      assertThat(report.findings())
          .extracting(AuditFinding::kind)
          .containsExactly(Kind.TIME_BACKWARDS);
      AuditFinding finding = report.findings().get(0);
      assertThat(finding.seq()).isEqualTo(OptionalLong.of(6));
      assertThat(finding.describe(Locale.ROOT)).contains("dated " + back, "earlier than event 5");
      assertThat(finding.describe(Message.SWEDISH)).contains("klockan ställdes tillbaka");
    }
  }

  private static AuditFinding firstProblem(Workspace ws, Kind kind, long seq, String entity) {
    AuditReport report = ws.verifyAudit();
    assertThat(report.intact()).isFalse();
    AuditFinding first = report.firstProblem().orElseThrow();
    assertThat(first.kind()).isEqualTo(kind);
    assertThat(first.seq()).isEqualTo(OptionalLong.of(seq));
    assertThat(first.entity()).isEqualTo(entity);
    assertThat(first.describe(Locale.ROOT)).contains(entity, String.valueOf(seq));
    return first;
  }

  private static void raw(Workspace ws, String... sql) throws SQLException {
    TestWorkspaces.executeRaw(ws, sql);
  }

  private static String sha256(String text) {
    return AuditCodec.sha256Hex(text);
  }
}
