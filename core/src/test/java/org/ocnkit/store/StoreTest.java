package org.ocnkit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocnkit.EnvironmentException;
import org.ocnkit.Message;
import org.ocnkit.RefusedException;
import org.ocnkit.store.testing.Engine;
import org.ocnkit.store.testing.OnEveryEngine;
import org.ocnkit.store.testing.TestClock;
import org.ocnkit.store.testing.TestWorkspaces;

class StoreTest {
  @TempDir Path dir;

  @OnEveryEngine
  void insertAppendsAnEventThatChainsFromGenesis(Engine engine) throws Exception {
    TestClock clock = new TestClock();
    try (Workspace ws = TestWorkspaces.create(engine, dir, clock)) {
      Notes.createTable(ws);
      long id = ws.store().write("anna", tx -> Notes.add(tx, "hej"));

      List<AuditEvent> log = ws.store().auditLog(AuditQuery.ALL);
      assertThat(log).hasSize(1);
      AuditEvent e = log.get(0);
      assertThat(e.seq()).isEqualTo(1);
      assertThat(e.entity()).isEqualTo("note:" + id);
      assertThat(e.action()).isEqualTo("note.add");
      assertThat(e.actor()).isEqualTo("anna");
      assertThat(e.at()).isEqualTo(TestClock.START);
      assertThat(e.detail()).isEmpty();
      assertThat(e.prevHash()).isEqualTo("0".repeat(64));
      assertThat(ws.verifyAudit().intact()).isTrue();
    }
  }

  @OnEveryEngine
  void updateRecordsTheNewStateAndVerifies(Engine engine) throws Exception {
    try (Workspace ws = TestWorkspaces.create(engine, dir)) {
      Notes.createTable(ws);
      long id = ws.store().write("anna", tx -> Notes.add(tx, "first"));
      ws.store()
          .write(
              "bo",
              tx -> {
                tx.update("note", id, Map.of("text", "second"), "note.edit");
                return null;
              });

      List<AuditEvent> log = ws.store().auditLog(AuditQuery.entity("note:" + id));
      assertThat(log).extracting(AuditEvent::action).containsExactly("note.add", "note.edit");
      assertThat(log.get(0).digest()).isNotEqualTo(log.get(1).digest());
      assertThat(log.get(1).prevHash()).isEqualTo(log.get(0).hash());
      Optional<String> text =
          ws.store()
              .read(
                  tx ->
                      tx.queryOne(
                          "SELECT text FROM note WHERE id = ?", row -> row.getString("text"), id));
      assertThat(text).contains("second");
      assertThat(ws.verifyAudit().intact()).isTrue();
    }
  }

  @OnEveryEngine
  void workThatThrowsAfterTwoInsertsLeavesNoRowsAndNoEvents(Engine engine) throws Exception {
    try (Workspace ws = TestWorkspaces.create(engine, dir)) {
      Notes.createTable(ws);
      IllegalStateException failure = new IllegalStateException("halfway");

      assertThatThrownBy(
              () ->
                  ws.store()
                      .write(
                          "anna",
                          tx -> {
                            Notes.add(tx, "one");
                            Notes.add(tx, "two");
                            throw failure;
                          }))
          .isSameAs(failure);

      assertThat(Notes.count(ws)).isZero();
      assertThat(Notes.events(ws)).isZero();
      ws.store().write("anna", tx -> Notes.add(tx, "three"));
      assertThat(ws.store().auditLog(AuditQuery.ALL))
          .extracting(AuditEvent::seq)
          .containsExactly(1L);
      assertThat(ws.verifyAudit().intact()).isTrue();
    }
  }

  @OnEveryEngine
  void aRefusalInsideTheWorkPropagatesUnchangedAndRollsBack(Engine engine) throws Exception {
    try (Workspace ws = TestWorkspaces.create(engine, dir)) {
      Notes.createTable(ws);
      RefusedException refused = new RefusedException(Message.of(Store.class, "database.busy"));
      assertThatThrownBy(
              () ->
                  ws.store()
                      .write(
                          "anna",
                          tx -> {
                            Notes.add(tx, "one");
                            tx.event("note.plan", "plan:1", "{}");
                            throw refused;
                          }))
          .isSameAs(refused);
      assertThat(Notes.count(ws)).isZero();
      assertThat(Notes.events(ws)).isZero();
    }
  }

  @OnEveryEngine
  void aFailedStatementRollsBackTheWholeTransaction(Engine engine) throws Exception {
    try (Workspace ws = TestWorkspaces.create(engine, dir)) {
      Notes.createTable(ws);
      assertThatThrownBy(
              () ->
                  ws.store()
                      .write(
                          "anna",
                          tx -> {
                            Notes.add(tx, "one");
                            return tx.insert("note", Map.of("no_such_column", "x"), "note.add");
                          }))
          .isInstanceOf(EnvironmentException.class);
      assertThat(Notes.count(ws)).isZero();
      assertThat(Notes.events(ws)).isZero();
    }
  }

