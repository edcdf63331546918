package org.ocnkit.ledger.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.ocnkit.EnvironmentException;
import org.ocnkit.Message;
import org.ocnkit.ledger.Hash;
import org.ocnkit.ledger.LogStore;
import org.ocnkit.ledger.NodeId;

/**
 * A {@link LogStore} in the tables of {@code db/migration/V8__ledger.sql}. Plain SQL that SQLite
 * and PostgreSQL run alike; hashes as 64 lowercase hex digits. Every lookup uses a primary key or
 * unique index, so its cost grows with {@code log n}. Never commits: the caller owns the
 * transaction.
 */
public final class JdbcLogStore implements LogStore {
  /** Node lookups per statement; keeps statements short on every engine. */
  private static final int BATCH = 32;

  private final Connection connection;
  private long reads;

  public JdbcLogStore(Connection connection) {
    this.connection = Objects.requireNonNull(connection, "connection");
  }

  @Override
  public long size() {
    try (PreparedStatement s = connection.prepareStatement("SELECT MAX(idx) FROM ledger_entry");
        ResultSet r = s.executeQuery()) {
      r.next();
      long max = r.getLong(1);
      return r.wasNull() ? 0 : max + 1;
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  @Override
  public OptionalLong indexOf(Hash fingerprint) {
    try (PreparedStatement s =
        connection.prepareStatement("SELECT idx FROM ledger_entry WHERE fingerprint = ?")) {
      s.setString(1, fingerprint.hex());
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? OptionalLong.of(r.getLong(1)) : OptionalLong.empty();
      }
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  @Override
  public void forEachEntry(long from, long to, IndexedHashes sink) {
    scan(
        "SELECT idx, fingerprint FROM ledger_entry WHERE idx >= ? AND idx < ? ORDER BY idx",
        -1,
        from,
        to,
        sink,
        false);
  }

  @Override
  public List<Hash> hashes(List<NodeId> nodes) {
    Map<NodeId, Hash> found = new HashMap<>();
    for (int start = 0; start < nodes.size(); start += BATCH) {
      List<NodeId> batch = nodes.subList(start, Math.min(nodes.size(), start + BATCH));
      StringBuilder sql = new StringBuilder("SELECT level, idx, hash FROM ledger_node WHERE ");
      for (int i = 0; i < batch.size(); i++) {
        sql.append(i == 0 ? "" : " OR ").append("(level = ? AND idx = ?)");
      }
      try (PreparedStatement s = connection.prepareStatement(sql.toString())) {
        int p = 1;
        for (NodeId node : batch) {
          s.setLong(p++, node.level());
          s.setLong(p++, node.index());
        }
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            found.put(new NodeId(r.getInt(1), r.getLong(2)), hash(r.getString(3), "ledger_node"));
          }
        }
      } catch (SQLException e) {
        throw failure(e);
      }
    }
    List<Hash> out = new ArrayList<>(nodes.size());
    for (NodeId node : nodes) {
      Hash hash = found.get(node);
      if (hash == null) {
        throw StoreErrors.missingNode(node);
      }
      reads++;
      out.add(hash);
    }
    return out;
  }

  @Override
  public void forEachHash(int level, long from, long to, IndexedHashes sink) {
    scan(
        "SELECT idx, hash FROM ledger_node WHERE level = ? AND idx >= ? AND idx < ? ORDER BY idx",
        level,
        from,
        to,
        sink,
        true);
  }

  private void scan(
      String sql, int level, long from, long to, IndexedHashes sink, boolean countReads) {
    try (PreparedStatement s = connection.prepareStatement(sql)) {
      int p = 1;
      if (level >= 0) {
        s.setLong(p++, level);
      }
      s.setLong(p++, from);
      s.setLong(p, to);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          if (countReads) {
            reads++;
          }
          sink.accept(
              r.getLong(1), hash(r.getString(2), countReads ? "ledger_node" : "ledger_entry"));
        }
      }
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  @Override
  public void append(long firstIndex, List<Hash> fingerprints, Map<NodeId, Hash> nodes) {
    long size = size();
    if (firstIndex != size) {
      throw new IllegalStateException(
          "entries are appended at index " + size + ", not " + firstIndex);
    }
    try (PreparedStatement entry =
            connection.prepareStatement(
                "INSERT INTO ledger_entry (idx, fingerprint) VALUES (?, ?)");
        PreparedStatement node =
            connection.prepareStatement(
                "INSERT INTO ledger_node (level, idx, hash) VALUES (?, ?, ?)")) {
      long index = firstIndex;
      for (Hash fingerprint : fingerprints) {
        entry.setLong(1, index++);
        entry.setString(2, fingerprint.hex());
        entry.addBatch();
      }
      for (Map.Entry<NodeId, Hash> n : nodes.entrySet()) {
        node.setLong(1, n.getKey().level());
        node.setLong(2, n.getKey().index());
        node.setString(3, n.getValue().hex());
        node.addBatch();
      }
      if (!fingerprints.isEmpty()) {
        entry.executeBatch();
      }
      if (!nodes.isEmpty()) {
        node.executeBatch();
      }
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  @Override
  public void addCheckpoint(long treeSize, String signedNote, Instant createdAt) {
    try (PreparedStatement s =
        connection.prepareStatement(
            "INSERT INTO ledger_checkpoint (seq, tree_size, note, created_at)"
                + " SELECT COALESCE(MAX(seq), 0) + 1, ?, ?, ? FROM ledger_checkpoint")) {
      s.setLong(1, treeSize);
      s.setString(2, signedNote);
      s.setString(3, createdAt.toString());
      s.executeUpdate();
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  @Override
  public List<StoredCheckpoint> checkpoints() {
    return queryCheckpoints(
        "SELECT tree_size, note, created_at FROM ledger_checkpoint ORDER BY seq");
  }

  @Override
  public Optional<StoredCheckpoint> latestCheckpoint() {
    return queryCheckpoints(
            "SELECT tree_size, note, created_at FROM ledger_checkpoint"
                + " WHERE seq = (SELECT MAX(seq) FROM ledger_checkpoint)")
        .stream()
        .findFirst();
  }

  private List<StoredCheckpoint> queryCheckpoints(String sql) {
    try (PreparedStatement s = connection.prepareStatement(sql);
        ResultSet r = s.executeQuery()) {
      List<StoredCheckpoint> out = new ArrayList<>();
      while (r.next()) {
        Instant created;
        try {
          created = Instant.parse(r.getString(3));
        } catch (DateTimeParseException e) {
          throw new EnvironmentException(
              Message.of(LogStore.class, "store.badValue", "ledger_checkpoint", r.getString(3)));
        }
        out.add(new StoredCheckpoint(r.getLong(1), r.getString(2), created));
      }
      return out;
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  @Override
  public long hashReads() {
    return reads;
  }

  private static Hash hash(String hex, String table) {
    try {
      return Hash.fromHex(hex);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new EnvironmentException(Message.of(LogStore.class, "store.badValue", table, hex));
    }
  }

  private static EnvironmentException failure(SQLException e) {
    return new EnvironmentException(
        Message.of(LogStore.class, "store.sql", String.valueOf(e.getMessage())), e);
  }
}
