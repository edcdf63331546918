package org.ocnkit.ledger.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.ocnkit.ledger.ConsistencyProof;
import org.ocnkit.ledger.Hash;
import org.ocnkit.ledger.InclusionProof;
import org.ocnkit.ledger.NodeId;
import org.ocnkit.ledger.Rfc6962;
import org.ocnkit.ledger.TreeHead;

/**
 * Roots and proofs of RFC 9162 §2.1 computed from the hashes of complete subtrees.
 *
 * <p>Every hash RFC 9162 asks for is {@code MTH(D[a:b])} of a range that is a subtree of the tree:
 * {@code a} is a multiple of the smallest power of two {@code >= b - a}. Such a range splits into
 * complete subtrees of strictly decreasing size, one per set bit of {@code b - a} ({@link #cover});
 * folding them from the right with the node hash gives {@code MTH(D[a:b])}, exactly as the RFC's
 * recursive definition does. A proof therefore needs only stored complete subtrees: the plan lists
 * them all, they are read in one batch, then folded. In an audit path at most one sibling is
 * incomplete (the one on the tree's right border), so a proof in a tree of {@code n} entries reads
 * at most {@code 2 ceil(log2 n)} stored hashes.
 */
public final class MerkleProver {
  private final Function<List<NodeId>, List<Hash>> source;

  /**
   * @param source gives the stored hashes of complete subtrees, in the order asked
   */
  public MerkleProver(Function<List<NodeId>, List<Hash>> source) {
    this.source = source;
  }

  /** The complete subtrees that make up {@code [from, to)}, largest (leftmost) first. */
  public static List<NodeId> cover(long from, long to) {
    List<NodeId> nodes = new ArrayList<>();
    long start = from;
    long width = to - from;
    while (width > 0) {
      int level = 63 - Long.numberOfLeadingZeros(width);
      if ((start & ((1L << level) - 1)) != 0) {
        throw new IllegalArgumentException(
            "[" + from + ", " + to + ") is not a subtree of an RFC 6962 tree");
      }
      nodes.add(new NodeId(level, start >>> level));
      start += 1L << level;
      width -= 1L << level;
    }
    return nodes;
  }

  /** The root of the tree of {@code size} entries. */
  public Hash root(long size) {
    checkSize(size);
    if (size == 0) {
      return Rfc6962.emptyRoot();
    }
    return fold(List.of(new long[] {0, size})).get(0);
  }

  /** The audit path of entry {@code index} in the tree of {@code size} entries (RFC 9162 PATH). */
  public InclusionProof inclusion(long index, long size) {
    checkSize(size);
    if (index < 0 || index >= size) {
      throw new IllegalArgumentException(
          "entry " + index + " is not in a tree of " + size + " entries");
    }
    List<long[]> ranges = new ArrayList<>();
    path(index, 0, size, ranges);
    return new InclusionProof(index, size, fold(ranges));
  }

  /** The consistency proof from size {@code from} to size {@code to} (RFC 9162 PROOF). */
  public ConsistencyProof consistency(long from, long to) {
    checkSize(to);
    if (from < 1 || from > to) {
      throw new IllegalArgumentException(
          "a consistency proof goes from a size of 1 or more to the same or a larger size, got "
              + from
              + " to "
              + to);
    }
    List<long[]> ranges = new ArrayList<>();
    if (from < to) {
      subproof(from, 0, to, true, ranges);
    }
    return new ConsistencyProof(from, to, fold(ranges));
  }

  /** The stored nodes an inclusion proof reads. */
  public static List<NodeId> inclusionPlan(long index, long size) {
    List<long[]> ranges = new ArrayList<>();
    path(index, 0, size, ranges);
    return flatten(ranges);
  }

  /** The stored nodes a consistency proof reads. */
  public static List<NodeId> consistencyPlan(long from, long to) {
    List<long[]> ranges = new ArrayList<>();
    if (from < to) {
      subproof(from, 0, to, true, ranges);
    }
    return flatten(ranges);
  }

  /** RFC 9162 §2.1.3.1 PATH(m, D[lo:hi]), as ranges, lowest first. */
  private static void path(long m, long lo, long hi, List<long[]> out) {
    long n = hi - lo;
    if (n == 1) {
      return;
    }
    long k = largestPowerOfTwoBelow(n);
    if (m < k) {
      path(m, lo, lo + k, out);
      out.add(new long[] {lo + k, hi});
    } else {
      path(m - k, lo + k, hi, out);
      out.add(new long[] {lo, lo + k});
    }
  }

  /** RFC 9162 §2.1.4.1 SUBPROOF(m, D[lo:hi], b), as ranges. */
  private static void subproof(long m, long lo, long hi, boolean b, List<long[]> out) {
    long n = hi - lo;
    if (m == n) {
      if (!b) {
        out.add(new long[] {lo, hi});
      }
      return;
    }
    long k = largestPowerOfTwoBelow(n);
    if (m <= k) {
      subproof(m, lo, lo + k, b, out);
      out.add(new long[] {lo + k, hi});
    } else {
      subproof(m - k, lo + k, hi, false, out);
      out.add(new long[] {lo, lo + k});
    }
  }

  private static void checkSize(long size) {
    if (size < 0 || size > TreeHead.MAX_SIZE) {
      throw new IllegalArgumentException("tree size must be 0 to 2^62, got " + size);
    }
  }

  /** The largest power of two strictly less than {@code n} (n >= 2). */
  private static long largestPowerOfTwoBelow(long n) {
    return Long.highestOneBit(n - 1);
  }

  private static List<NodeId> flatten(List<long[]> ranges) {
    List<NodeId> all = new ArrayList<>();
    for (long[] range : ranges) {
      all.addAll(cover(range[0], range[1]));
    }
    return all;
  }

  /** {@code MTH} of each range, reading all needed stored hashes in one batch. */
  private List<Hash> fold(List<long[]> ranges) {
    List<List<NodeId>> covers = new ArrayList<>(ranges.size());
    List<NodeId> all = new ArrayList<>();
    for (long[] range : ranges) {
      List<NodeId> cover = cover(range[0], range[1]);
      covers.add(cover);
      all.addAll(cover);
    }
    List<Hash> stored = all.isEmpty() ? List.of() : source.apply(all);
    if (stored.size() != all.size()) {
      throw new IllegalStateException(
          "the node source returned " + stored.size() + " hashes for " + all.size() + " nodes");
    }
    List<Hash> out = new ArrayList<>(ranges.size());
    int at = 0;
    for (List<NodeId> cover : covers) {
      List<Hash> parts = stored.subList(at, at + cover.size());
      at += cover.size();
      Hash hash = parts.get(parts.size() - 1);
      for (int i = parts.size() - 2; i >= 0; i--) {
        hash = Rfc6962.nodeHash(parts.get(i), hash);
      }
      out.add(hash);
    }
    return out;
  }
}