  @OnEveryEngine
  void aReadTransactionCannotWrite(Engine engine) throws Exception {
    try (Workspace ws = TestWorkspaces.create(engine, dir)) {
      Notes.createTable(ws);
      assertThatThrownBy(
              () ->
                  ws.store()
                      .read(
                          tx ->
                              tx.connection()
                                  .createStatement()
                                  .executeUpdate("INSERT INTO note (text) VALUES ('x')")))
          .isInstanceOf(EnvironmentException.class);
      assertThatThrownBy(() -> ws.store().read(tx -> Notes.add((Tx) tx, "x")))
          .isInstanceOf(IllegalStateException.class);
      assertThat(Notes.count(ws)).isZero();
      ws.store().write("anna", tx -> Notes.add(tx, "after"));
      assertThat(Notes.count(ws)).isEqualTo(1);
    }
  }

  @OnEveryEngine
  void workCannotCommitHalfOfItsChanges(Engine engine) throws Exception {
    try (Workspace ws = TestWorkspaces.create(engine, dir)) {
      Notes.createTable(ws);
      assertThatThrownBy(
              () ->
                  ws.store()
                      .write(
                          "anna",
                          tx -> {
                            Notes.add(tx, "one");
                            tx.connection().commit();
                            return Notes.add(tx, "two");
                          }))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("commit");
      assertThatThrownBy(
              () ->
                  ws.store()
                      .write(
                          "anna",
                          tx -> {
                            tx.connection().setAutoCommit(true);
                            return Notes.add(tx, "three");
                          }))
          .isInstanceOf(IllegalStateException.class);
      assertThat(Notes.count(ws)).isZero();
      assertThat(Notes.events(ws)).isZero();
    }
  }

  @Test
  void transactionsDoNotNest() {
    try (Workspace ws = TestWorkspaces.create(Engine.SQLITE, dir)) {
      assertThatThrownBy(() -> ws.store().write("anna", tx -> ws.store().read(inner -> 1)))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("pass its Tx down");
      int two = ws.store().read(tx -> 2);
      assertThat(two).isEqualTo(2);
    }
  }

  @Test
  void aTransactionCannotBeUsedAfterItsWork() {
    try (Workspace ws = TestWorkspaces.create(Engine.SQLITE, dir)) {
      AtomicReference<ReadTx> leaked = new AtomicReference<>();
      ws.store()
          .read(
              tx -> {
                leaked.set(tx);
                return null;
              });
      assertThatThrownBy(() -> leaked.get().queryLong("SELECT 1"))
          .isInstanceOf(IllegalStateException.class);
    }
  }

