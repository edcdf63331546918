package org.ocnkit.ledger;

import java.util.List;
import java.util.Objects;

/**
 * Proof that the entry at {@code leafIndex} is in the tree of {@code treeSize} entries: the audit
 * path of RFC 9162 §2.1.3.1, the hashes of the siblings on the way from the leaf up to the root,
 * lowest first.
 *
 * <p>A proof alone proves nothing: it ties a leaf hash to a root hash, and that root is only worth
 * something when a {@linkplain SignedCheckpoint checkpoint} signed with the pinned log key vouches
 * for it.
 *
 * @param leafIndex the 0-based index of the entry
 * @param treeSize the size of the tree the proof leads to, more than {@code leafIndex}
 * @param hashes the audit path, from the leaf's sibling up to a child of the root
 */
public record InclusionProof(long leafIndex, long treeSize, List<Hash> hashes) {
  public InclusionProof {
    TreeHead.checkSize(treeSize, "tree size");
    if (leafIndex < 0 || leafIndex >= treeSize) {
      throw new IllegalArgumentException(
          "leaf index must be 0 to tree size - 1 (" + (treeSize - 1) + "), got " + leafIndex);
    }
    hashes = List.copyOf(hashes);
  }

  /**
   * How many hashes the audit path of entry {@code leafIndex} in a tree of {@code treeSize} has.
   */
  public static int expectedLength(long leafIndex, long treeSize) {
    int inner = 64 - Long.numberOfLeadingZeros(leafIndex ^ (treeSize - 1));
    return inner + Long.bitCount(leafIndex >>> inner);
  }

  /**
   * Checks that this proof leads from {@code leafHash} to {@code rootHash}, by the algorithm of RFC
   * 9162 §2.1.3.2.
   *
   * @param leafHash the leaf hash of the entry, {@link Rfc6962#leafHash(Hash)} of a fingerprint
   * @param rootHash the root hash of the tree of size {@link #treeSize()}
   */
  public LogCheck verify(Hash leafHash, Hash rootHash) {
    Objects.requireNonNull(leafHash, "leafHash");
    Objects.requireNonNull(rootHash, "rootHash");
    String index = String.valueOf(leafIndex);
    String size = String.valueOf(treeSize);
    int expected = expectedLength(leafIndex, treeSize);
    if (hashes.size() != expected) {
      return LogCheck.fail(
          "proof.inclusion.length", String.valueOf(hashes.size()), index, size, expected);
    }
    long fn = leafIndex;
    long sn = treeSize - 1;
    Hash r = leafHash;
    for (Hash p : hashes) {
      if (sn == 0) {
        return LogCheck.fail("proof.inclusion.mismatch", index, size);
      }
      if ((fn & 1) == 1 || fn == sn) {
        r = Rfc6962.nodeHash(p, r);
        if ((fn & 1) == 0) {
          while ((fn & 1) == 0 && fn != 0) {
            fn >>>= 1;
            sn >>>= 1;
          }
        }
      } else {
        r = Rfc6962.nodeHash(r, p);
      }
      fn >>>= 1;
      sn >>>= 1;
    }
    if (sn != 0 || !r.equals(rootHash)) {
      return LogCheck.fail("proof.inclusion.mismatch", index, size);
    }
    return LogCheck.pass("proof.inclusion.ok", index, size);
  }

  /** Whether {@link #verify} passes. */
  public boolean verifies(Hash leafHash, Hash rootHash) {
    return verify(leafHash, rootHash).passed();
  }
}
