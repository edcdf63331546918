package org.ocnkit.ledger;

import java.util.ArrayList;
import java.util.List;

/**
 * The recursive definitions of RFC 9162 §2.1 (MTH, PATH, PROOF), written as literally as possible
 * over a list of leaf hashes: an independent oracle for the store-based prover. Linear time; for
 * tests only.
 */
final class ReferenceMerkle {
  private ReferenceMerkle() {}

  static Hash mth(List<Hash> leaves) {
    int n = leaves.size();
    if (n == 0) {
      return Rfc6962.emptyRoot();
    }
    if (n == 1) {
      return leaves.get(0);
    }
    int k = k(n);
    return Rfc6962.nodeHash(mth(leaves.subList(0, k)), mth(leaves.subList(k, n)));
  }

  static List<Hash> path(int m, List<Hash> leaves) {
    int n = leaves.size();
    List<Hash> out = new ArrayList<>();
    if (n == 1) {
      return out;
    }
    int k = k(n);
    if (m < k) {
      out.addAll(path(m, leaves.subList(0, k)));
      out.add(mth(leaves.subList(k, n)));
    } else {
      out.addAll(path(m - k, leaves.subList(k, n)));
      out.add(mth(leaves.subList(0, k)));
    }
    return out;
  }

  static List<Hash> proof(int m, List<Hash> leaves) {
    return subproof(m, leaves, true);
  }

  private static List<Hash> subproof(int m, List<Hash> leaves, boolean b) {
    int n = leaves.size();
    List<Hash> out = new ArrayList<>();
    if (m == n) {
      if (!b) {
        out.add(mth(leaves));
      }
      return out;
    }
    int k = k(n);
    if (m <= k) {
      out.addAll(subproof(m, leaves.subList(0, k), b));
      out.add(mth(leaves.subList(k, n)));
    } else {
      out.addAll(subproof(m - k, leaves.subList(k, n), false));
      out.add(mth(leaves.subList(0, k)));
    }
    return out;
  }

  /** The largest power of two smaller than n. */
  private static int k(int n) {
    int k = 1;
    while (k << 1 < n) {
      k <<= 1;
    }
    return k;
  }
}
