package org.ocnkit.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ocnkit.EnvironmentException;
import org.ocnkit.RefusedException;

/**
 * The JDBC store on real SQLite and PostgreSQL, with the tables of {@code V8__ledger.sql} as
 * shipped: the same roots and proofs as the in-memory store, writes inside the caller's
 * transaction, and tampering found by the audit.
 */
class JdbcLogStoreTest {
  enum Engine {
    SQLITE,
    POSTGRESQL
  }

  @TempDir Path dir;
  private Connection connection;

  private Connection open(Engine engine) throws SQLException {
    connection = engine == Engine.SQLITE ? Databases.sqlite(dir) : Databases.postgres();
    return connection;
  }

  @AfterEach
  void close() throws SQLException {
    if (connection != null) {
      connection.rollback();
      connection.close();
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void givesTheSameRootsAndProofsAsTheInMemoryStore(Engine engine) throws SQLException {
    TransparencyLog db = new TransparencyLog(LogStore.jdbc(open(engine)));
    TransparencyLog memory = new TransparencyLog(LogStore.inMemory());
    List<Hash> fingerprints = Fingerprints.fingerprints(21, 700);
    Random random = new Random(4);
    for (int from = 0; from < fingerprints.size(); ) {
      int to = Math.min(fingerprints.size(), from + 1 + random.nextInt(60));
      List<Hash> batch = fingerprints.subList(from, to);
      assertThat(db.appendAll(batch)).isEqualTo(memory.appendAll(batch));
      from = to;
    }
    assertThat(db.size()).isEqualTo(700);
    for (long size = 0; size <= 700; size++) {
      assertThat(db.treeHead(size)).as("size %d", size).isEqualTo(memory.treeHead(size));
    }
    for (int i = 0; i < 60; i++) {
      long size = 1 + random.nextInt(700);
      long index = random.nextInt((int) size);
      long from = 1 + random.nextInt((int) size);
      assertThat(db.inclusionProof(index, size)).isEqualTo(memory.inclusionProof(index, size));
      assertThat(db.consistencyProof(from, size)).isEqualTo(memory.consistencyProof(from, size));
    }
    assertThat(db.indexOf(fingerprints.get(432))).hasValue(432);
    assertThat(db.append(fingerprints.get(432))).isEqualTo(432);
    assertThat(db.size()).isEqualTo(700);
    assertThat(db.audit(null).passed()).isTrue();
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void proofsReadFewStoredHashes(Engine engine) throws SQLException {
    LogStore store = LogStore.jdbc(open(engine));
    TransparencyLog log = new TransparencyLog(store);
    log.appendAll(Fingerprints.fingerprints(22, 1000));
    long before = store.hashReads();
    log.inclusionProof(517, 1000);
    assertThat(store.hashReads() - before).isLessThanOrEqualTo(2 * 10 + 2);
    before = store.hashReads();
    log.consistencyProof(333, 1000);
    assertThat(store.hashReads() - before).isLessThanOrEqualTo(2 * 10 + 2);
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void checkpointsAreKeptInOrderAndReadBackAsSigned(Engine engine) throws SQLException {
    LogStore store = LogStore.jdbc(open(engine));
    TransparencyLog log = new TransparencyLog(store);
    NoteSigningKey key = NoteSigningKey.generate("ocn.example/log");
    log.appendAll(Fingerprints.fingerprints(23, 10));
    SignedCheckpoint first = log.signCheckpoint(key, Instant.parse("2026-11-23T10:00:00Z"));
    log.appendAll(Fingerprints.fingerprints(24, 5));
    SignedCheckpoint second = log.signCheckpoint(key, Instant.parse("2026-11-23T11:00:00Z"));

    assertThat(log.latestCheckpoint()).contains(second);
    assertThat(store.checkpoints())
        .extracting(
            LogStore.StoredCheckpoint::treeSize,
            LogStore.StoredCheckpoint::signedNote,
            LogStore.StoredCheckpoint::createdAt)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                10L, first.encoded(), Instant.parse("2026-11-23T10:00:00Z")),
            org.assertj.core.groups.Tuple.tuple(
                15L, second.encoded(), Instant.parse("2026-11-23T11:00:00Z")));
    assertThat(second.verify(key.verifierKey()).passed()).isTrue();
    assertThat(log.audit(key.verifierKey()).passed()).isTrue();
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void aRolledBackTransactionLeavesNoEntryNoHashNoCheckpoint(Engine engine) throws SQLException {
    Connection c = open(engine);
    TransparencyLog log = new TransparencyLog(LogStore.jdbc(c));
    log.appendAll(Fingerprints.fingerprints(25, 3));
    c.commit();
    log.appendAll(Fingerprints.fingerprints(26, 40));
    log.signCheckpoint(NoteSigningKey.generate("ocn.example/log"), Instant.now());
    c.rollback();
    assertThat(log.size()).isEqualTo(3);
    assertThat(count(c, "ledger_node")).isEqualTo(3 + 1);
    assertThat(count(c, "ledger_checkpoint")).isZero();
    assertThat(log.audit(null).passed()).isTrue();
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void aChangedStoredHashIsNamedByTheAudit(Engine engine) throws SQLException {
    Connection c = open(engine);
    TransparencyLog log = new TransparencyLog(LogStore.jdbc(c));
    NoteSigningKey key = NoteSigningKey.generate("ocn.example/log");
    log.appendAll(Fingerprints.fingerprints(27, 100));
    log.signCheckpoint(key, Instant.now());
    Hash original = hashOf(c, 2, 7);
    Hash forged = Fingerprints.flip(original, 5, 3);
    execute(c, "UPDATE ledger_node SET hash = '" + forged.hex() + "' WHERE level = 2 AND idx = 7");

    LogAudit audit = log.audit(key.verifierKey());
    assertThat(audit.passed()).isFalse();
    assertThat(audit.firstMismatch()).isPresent();
    assertThat(audit.firstMismatch().get().node()).isEqualTo(new NodeId(2, 7));
    assertThat(audit.firstMismatch().get().stored()).contains(forged);
    assertThat(audit.firstMismatch().get().expected()).isEqualTo(original);
    assertThat(audit.problems().get(0).location()).isEqualTo("ledger_node (2, 7)");
    assertThat(audit.problems().get(0).message().key()).isEqualTo("audit.nodeMismatch");

    // A proof that uses the altered node no longer leads to the signed root.
    SignedCheckpoint signed = log.latestCheckpoint().orElseThrow();
    BundleVerification bundle =
        log.proofBundle(Fingerprints.fingerprint(27, 25))
            .verify(Fingerprints.fingerprint(27, 25), key.verifierKey());
    assertThat(bundle.checkpoint().passed()).isTrue();
    assertThat(bundle.inclusion().passed()).isFalse();
    assertThat(signed.treeHead().size()).isEqualTo(100);
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void aLogWhoseRootNoLongerMatchesItsCheckpointIsNotSignedAgain(Engine engine)
      throws SQLException {
    Connection c = open(engine);
    TransparencyLog log = new TransparencyLog(LogStore.jdbc(c));
    NoteSigningKey key = NoteSigningKey.generate("ocn.example/log");
    log.appendAll(Fingerprints.fingerprints(31, 100));
    log.signCheckpoint(key, Instant.now());
    log.appendAll(Fingerprints.fingerprints(32, 10));
    // 100 = 64 + 32 + 4: the root of size 100 is made of nodes (6, 0), (5, 2) and (2, 24).
    Hash forged = Fingerprints.flip(hashOf(c, 5, 2), 0, 0);
    execute(c, "UPDATE ledger_node SET hash = '" + forged.hex() + "' WHERE level = 5 AND idx = 2");
    assertThatThrownBy(() -> log.signCheckpoint(key, Instant.now()))
        .isInstanceOf(RefusedException.class)
        .satisfies(e -> assertThat(Problems.firstKey(e)).isEqualTo("log.sign.inconsistent"));
    assertThat(log.audit(key.verifierKey()).firstMismatch().map(LogAudit.NodeMismatch::node))
        .contains(new NodeId(5, 2));
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void aChangedOrDeletedEntryIsNamedByTheAudit(Engine engine) throws SQLException {
    Connection c = open(engine);
    TransparencyLog log = new TransparencyLog(LogStore.jdbc(c));
    log.appendAll(Fingerprints.fingerprints(28, 50));
    execute(
        c,
        "UPDATE ledger_entry SET fingerprint = '"
            + Fingerprints.fingerprint(0, 0).hex()
            + "' WHERE idx = 33");
    LogAudit audit = log.audit(null);
    assertThat(audit.firstMismatch().map(LogAudit.NodeMismatch::node)).contains(new NodeId(0, 33));

    execute(c, "DELETE FROM ledger_entry WHERE idx = 12");
    audit = log.audit(null);
    assertThat(audit.firstMismatch()).isEmpty();
    assertThat(audit.problems().get(0).message().key()).isEqualTo("audit.entryMissing");
    assertThat(audit.problems().get(0).location()).isEqualTo("ledger_entry 12");
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void aDeletedNodeIsNamedByTheAuditAndStopsProofsThatNeedIt(Engine engine) throws SQLException {
    Connection c = open(engine);
    TransparencyLog log = new TransparencyLog(LogStore.jdbc(c));
    log.appendAll(Fingerprints.fingerprints(29, 64));
    execute(c, "DELETE FROM ledger_node WHERE level = 3 AND idx = 2");
    LogAudit audit = log.audit(null);
    assertThat(audit.firstMismatch().map(LogAudit.NodeMismatch::node)).contains(new NodeId(3, 2));
    assertThat(audit.firstMismatch().get().stored()).isEmpty();
    // Entry 25 of a tree of 40 has node (3, 2), entries 16-23, as a sibling.
    assertThatThrownBy(() -> log.inclusionProof(25, 40))
        .isInstanceOf(EnvironmentException.class)
        .satisfies(e -> assertThat(Problems.firstKey(e)).isEqualTo("store.missingNode"));
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void aRewrittenCheckpointIsNamedByTheAudit(Engine engine) throws SQLException {
    Connection c = open(engine);
    TransparencyLog log = new TransparencyLog(LogStore.jdbc(c));
    NoteSigningKey key = NoteSigningKey.generate("ocn.example/log");
    log.appendAll(Fingerprints.fingerprints(30, 20));
    log.signCheckpoint(key, Instant.now());
    // A checkpoint signed by the real key over another root: the log signed something else.
    Hash otherRoot = Fingerprints.fingerprint(99, 99);
    String forged =
        SignedCheckpoint.sign(new Checkpoint(key.name(), new TreeHead(20, otherRoot)), key)
            .encoded();
    try (PreparedStatement s = c.prepareStatement("UPDATE ledger_checkpoint SET note = ?")) {
      s.setString(1, forged);
      s.executeUpdate();
    }
    LogAudit audit = log.audit(key.verifierKey());
    assertThat(audit.firstMismatch()).isEmpty();
    assertThat(audit.problems()).hasSize(1);
    assertThat(audit.problems().get(0).message().key()).isEqualTo("audit.checkpoint.root");
    assertThat(audit.problems().get(0).location()).isEqualTo("ledger_checkpoint #1");

    LogAudit otherKey = log.audit(NoteSigningKey.generate(key.name()).verifierKey());
    assertThat(otherKey.problems())
        .extracting(p -> p.message().key())
        .contains("note.verify.noKnownKey");
  }

  private static Hash hashOf(Connection c, int level, long idx) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("SELECT hash FROM ledger_node WHERE level = ? AND idx = ?")) {
      s.setLong(1, level);
      s.setLong(2, idx);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return Hash.fromHex(r.getString(1));
      }
    }
  }

  private static long count(Connection c, String table) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
      r.next();
      return r.getLong(1);
    }
  }

  private static void execute(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.executeUpdate(sql);
    }
  }
}
