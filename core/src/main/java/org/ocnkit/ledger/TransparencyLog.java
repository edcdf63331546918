package org.ocnkit.ledger;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Message;
import org.ocnkit.Problem;
import org.ocnkit.RefusedException;
import org.ocnkit.ledger.LogStore.StoredCheckpoint;
import org.ocnkit.ledger.internal.Auditor;
import org.ocnkit.ledger.internal.MerkleProver;
import org.ocnkit.ledger.internal.TileWriter;

/**
 * The transparency log of issued certificate fingerprints: an append-only RFC 6962 / RFC 9162
 * Merkle tree over a {@link LogStore}, with C2SP checkpoints signed by the log's Ed25519 key, proof
 * bundles for certificates, and publication as static C2SP tlog-tiles.
 *
 * <p>What it guarantees: an appended fingerprint stays at its index forever; every checkpoint it
 * signs is consistent with every checkpoint it signed before (it refuses to sign otherwise); each
 * append and each proof touches {@code O(log n)} stored hashes; {@link #audit} recomputes every
 * stored hash from the entries and names the first that was altered. What it does not: it holds no
 * personal data and knows nothing of certificates beyond their fingerprints, and it does not
 * commit: the caller's transaction decides.
 *
 * <pre>{@code
 * TransparencyLog log = new TransparencyLog(LogStore.jdbc(connection));
 * long index = log.append(fingerprint);
 * log.signCheckpoint(logKey, Instant.now());
 * ProofBundle bundle = log.proofBundle(fingerprint);   // goes into the certificate
 * }</pre>
 */
public final class TransparencyLog {
  private final LogStore store;
  private final MerkleProver prover;

  /** A log over {@code store}. */
  public TransparencyLog(LogStore store) {
    this.store = Objects.requireNonNull(store, "store");
    this.prover = new MerkleProver(store::hashes);
  }

  /** The store. */
  public LogStore store() {
    return store;
  }

  /** The number of entries. */
  public long size() {
    return store.size();
  }

  /**
   * Appends one fingerprint and returns its index. A fingerprint already in the log is not added
   * again: its existing index is returned, so retrying an issue is harmless.
   */
  public long append(Hash fingerprint) {
    return appendAll(List.of(fingerprint)).get(0);
  }

  /**
   * Appends fingerprints in order and returns the index of each, as {@link #append(Hash)} does.
   * Writes each new entry, its leaf hash and the hashes of the subtrees it completes; reads only
   * the {@code O(log n)} hashes of the tree's right border.
   */
  public List<Long> appendAll(List<Hash> fingerprints) {
    long size = store.size();
    List<Long> indexes = new ArrayList<>(fingerprints.size());
    List<Hash> added = new ArrayList<>();
    Map<Hash, Long> batch = new HashMap<>();
    for (Hash fingerprint : fingerprints) {
      Objects.requireNonNull(fingerprint, "fingerprint");
      Long known = batch.get(fingerprint);
      if (known == null) {
        OptionalLong stored = store.indexOf(fingerprint);
        known = stored.isPresent() ? stored.getAsLong() : null;
      }
      if (known == null) {
        known = size + added.size();
        added.add(fingerprint);
        batch.put(fingerprint, known);
      }
      indexes.add(known);
    }
    if (added.isEmpty()) {
      return indexes;
    }
    if (size + added.size() > TreeHead.MAX_SIZE) {
      throw new IllegalStateException("the log is full: 2^62 entries");
    }
    // The right border: the complete subtrees that make up [0, size), largest first.
    List<NodeId> borderIds = MerkleProver.cover(0, size);
    List<Hash> borderHashes = borderIds.isEmpty() ? List.of() : store.hashes(borderIds);
    Deque<NodeId> ids = new ArrayDeque<>(borderIds);
    Deque<Hash> hashes = new ArrayDeque<>(borderHashes);
    Map<NodeId, Hash> nodes = new LinkedHashMap<>();
    long index = size;
    for (Hash fingerprint : added) {
      NodeId node = new NodeId(0, index);
      Hash hash = Rfc6962.leafHash(fingerprint);
      nodes.put(node, hash);
      while (!ids.isEmpty() && ids.peekLast().level() == node.level()) {
        ids.removeLast();
        hash = Rfc6962.nodeHash(hashes.removeLast(), hash);
        node = new NodeId(node.level() + 1, node.index() >>> 1);
        nodes.put(node, hash);
      }
      ids.addLast(node);
      hashes.addLast(hash);
      index++;
    }
    store.append(size, added, sortedByLevel(nodes));
    return indexes;
  }

  /** Per level in index order, the order in which a store must receive them. */
  private static Map<NodeId, Hash> sortedByLevel(Map<NodeId, Hash> nodes) {
    Map<NodeId, Hash> sorted = new LinkedHashMap<>();
    nodes.entrySet().stream()
        .sorted(
            (a, b) ->
                a.getKey().level() != b.getKey().level()
                    ? Integer.compare(a.getKey().level(), b.getKey().level())
                    : Long.compare(a.getKey().index(), b.getKey().index()))
        .forEach(e -> sorted.put(e.getKey(), e.getValue()));
    return sorted;
  }

