package org.ocnkit.ledger;

import java.security.MessageDigest;

/**
 * The Merkle tree hashing of RFC 6962 §2.1 (kept unchanged in RFC 9162 §2.1.1) with SHA-256: the
 * hash of a leaf is {@code SHA-256(0x00 || data)}, the hash of an inner node is {@code SHA-256(0x01
 * || left || right)}, and the root of the empty tree is {@code SHA-256()}. The two prefixes keep a
 * leaf from ever passing for an inner node (second-preimage protection).
 *
 * <p>In this log the leaf data is always a 32-byte certificate fingerprint, so the leaf hash of
 * fingerprint {@code f} is {@code SHA-256(0x00 || f)}.
 */
public final class Rfc6962 {
  private static final byte LEAF_PREFIX = 0x00;
  private static final byte NODE_PREFIX = 0x01;
  private static final Hash EMPTY_ROOT = Hash.sha256(new byte[0]);

  private Rfc6962() {}

  /** {@code SHA-256(0x00 || data)}. */
  public static Hash leafHash(byte[] data) {
    MessageDigest digest = Hash.newSha256();
    digest.update(LEAF_PREFIX);
    digest.update(data);
    return Hash.of(digest.digest());
  }

  /** The leaf hash of a log entry: {@code SHA-256(0x00 || fingerprint)}. */
  public static Hash leafHash(Hash fingerprint) {
    MessageDigest digest = Hash.newSha256();
    digest.update(LEAF_PREFIX);
    fingerprint.updateDigest(digest);
    return Hash.of(digest.digest());
  }

  /** {@code SHA-256(0x01 || left || right)}. */
  public static Hash nodeHash(Hash left, Hash right) {
    MessageDigest digest = Hash.newSha256();
    digest.update(NODE_PREFIX);
    left.updateDigest(digest);
    right.updateDigest(digest);
    return Hash.of(digest.digest());
  }

  /** The root of the empty tree, {@code SHA-256()} of no bytes. */
  public static Hash emptyRoot() {
    return EMPTY_ROOT;
  }
}
