package org.ocnkit.ledger;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/** Deterministic test fingerprints: SHA-256 of a label and a number, like real ones look. */
final class Fingerprints {
  private Fingerprints() {}

  static Hash fingerprint(long seed, long i) {
    return Hash.sha256(
        ByteBuffer.allocate(24)
            .put("cert".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
            .putInt(0)
            .putLong(seed)
            .putLong(i)
            .array());
  }

  static List<Hash> fingerprints(long seed, int count) {
    List<Hash> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(fingerprint(seed, i));
    }
    return out;
  }

  static List<Hash> leafHashes(List<Hash> fingerprints) {
    return fingerprints.stream().map(Rfc6962::leafHash).toList();
  }

  /** A copy of {@code hash} with bit {@code bit} of byte {@code index} flipped. */
  static Hash flip(Hash hash, int index, int bit) {
    byte[] bytes = hash.bytes();
    bytes[index] ^= (byte) (1 << bit);
    return Hash.of(bytes);
  }
}
