package org.ocnkit.ledger.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.ocnkit.ledger.Hash;
import org.ocnkit.ledger.LogStore;
import org.ocnkit.ledger.NodeId;

/** A {@link LogStore} in memory: entries in a list, node hashes in one list per level. */
public final class MemoryLogStore implements LogStore {
  private final List<Hash> entries = new ArrayList<>();
  private final Map<Hash, Long> indexes = new HashMap<>();
  private final List<List<Hash>> levels = new ArrayList<>();
  private final List<StoredCheckpoint> checkpoints = new ArrayList<>();
  private long reads;

  @Override
  public long size() {
    return entries.size();
  }

  @Override
  public OptionalLong indexOf(Hash fingerprint) {
    Long index = indexes.get(fingerprint);
    return index == null ? OptionalLong.empty() : OptionalLong.of(index);
  }

  @Override
  public void forEachEntry(long from, long to, IndexedHashes sink) {
    for (long i = Math.max(0, from); i < Math.min(to, entries.size()); i++) {
      sink.accept(i, entries.get((int) i));
    }
  }

  @Override
  public List<Hash> hashes(List<NodeId> nodes) {
    List<Hash> out = new ArrayList<>(nodes.size());
    for (NodeId node : nodes) {
      Hash hash = get(node);
      if (hash == null) {
        throw StoreErrors.missingNode(node);
      }
      reads++;
      out.add(hash);
    }
    return out;
  }

  private Hash get(NodeId node) {
    if (node.level() >= levels.size()) {
      return null;
    }
    List<Hash> level = levels.get(node.level());
    return node.index() < level.size() ? level.get((int) node.index()) : null;
  }

  @Override
  public void forEachHash(int level, long from, long to, IndexedHashes sink) {
    if (level >= levels.size()) {
      return;
    }
    List<Hash> hashes = levels.get(level);
    for (long i = Math.max(0, from); i < Math.min(to, hashes.size()); i++) {
      reads++;
      sink.accept(i, hashes.get((int) i));
    }
  }

  @Override
  public void append(long firstIndex, List<Hash> fingerprints, Map<NodeId, Hash> nodes) {
    if (firstIndex != entries.size()) {
      throw new IllegalStateException(
          "entries are appended at index " + entries.size() + ", not " + firstIndex);
    }
    if (entries.size() + fingerprints.size() > Integer.MAX_VALUE - 8) {
      throw new IllegalStateException("the in-memory store holds at most 2^31 - 9 entries");
    }
    Map<Integer, Long> next = new HashMap<>();
    for (NodeId id : nodes.keySet()) {
      long expected =
          next.computeIfAbsent(
              id.level(), l -> l < levels.size() ? (long) levels.get(l).size() : 0L);
      if (id.index() != expected) {
        throw new IllegalStateException(
            "node " + id + " is not the next one of its level (" + expected + ")");
      }
      next.put(id.level(), expected + 1);
    }
    for (Map.Entry<NodeId, Hash> node : nodes.entrySet()) {
      while (levels.size() <= node.getKey().level()) {
        levels.add(new ArrayList<>());
      }
      levels.get(node.getKey().level()).add(node.getValue());
    }
    for (Hash fingerprint : fingerprints) {
      indexes.put(fingerprint, (long) entries.size());
      entries.add(fingerprint);
    }
  }

  @Override
  public void addCheckpoint(long treeSize, String signedNote, Instant createdAt) {
    checkpoints.add(new StoredCheckpoint(treeSize, signedNote, createdAt));
  }

  @Override
  public List<StoredCheckpoint> checkpoints() {
    return List.copyOf(checkpoints);
  }

  @Override
  public Optional<StoredCheckpoint> latestCheckpoint() {
    return checkpoints.isEmpty()
        ? Optional.empty()
        : Optional.of(checkpoints.get(checkpoints.size() - 1));
  }

  @Override
  public long hashReads() {
    return reads;
  }
}
