package org.ocnkit.ledger;

import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.ocnkit.EnvironmentException;
import org.ocnkit.ledger.internal.JdbcLogStore;
import org.ocnkit.ledger.internal.MemoryLogStore;

/**
 * Where a {@link TransparencyLog} keeps its data: the entries (32-byte fingerprints, by index), the
 * hashes of complete subtrees by {@link NodeId} (level and index), and the signed checkpoints. Only
 * complete subtrees are stored, so nothing stored ever changes: appending entry {@code n} writes
 * the entry, its leaf hash and the hashes of the subtrees it completes; roots and proofs for any
 * size are computed from {@code O(log n)} stored hashes.
 *
 * <p>A store is a plain keeper of values: the log computes every hash, and {@link
 * TransparencyLog#audit} recomputes them all to find a stored value that was altered. A store does
 * not commit: the JDBC store writes into the caller's transaction, so an entry appended together
 * with a certificate record is written or rolled back with it.
 *
 * <p>{@link #hashReads()} counts the stored hashes read, so tests and benchmarks can show that a
 * proof in a log of {@code n} entries reads about {@code 2 log2(n)} of them, whatever {@code n}.
 *
 * <p>Implementations are not thread-safe; the JDBC one is as safe as its connection.
 */
public interface LogStore {
  /** A store in memory, for tests and short-lived tools. */
  static LogStore inMemory() {
    return new MemoryLogStore();
  }

  /**
   * A store in the {@code ledger_entry}, {@code ledger_node} and {@code ledger_checkpoint} tables
   * of migration {@code V8__ledger.sql}, over {@code connection}. Never commits or rolls back; a
   * database failure is an {@link EnvironmentException}.
   */
  static LogStore jdbc(Connection connection) {
    return new JdbcLogStore(connection);
  }

  /** Receives stored values in index order. */
  @FunctionalInterface
  interface IndexedHashes {
    void accept(long index, Hash hash);
  }

  /** The number of entries. */
  long size();

  /** The index of the entry holding {@code fingerprint}, if it is in the log. */
  OptionalLong indexOf(Hash fingerprint);

  /** Passes the entries with index {@code from} to {@code to - 1} to {@code sink}, in order. */
  void forEachEntry(long from, long to, IndexedHashes sink);

  /**
   * The stored hashes of {@code nodes}, in the same order. Each counts as one {@linkplain
   * #hashReads() read}. A node that is not stored is an {@link EnvironmentException}: the store is
   * incomplete or was altered.
   */
  List<Hash> hashes(List<NodeId> nodes);

  /**
   * Passes the stored hashes of level {@code level} with index {@code from} to {@code to - 1} to
   * {@code sink}, in index order, skipping any that is missing. Each counts as one read.
   */
  void forEachHash(int level, long from, long to, IndexedHashes sink);

  /**
   * Appends entries and the node hashes they complete.
   *
   * @param firstIndex the index of the first new entry; must be {@link #size()}
   * @param fingerprints the new entries, in order
   * @param nodes the hashes of the new complete subtrees, leaves included
   */
  void append(long firstIndex, List<Hash> fingerprints, Map<NodeId, Hash> nodes);

  /** Keeps a signed checkpoint, in its published text. */
  void addCheckpoint(long treeSize, String signedNote, Instant createdAt);

  /** Every kept checkpoint, oldest first. */
  List<StoredCheckpoint> checkpoints();

  /** The most recently kept checkpoint, if any. */
  Optional<StoredCheckpoint> latestCheckpoint();

  /** How many stored hashes this store has read since it was made. */
  long hashReads();

  /**
   * A signed checkpoint as kept, in the text that was published.
   *
   * @param treeSize the checkpoint's tree size, as recorded when it was kept
   * @param signedNote the signed note text, byte for byte as published
   * @param createdAt when it was signed
   */
  record StoredCheckpoint(long treeSize, String signedNote, Instant createdAt) {
    public StoredCheckpoint {
      TreeHead.checkSize(treeSize, "tree size");
      java.util.Objects.requireNonNull(signedNote, "signedNote");
      java.util.Objects.requireNonNull(createdAt, "createdAt");
    }
  }
}