  @OnEveryEngine
  void timeComesFromTheWorkspaceClock(Engine engine) throws Exception {
    TestClock clock = new TestClock();
    try (Workspace ws = TestWorkspaces.create(engine, dir, clock)) {
      Notes.createTable(ws);
      clock.advance(Period.ofYears(3));
      clock.advance(Duration.ofMillis(1234));
      Instant expected = TestClock.START.plus(Period.ofDays(1096)).plusMillis(1234);
      ws.store()
          .write(
              "anna",
              tx -> {
                assertThat(tx.now()).isEqualTo(expected);
                assertThat(tx.today()).isEqualTo(LocalDate.of(2028, 3, 3));
                return Notes.add(tx, "later");
              });
      assertThat(ws.store().auditLog(AuditQuery.ALL).get(0).at()).isEqualTo(expected);

      // A clock behind the last event cannot back-date anything: the write is refused.
      Store past = ws.store().withClock(new TestClock());
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> past.write("anna", tx -> Notes.add(tx, "back-dated")))
          .isInstanceOf(org.ocnkit.EnvironmentException.class)
          .hasMessageContaining("2025-03-03T08:00:00.000Z")
          .hasMessageContaining("2028-03-03T08:00:01.234Z");
      assertThat(ws.store().auditLog(AuditQuery.ALL)).hasSize(1);
    }
  }

  enum Colour {
    RED
  }

  @OnEveryEngine
  void portableValuesAreStoredAsDocumented(Engine engine) throws Exception {
    try (Workspace ws = TestWorkspaces.create(engine, dir)) {
      Notes.createTable(ws);
      Map<String, Object> values = new LinkedHashMap<>();
      values.put("text", Colour.RED);
      values.put("n", 42);
      values.put("day", LocalDate.of(2025, 3, 1));
      values.put("flag", true);
      values.put("data", new byte[] {1, 2, (byte) 0xff});
      long a = ws.store().write("anna", tx -> tx.insert("note", values, "note.add"));
      Map<String, Object> others = new LinkedHashMap<>();
      others.put("text", new BigDecimal("0.20"));
      others.put("n", null);
      others.put("day", Instant.parse("2025-03-01T09:30:00Z"));
      others.put("flag", false);
      long b = ws.store().write("anna", tx -> tx.insert("note", others, "note.add"));

      ws.store()
          .read(
              tx -> {
                Row unused = null;
                tx.queryOne(
                    "SELECT * FROM note WHERE id = ?",
                    row -> {
                      assertThat(row.getEnum("text", Colour.class)).isEqualTo(Colour.RED);
                      assertThat(row.getLong("n")).isEqualTo(42);
                      assertThat(row.getLocalDate("day")).isEqualTo(LocalDate.of(2025, 3, 1));
                      assertThat(row.getBoolean("flag")).isTrue();
                      assertThat(row.optBytes("data"))
                          .hasValueSatisfying(d -> assertThat(d).containsExactly(1, 2, 0xff));
                      return unused;
                    },
                    a);
                tx.queryOne(
                    "SELECT * FROM note WHERE id = ?",
                    row -> {
                      assertThat(row.getString("text")).isEqualTo("0.20");
                      assertThat(row.optLong("n")).isEmpty();
                      assertThatThrownBy(() -> row.getLong("n"))
                          .isInstanceOf(IllegalStateException.class);
                      assertThat(row.getInstant("day"))
                          .isEqualTo(Instant.parse("2025-03-01T09:30:00Z"));
                      assertThat(row.getString("day")).isEqualTo("2025-03-01T09:30:00.000Z");
                      assertThat(row.getBoolean("flag")).isFalse();
                      assertThat(row.isNull("data")).isTrue();
                      return unused;
                    },
                    b);
                return null;
              });
      assertThat(ws.verifyAudit().intact()).isTrue();
    }
  }

  /**
   * The digests and hashes follow the byte layout documented in AuditCodec, re-implemented here
   * independently, and come out the same on SQLite and PostgreSQL.
   */
  @Test
  void digestsAndHashesFollowTheDocumentedEncodingOnBothEngines() throws Exception {
    List<AuditEvent> events = new ArrayList<>();
    for (Engine engine : Engine.values()) {
      try (Workspace ws = TestWorkspaces.create(engine, dir.resolve(engine.name()))) {
        Notes.createTable(ws);
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("text", "Åsa");
        values.put("n", -7L);
        values.put("day", "");
        values.put("data", new byte[] {0x0a, (byte) 0xbc});
        ws.store().write("anna", tx -> tx.insert("note", values, "note.add"));
        events.add(ws.store().auditLog(AuditQuery.ALL).get(0));
      }
    }
    // PostgreSQL also records its server's time (db_at), which enters the hash: everything else
    // is the same on both engines.
    assertThat(events.get(0))
        .usingRecursiveComparison()
        .ignoringFields("hash")
        .isEqualTo(events.get(1));

    ByteArrayOutputStream row = new ByteArrayOutputStream();
    field(row, "ocnkit-row-v1");
    field(row, "data");
    row.write('b');
    field(row, "0abc");
    field(row, "day");
    row.write('s');
    field(row, "");
    field(row, "flag");
    row.write('n');
    field(row, "id");
    row.write('i');
    field(row, "1");
    field(row, "n");
    row.write('i');
    field(row, "-7");
    field(row, "text");
    row.write('s');
    field(row, "Åsa");
    AuditEvent e = events.get(0);
    assertThat(e.digest()).isEqualTo(sha256(row.toByteArray()));

    ByteArrayOutputStream event = new ByteArrayOutputStream();
    field(event, "ocnkit-audit-v1");
    field(event, "1");
    field(event, "2025-03-03T08:00:00.000Z");
    field(event, "anna");
    field(event, "note.add");
    field(event, "note:1");
    field(event, e.digest());
    event.write(new byte[] {(byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff});
    field(event, "0".repeat(64));
    assertThat(e.hash()).isEqualTo(sha256(event.toByteArray()));
  }

  @OnEveryEngine
  void anEventThatIsNotARowChangeCarriesItsDetail(Engine engine) throws Exception {
    try (Workspace ws = TestWorkspaces.create(engine, dir)) {
      String detail = "{\"sampled\":[3,7]}";
      long seq =
          ws.store().write("mona", tx -> tx.event("moderation.plan", "plan:2025-Q1", detail));
      AuditEvent e = ws.store().auditLog(AuditQuery.entity("plan:2025-Q1")).get(0);
      assertThat(e.seq()).isEqualTo(seq);
      assertThat(e.detail()).contains(detail);
      assertThat(e.digest()).isEqualTo(sha256(detail.getBytes(StandardCharsets.UTF_8)));
      assertThat(ws.verifyAudit().intact()).isTrue();
    }
  }

  @OnEveryEngine
  void theAuditLogFiltersByRecordOrTableAndKeepsTheLastEvents(Engine engine) throws Exception {
    try (Workspace ws = TestWorkspaces.create(engine, dir)) {
      Notes.createTable(ws);
      for (int i = 0; i < 5; i++) {
        String text = "n" + i;
        ws.store().write("anna", tx -> Notes.add(tx, text));
      }
      ws.store().write("anna", tx -> tx.event("note.export", "export:1", "x"));

      assertThat(ws.store().auditLog(AuditQuery.ALL)).hasSize(6);
      assertThat(ws.store().auditLog(AuditQuery.entity("note"))).hasSize(5);
      assertThat(ws.store().auditLog(AuditQuery.entity("note:3")))
          .extracting(AuditEvent::seq)
          .containsExactly(3L);
      assertThat(ws.store().auditLog(AuditQuery.entity("note").last(2)))
          .extracting(AuditEvent::entity)
          .containsExactly("note:4", "note:5");
      assertThat(ws.store().auditLog(AuditQuery.entity("not"))).isEmpty();
    }
  }

  @Test
  void theApiRefusesToWriteOutsideTheAuditOrWithBadNames() throws Exception {
    try (Workspace ws = TestWorkspaces.create(Engine.SQLITE, dir)) {
      Notes.createTable(ws);
      Store store = ws.store();
      assertThatThrownBy(
              () ->
                  store.write("anna", tx -> tx.insert("audit_event", Map.of("seq", 1), "note.add")))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(
              () ->
                  store.write(
                      "anna", tx -> tx.insert("flyway_schema_history", Map.of(), "note.add")))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(
              () ->
                  store.write(
                      "anna", tx -> tx.insert("note; DROP TABLE note", Map.of(), "note.add")))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(
              () -> store.write("anna", tx -> tx.insert("note", Map.of("text", "x"), "Add Note")))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> store.write(" ", tx -> Notes.add(tx, "x")))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(
              () ->
                  store.write(
                      "anna",
                      tx -> {
                        Notes.add(tx, "x");
                        tx.update("note", 99, Map.of("text", "y"), "note.edit");
                        return null;
                      }))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("note:99");
      assertThatThrownBy(
              () ->
                  store.write(
                      "anna",
                      tx -> {
                        tx.update("note", Notes.add(tx, "x"), Map.of("id", 5), "note.edit");
                        return null;
                      }))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(
              () ->
                  store.write(
                      "anna", tx -> tx.insert("note", Map.of("text", new Object()), "note.add")))
          .isInstanceOf(IllegalArgumentException.class);
      assertThat(Notes.count(ws)).isZero();
      assertThat(Notes.events(ws)).isZero();
    }
  }

  @OnEveryEngine
  void threadsWritingAtOnceKeepOneChain(Engine engine) throws Exception {
    try (Workspace ws = TestWorkspaces.create(engine, dir)) {
      Notes.createTable(ws);
      ExecutorService pool = Executors.newFixedThreadPool(4);
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        String actor = "thread-" + t;
        done.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < 25; i++) {
                    String text = actor + "-" + i;
                    ws.store().write(actor, tx -> Notes.add(tx, text));
                  }
                }));
      }
      for (Future<?> f : done) {
        f.get();
      }
      pool.shutdown();
      assertThat(pool.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
      assertThat(Notes.count(ws)).isEqualTo(100);
      AuditReport report = ws.verifyAudit();
      assertThat(report.findings()).isEmpty();
      assertThat(report.events()).isEqualTo(100);
    }
  }

  @Test
  void queryOneRefusesSeveralRows() throws Exception {
    try (Workspace ws = TestWorkspaces.create(Engine.SQLITE, dir)) {
      Notes.createTable(ws);
      ws.store()
          .write(
              "anna",
              tx -> {
                Notes.add(tx, "a");
                return Notes.add(tx, "b");
              });
      assertThatThrownBy(
              () ->
                  ws.store()
                      .read(tx -> tx.queryOne("SELECT id FROM note", row -> row.getLong("id"))))
          .isInstanceOf(IllegalStateException.class);
      Optional<Long> none =
          ws.store()
              .read(
                  tx ->
                      tx.queryOne(
                          "SELECT id FROM note WHERE text = ?", row -> row.getLong("id"), "zz"));
      assertThat(none).isEmpty();
    }
  }

  private static void field(ByteArrayOutputStream out, String value) {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    out.write(bytes.length >>> 24);
    out.write(bytes.length >>> 16);
    out.write(bytes.length >>> 8);
    out.write(bytes.length);
    out.writeBytes(bytes);
  }

  private static String sha256(byte[] data) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
  }
}