  /** The index of {@code fingerprint}, if it is in the log. */
  public OptionalLong indexOf(Hash fingerprint) {
    return store.indexOf(fingerprint);
  }

  /** The current tree head. */
  public TreeHead treeHead() {
    return treeHead(store.size());
  }

  /** The tree head at an earlier {@code size}. */
  public TreeHead treeHead(long size) {
    checkSize(size);
    return new TreeHead(size, prover.root(size));
  }

  /** The inclusion proof of entry {@code index} in the tree of {@code size}. */
  public InclusionProof inclusionProof(long index, long size) {
    checkSize(size);
    if (index < 0 || index >= size) {
      throw new InvalidInputException(
          Message.of(
              TransparencyLog.class,
              "log.indexBeyond",
              String.valueOf(index),
              String.valueOf(size)));
    }
    return prover.inclusion(index, size);
  }

  /**
   * The inclusion proof of the entry holding {@code fingerprint} in the tree of {@code size}. An
   * {@link InvalidInputException} when the fingerprint is not in that tree.
   */
  public InclusionProof inclusionProof(Hash fingerprint, long size) {
    return inclusionProof(requireIndex(fingerprint), size);
  }

  /** The consistency proof from size {@code from} (1 or more) to size {@code to}. */
  public ConsistencyProof consistencyProof(long from, long to) {
    checkSize(to);
    if (from < 1 || from > to) {
      throw new InvalidInputException(
          Message.of(
              TransparencyLog.class,
              "log.consistencySizes",
              String.valueOf(from),
              String.valueOf(to)));
    }
    return prover.consistency(from, to);
  }

  /**
   * Signs a checkpoint of the current tree with the log key and keeps it. The checkpoint's origin
   * is the key's name. Refused when the log no longer matches its latest checkpoint (its stored
   * hashes were altered or entries removed), or when that checkpoint has another origin: a log must
   * never sign two inconsistent checkpoints.
   */
  public SignedCheckpoint signCheckpoint(NoteSigningKey key, Instant now) {
    return signCheckpoint(key, now, List.of());
  }

