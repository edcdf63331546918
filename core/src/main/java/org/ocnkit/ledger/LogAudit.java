package org.ocnkit.ledger;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ocnkit.Problem;

/**
 * The result of {@link TransparencyLog#audit}: every stored hash recomputed from the entries, and
 * every kept checkpoint checked against the recomputed tree.
 *
 * @param size the number of entries audited
 * @param firstMismatch the lowest, leftmost stored node whose hash is not what the entries give, if
 *     any; everything above it then differs too, so the audit of the tree stops there
 * @param problems every problem found, in the order found; empty when the log is intact
 */
public record LogAudit(long size, Optional<NodeMismatch> firstMismatch, List<Problem> problems) {
  public LogAudit {
    Objects.requireNonNull(firstMismatch, "firstMismatch");
    problems = List.copyOf(problems);
  }

  /** Whether the log is intact: all hashes and all checkpoints as the entries give them. */
  public boolean passed() {
    return problems.isEmpty();
  }

  /**
   * A stored node hash that does not match the recomputed one.
   *
   * @param node the node
   * @param stored the stored hash, or empty when the node is missing
   * @param expected the hash recomputed from the entries
   */
  public record NodeMismatch(NodeId node, Optional<Hash> stored, Hash expected) {
    public NodeMismatch {
      Objects.requireNonNull(node, "node");
      Objects.requireNonNull(stored, "stored");
      Objects.requireNonNull(expected, "expected");
    }
  }
}
