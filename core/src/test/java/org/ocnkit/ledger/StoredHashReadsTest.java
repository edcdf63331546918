package org.ocnkit.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ocnkit.ledger.internal.MerkleProver;

/**
 * Appending and proving touch {@code O(log n)} stored hashes, not the tree: with 100,000 entries
 * every proof reads at most {@code 2 ceil(log2 n) + 2} stored hashes, counted by the store.
 */
class StoredHashReadsTest {
  private static final int SIZE = 100_000;
  private static TransparencyLog log;
  private static LogStore store;

  @BeforeAll
  static void fill() {
    store = LogStore.inMemory();
    log = new TransparencyLog(store);
    List<Hash> fingerprints = Fingerprints.fingerprints(11, SIZE);
    for (int from = 0; from < SIZE; from += 10_000) {
      log.appendAll(fingerprints.subList(from, from + 10_000));
    }
  }

  private static int bound(long n) {
    return 2 * ceilLog2(n) + 2;
  }

  private static int ceilLog2(long n) {
    return n <= 1 ? 0 : 64 - Long.numberOfLeadingZeros(n - 1);
  }

  /** Sizes that stress the right border: powers of two, their neighbours, and random ones. */
  private static List<Long> sizes(Random random) {
    List<Long> sizes =
        new ArrayList<>(
            List.of(
                1L,
                2L,
                3L,
                65_535L,
                65_536L,
                65_537L,
                99_999L,
                (long) SIZE,
                0b1_0101_0101_0101_0101L,
                0b1_1111_1111_1111_1111L & (SIZE - 1)));
    for (int i = 0; i < 40; i++) {
      sizes.add(1 + (long) random.nextInt(SIZE));
    }
    return sizes;
  }

  @Test
  void inclusionProofsReadAtMostTwiceLog2OfTheSizeStoredHashes() {
    Random random = new Random(1);
    int worst = 0;
    for (long size : sizes(random)) {
      List<Long> indexes = new ArrayList<>(List.of(0L, size - 1, size / 2));
      for (int i = 0; i < 25; i++) {
        indexes.add((long) random.nextInt((int) size));
      }
      for (long index : indexes) {
        long before = store.hashReads();
        InclusionProof proof = log.inclusionProof(index, size);
        int reads = (int) (store.hashReads() - before);
        assertThat(reads).as("entry %d in tree %d", index, size).isLessThanOrEqualTo(bound(size));
        assertThat(reads).isGreaterThanOrEqualTo(proof.hashes().size());
        worst = Math.max(worst, reads);
      }
    }
    // The bound is not vacuous: some proofs at this size need more than log2(n) reads.
    assertThat(worst).isGreaterThan(ceilLog2(SIZE));
  }

  @Test
  void consistencyProofsReadAtMostTwiceLog2OfTheSizeStoredHashes() {
    Random random = new Random(2);
    for (long to : sizes(random)) {
      for (int i = 0; i < 25; i++) {
        long from = 1 + random.nextInt((int) to);
        long before = store.hashReads();
        log.consistencyProof(from, to);
        int reads = (int) (store.hashReads() - before);
        assertThat(reads).as("%d to %d", from, to).isLessThanOrEqualTo(bound(to));
      }
    }
  }

  @Test
  void aRootReadsOneStoredHashPerSetBitOfTheSize() {
    for (long size : sizes(new Random(3))) {
      long before = store.hashReads();
      log.treeHead(size);
      assertThat(store.hashReads() - before).isEqualTo(Long.bitCount(size));
    }
  }

  @Test
  void proofPlansStayWithinTheBoundForTreesOfUpTo2To62Entries() {
    Random random = new Random(6);
    for (int i = 0; i < 20_000; i++) {
      long size = 1 + (random.nextLong() >>> (2 + random.nextInt(60)));
      long index = Math.floorMod(random.nextLong(), size);
      long from = 1 + Math.floorMod(random.nextLong(), size);
      List<NodeId> inclusion = MerkleProver.inclusionPlan(index, size);
      List<NodeId> consistency = MerkleProver.consistencyPlan(from, size);
      assertThat(inclusion.size()).as("%d in %d", index, size).isLessThanOrEqualTo(bound(size));
      assertThat(consistency.size()).as("%d to %d", from, size).isLessThanOrEqualTo(bound(size));
      assertThat(inclusion).allMatch(node -> node.isCompleteIn(size));
      assertThat(consistency).allMatch(node -> node.isCompleteIn(size));
      assertThat(inclusion).doesNotHaveDuplicates();
    }
  }

  @Test
  void appendingReadsOnlyTheRightBorder() {
    LogStore fresh = LogStore.inMemory();
    TransparencyLog small = new TransparencyLog(fresh);
    for (int i = 0; i < 5000; i++) {
      long size = small.size();
      long before = fresh.hashReads();
      small.append(Fingerprints.fingerprint(12, i));
      assertThat(fresh.hashReads() - before).isEqualTo(Long.bitCount(size));
    }
  }
}
