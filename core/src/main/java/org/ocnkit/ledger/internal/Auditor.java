package org.ocnkit.ledger.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ocnkit.Message;
import org.ocnkit.Problem;
import org.ocnkit.ledger.Hash;
import org.ocnkit.ledger.LogAudit;
import org.ocnkit.ledger.LogAudit.NodeMismatch;
import org.ocnkit.ledger.LogStore;
import org.ocnkit.ledger.NodeId;
import org.ocnkit.ledger.Rfc6962;

/**
 * Recomputes every stored hash of a log from its entries, level by level, streaming through the
 * store in chunks: level 0 from the entries, each higher level from the level below, which by then
 * is known to be right. Stops at the first stored hash that differs (everything above it differs
 * too). Memory stays at one chunk whatever the log's size.
 */
public final class Auditor {
  private static final int CHUNK = 4096;

  private final LogStore store;
  private final List<Problem> problems = new ArrayList<>();
  private NodeMismatch mismatch;

  private Auditor(LogStore store) {
    this.store = store;
  }

  /** Audits the tree of {@code store}; checkpoints are the caller's business. */
  public static LogAudit auditTree(LogStore store) {
    Auditor auditor = new Auditor(store);
    long size = store.size();
    if (auditor.leaves(size)) {
      for (int level = 1; (size >>> level) > 0; level++) {
        if (!auditor.level(level, size >>> level)) {
          break;
        }
      }
    }
    return new LogAudit(size, Optional.ofNullable(auditor.mismatch), auditor.problems);
  }

  private boolean leaves(long size) {
    for (long from = 0; from < size; from += CHUNK) {
      long to = Math.min(size, from + CHUNK);
      Hash[] entries = new Hash[(int) (to - from)];
      long base = from;
      store.forEachEntry(from, to, (i, h) -> entries[(int) (i - base)] = h);
      for (int i = 0; i < entries.length; i++) {
        if (entries[i] == null) {
          problems.add(
              new Problem(
                  "ledger_entry " + (from + i),
                  Message.of(LogStore.class, "audit.entryMissing", String.valueOf(from + i))));
          return false;
        }
      }
      Hash[] stored = read(0, from, to);
      for (int i = 0; i < entries.length; i++) {
        if (!compare(new NodeId(0, from + i), stored[i], Rfc6962.leafHash(entries[i]))) {
          return false;
        }
      }
    }
    return true;
  }

  private boolean level(int level, long count) {
    for (long from = 0; from < count; from += CHUNK) {
      long to = Math.min(count, from + CHUNK);
      Hash[] children = read(level - 1, 2 * from, 2 * to);
      Hash[] stored = read(level, from, to);
      for (int i = 0; i < stored.length; i++) {
        Hash expected = Rfc6962.nodeHash(children[2 * i], children[2 * i + 1]);
        if (!compare(new NodeId(level, from + i), stored[i], expected)) {
          return false;
        }
      }
    }
    return true;
  }

  private Hash[] read(int level, long from, long to) {
    Hash[] out = new Hash[(int) (to - from)];
    store.forEachHash(level, from, to, (i, h) -> out[(int) (i - from)] = h);
    return out;
  }

  private boolean compare(NodeId node, Hash stored, Hash expected) {
    if (expected.equals(stored)) {
      return true;
    }
    mismatch = new NodeMismatch(node, Optional.ofNullable(stored), expected);
    problems.add(
        new Problem(
            "ledger_node " + node,
            stored == null
                ? Message.of(LogStore.class, "audit.nodeMissing", node.toString(), expected.hex())
                : Message.of(
                    LogStore.class,
                    "audit.nodeMismatch",
                    node.toString(),
                    stored.hex(),
                    expected.hex())));
    return false;
  }
}
