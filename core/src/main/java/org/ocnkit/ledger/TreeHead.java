package org.ocnkit.ledger;

import java.util.Objects;

/**
 * The state of the log at one size: how many entries it holds and the RFC 6962 Merkle tree hash of
 * them all. A tree head means nothing until it is signed; see {@link SignedCheckpoint}.
 *
 * @param size the number of entries, 0 to {@link #MAX_SIZE}
 * @param rootHash the Merkle tree hash of entries {@code 0 .. size-1}; {@link Rfc6962#emptyRoot()}
 *     for size 0
 */
public record TreeHead(long size, Hash rootHash) {
  /** The largest tree size this implementation handles: {@code 2^62} entries. */
  public static final long MAX_SIZE = 1L << 62;

  public TreeHead {
    checkSize(size, "tree size");
    Objects.requireNonNull(rootHash, "rootHash");
  }

  static void checkSize(long size, String what) {
    if (size < 0 || size > MAX_SIZE) {
      throw new IllegalArgumentException(what + " must be 0 to 2^62, got " + size);
    }
  }
}
