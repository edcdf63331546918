package org.ocnkit.ledger;

import java.util.List;
import java.util.Objects;

/**
 * Proof that the tree of {@code fromSize} entries is a prefix of the tree of {@code toSize}
 * entries: the log only appended, it never changed or removed an earlier entry. The hashes are
 * {@code PROOF(fromSize, D[toSize])} of RFC 9162 §2.1.4.1; the proof between equal sizes is empty.
 *
 * @param fromSize the older tree size, 1 or more (nothing needs proving about the empty tree)
 * @param toSize the newer tree size, {@code fromSize} or more
 * @param hashes the consistency path
 */
public record ConsistencyProof(long fromSize, long toSize, List<Hash> hashes) {
  public ConsistencyProof {
    TreeHead.checkSize(toSize, "tree size");
    if (fromSize < 1 || fromSize > toSize) {
      throw new IllegalArgumentException(
          "a consistency proof goes from a size of 1 or more to the same or a larger size, got "
              + fromSize
              + " to "
              + toSize);
    }
    hashes = List.copyOf(hashes);
  }

  /** How many hashes the proof from {@code fromSize} to {@code toSize} has. */
  public static int expectedLength(long fromSize, long toSize) {
    if (fromSize == toSize) {
      return 0;
    }
    long last = fromSize - 1;
    int fork = 64 - Long.numberOfLeadingZeros(last ^ (toSize - 1));
    int border = Long.bitCount(last >>> fork);
    int shift = Long.numberOfTrailingZeros(fromSize);
    int seed = Long.bitCount(fromSize) == 1 ? 0 : 1;
    return seed + (fork - shift) + border;
  }

  /**
   * Checks that this proof connects {@code oldRoot}, the root at {@link #fromSize()}, to {@code
   * newRoot}, the root at {@link #toSize()}, by the algorithm of RFC 9162 §2.1.4.2. For equal sizes
   * the proof must be empty and the roots equal.
   */
  public LogCheck verify(Hash oldRoot, Hash newRoot) {
    Objects.requireNonNull(oldRoot, "oldRoot");
    Objects.requireNonNull(newRoot, "newRoot");
    String from = String.valueOf(fromSize);
    String to = String.valueOf(toSize);
    int expected = expectedLength(fromSize, toSize);
    if (hashes.size() != expected) {
      return LogCheck.fail(
          "proof.consistency.length", String.valueOf(hashes.size()), from, to, expected);
    }
    if (fromSize == toSize) {
      return oldRoot.equals(newRoot)
          ? LogCheck.pass("proof.consistency.same", from)
          : LogCheck.fail("proof.consistency.fork", from);
    }
    List<Hash> path = hashes;
    if (Long.bitCount(fromSize) == 1) {
      path = new java.util.ArrayList<>(hashes.size() + 1);
      path.add(oldRoot);
      path.addAll(hashes);
    }
    long fn = fromSize - 1;
    long sn = toSize - 1;
    while ((fn & 1) == 1) {
      fn >>>= 1;
      sn >>>= 1;
    }
    Hash fr = path.get(0);
    Hash sr = path.get(0);
    for (Hash c : path.subList(1, path.size())) {
      if (sn == 0) {
        return LogCheck.fail("proof.consistency.mismatch", from, to);
      }
      if ((fn & 1) == 1 || fn == sn) {
        fr = Rfc6962.nodeHash(c, fr);
        sr = Rfc6962.nodeHash(c, sr);
        if ((fn & 1) == 0) {
          while ((fn & 1) == 0 && fn != 0) {
            fn >>>= 1;
            sn >>>= 1;
          }
        }
      } else {
        sr = Rfc6962.nodeHash(sr, c);
      }
      fn >>>= 1;
      sn >>>= 1;
    }
    if (sn != 0 || !fr.equals(oldRoot) || !sr.equals(newRoot)) {
      return LogCheck.fail("proof.consistency.mismatch", from, to);
    }
    return LogCheck.pass("proof.consistency.ok", from, to);
  }

  /** Whether {@link #verify} passes. */
  public boolean verifies(Hash oldRoot, Hash newRoot) {
    return verify(oldRoot, newRoot).passed();
  }
}
