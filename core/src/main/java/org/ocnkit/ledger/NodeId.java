package org.ocnkit.ledger;

/**
 * The position of a complete (perfect) subtree of the log: {@code level} 0 is a leaf, level {@code
 * l} is a subtree of {@code 2^l} leaves, and {@code index} counts subtrees of that level from the
 * left. Node {@code (l, i)} covers the leaves {@code [i * 2^l, (i + 1) * 2^l)}.
 *
 * <p>Only complete subtrees are ever stored: once its last leaf is appended, a complete subtree's
 * hash never changes, so the store is append-only. Roots and proofs for any tree size are derived
 * from at most a few dozen of them.
 *
 * @param level the height of the subtree, 0-62
 * @param index its position within the level, 0 or more
 */
public record NodeId(int level, long index) {
  /** The highest level a log of at most {@code 2^62} entries can have. */
  public static final int MAX_LEVEL = 62;

  public NodeId {
    if (level < 0 || level > MAX_LEVEL) {
      throw new IllegalArgumentException("node level must be 0-" + MAX_LEVEL + ", got " + level);
    }
    if (index < 0 || index >= (TreeHead.MAX_SIZE >> level)) {
      throw new IllegalArgumentException(
          "node index at level "
              + level
              + " must be 0 to "
              + ((TreeHead.MAX_SIZE >> level) - 1)
              + ", got "
              + index);
    }
  }

  /** The first leaf this subtree covers. */
  public long firstLeaf() {
    return index << level;
  }

  /** One past the last leaf this subtree covers. */
  public long endLeaf() {
    return (index + 1) << level;
  }

  /** Whether this subtree is complete in a tree of {@code treeSize} leaves. */
  public boolean isCompleteIn(long treeSize) {
    return endLeaf() <= treeSize;
  }

  @Override
  public String toString() {
    return "(" + level + ", " + index + ")";
  }
}