  /**
   * {@link #signCheckpoint(NoteSigningKey, Instant)} with {@code extensions} as the checkpoint's
   * extension lines (C2SP tlog-checkpoint): ocnkit writes one, the audit chain's head, so that a
   * rollback of the history behind a signed checkpoint is noticed (issue 15 section 3).
   */
  public SignedCheckpoint signCheckpoint(NoteSigningKey key, Instant now, List<String> extensions) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(now, "now");
    TreeHead head = treeHead();
    Optional<StoredCheckpoint> latest = store.latestCheckpoint();
    if (latest.isPresent()) {
      SignedCheckpoint previous = parseStored(latest.get());
      if (!previous.checkpoint().origin().equals(key.name())) {
        throw new RefusedException(
            Message.of(
                TransparencyLog.class,
                "log.sign.otherOrigin",
                previous.checkpoint().origin(),
                key.name()));
      }
      long previousSize = previous.treeHead().size();
      if (previousSize > head.size()
          || !prover.root(previousSize).equals(previous.treeHead().rootHash())) {
        throw new RefusedException(
            Message.of(
                TransparencyLog.class, "log.sign.inconsistent", String.valueOf(previousSize)));
      }
    }
    SignedCheckpoint signed =
        SignedCheckpoint.sign(new Checkpoint(key.name(), head, extensions), key);
    store.addCheckpoint(head.size(), signed.encoded(), now);
    return signed;
  }

  /** The most recently signed checkpoint, if any. */
  public Optional<SignedCheckpoint> latestCheckpoint() {
    return store.latestCheckpoint().map(TransparencyLog::parseStored);
  }

  private static SignedCheckpoint parseStored(StoredCheckpoint stored) {
    try {
      return SignedCheckpoint.parse(stored.signedNote());
    } catch (InvalidInputException e) {
      throw new RefusedException(
          Message.of(
              TransparencyLog.class,
              "log.storedCheckpointMalformed",
              String.valueOf(stored.treeSize())));
    }
  }

  /**
   * The proof bundle for the certificate with {@code fingerprint}: its index, its inclusion proof
   * and the latest signed checkpoint. Refused when no checkpoint covers the entry yet: sign one
   * first.
   */
  public ProofBundle proofBundle(Hash fingerprint) {
    long index = requireIndex(fingerprint);
    SignedCheckpoint checkpoint =
        latestCheckpoint()
            .orElseThrow(
                () -> new RefusedException(Message.of(TransparencyLog.class, "log.noCheckpoint")));
    long size = checkpoint.treeHead().size();
    if (index >= size) {
      throw new RefusedException(
          Message.of(
              TransparencyLog.class,
              "log.notYetCheckpointed",
              String.valueOf(index),
              String.valueOf(size)));
    }
    return new ProofBundle(index, prover.inclusion(index, size).hashes(), checkpoint);
  }

  /**
   * Recomputes every stored hash from the entries and checks every kept checkpoint: its stored
   * size, that its root is the recomputed root at its size, and, with {@code logKey}, its
   * signature. Reads the whole log, in chunks; use it in {@code ocn log verify}, not on every
   * request.
   *
   * @param logKey the log's verifier key to check signatures with, or {@code null} to skip them
   */
  public LogAudit audit(NoteVerifierKey logKey) {
    LogAudit tree = Auditor.auditTree(store);
    if (!tree.passed()) {
      return tree;
    }
    List<Problem> problems = new ArrayList<>(tree.problems());
    int number = 0;
    for (StoredCheckpoint stored : store.checkpoints()) {
      number++;
      String where = "ledger_checkpoint #" + number;
      SignedCheckpoint checkpoint;
      try {
        checkpoint = SignedCheckpoint.parse(stored.signedNote());
      } catch (InvalidInputException e) {
        problems.add(problem(where, "audit.checkpoint.malformed", e.problems().get(0).toString()));
        continue;
      }
      long size = checkpoint.treeHead().size();
      if (size != stored.treeSize()) {
        problems.add(
            problem(
                where,
                "audit.checkpoint.sizeColumn",
                String.valueOf(stored.treeSize()),
                String.valueOf(size)));
      }
      if (size > tree.size()) {
        problems.add(
            problem(
                where,
                "audit.checkpoint.beyond",
                String.valueOf(size),
                String.valueOf(tree.size())));
        continue;
      }
      Hash root = prover.root(size);
      if (!root.equals(checkpoint.treeHead().rootHash())) {
        problems.add(
            problem(
                where,
                "audit.checkpoint.root",
                String.valueOf(size),
                checkpoint.treeHead().rootHash().base64(),
                root.base64()));
      }
      if (logKey != null) {
        LogCheck signature = checkpoint.verify(logKey);
        if (!signature.passed()) {
          problems.add(new Problem(where, signature.message()));
        }
      }
    }
    return new LogAudit(tree.size(), tree.firstMismatch(), problems);
  }

  private static Problem problem(String where, String key, Object... args) {
    return new Problem(where, Message.of(TransparencyLog.class, key, args));
  }

  /**
   * Publishes the log at its latest signed checkpoint into {@code dir} as C2SP tlog-tiles: the
   * checkpoint, hash tiles and entry bundles (see {@link TilePath}), and the partial tiles of every
   * earlier checkpoint's size, as C2SP tlog-tiles asks. Tiles already there are kept; the
   * checkpoint is written last, keeping the witness cosignatures of the one already there when it
   * is the same checkpoint. Refused when there is no checkpoint, when the store no longer matches
   * it, or when {@code dir} holds another log or a newer or inconsistent checkpoint.
   */
  public PublishResult publish(Path dir) {
    SignedCheckpoint checkpoint =
        latestCheckpoint()
            .orElseThrow(
                () -> new RefusedException(Message.of(TransparencyLog.class, "log.noCheckpoint")));
    TreeHead head = checkpoint.treeHead();
    if (head.size() > store.size() || !prover.root(head.size()).equals(head.rootHash())) {
      throw new RefusedException(
          Message.of(TransparencyLog.class, "log.sign.inconsistent", String.valueOf(head.size())));
    }
    List<Long> earlierSizes = store.checkpoints().stream().map(StoredCheckpoint::treeSize).toList();
    return TileWriter.publish(
        store, keepCosignatures(checkpoint, dir), earlierSizes, dir, prover::root);
  }

  /**
   * When {@code dir} already publishes this very checkpoint (same text), the signature lines of
   * other keys on it (witness cosignatures) are kept: publishing again does not undo the witnesses'
   * work. A changed or unreadable checkpoint keeps nothing.
   */
  private static SignedCheckpoint keepCosignatures(SignedCheckpoint checkpoint, Path dir) {
    Path file = dir.resolve(TilePath.CHECKPOINT);
    SignedCheckpoint published;
    try {
      published = SignedCheckpoint.parse(java.nio.file.Files.readAllBytes(file));
    } catch (java.io.IOException | InvalidInputException e) {
      return checkpoint;
    }
    if (!published.note().text().equals(checkpoint.note().text())) {
      return checkpoint;
    }
    SignedCheckpoint merged = checkpoint;
    for (NoteSignature line : published.note().signatures()) {
      if (!line.keyName().equals(checkpoint.checkpoint().origin())) {
        merged = merged.withSignature(line);
      }
    }
    return merged;
  }

  private long requireIndex(Hash fingerprint) {
    Objects.requireNonNull(fingerprint, "fingerprint");
    OptionalLong index = store.indexOf(fingerprint);
    if (index.isEmpty()) {
      throw new InvalidInputException(
          Message.of(TransparencyLog.class, "log.unknownFingerprint", fingerprint.hex()));
    }
    return index.getAsLong();
  }

  private void checkSize(long size) {
    long current = store.size();
    if (size < 0 || size > current) {
      throw new InvalidInputException(
          Message.of(
              TransparencyLog.class,
              "log.sizeBeyond",
              String.valueOf(size),
              String.valueOf(current)));
    }
  }
}
