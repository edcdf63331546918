package org.ocnkit.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For random log sizes: the log's roots and proofs are exactly those of the recursive RFC 9162
 * definitions, every proof verifies, and flipping any single bit of a proof, a leaf or a root makes
 * verification fail. The cases are drawn from a fixed seed, so a failure is reproducible.
 */
class MerkleProofPropertiesTest {
  private static final long SEED = 6962;

  /** {@code count} cases of (size, pick, seed). */
  static Stream<Arguments> sizePickSeed() {
    Random random = new Random(SEED);
    return IntStream.range(0, 150)
        .mapToObj(
            i ->
                Arguments.of(
                    1 + random.nextInt(400), random.nextInt(1 << 20), (long) random.nextInt(1001)));
  }

  /** Cases of (size, pick, byte position, bit). */
  static Stream<Arguments> sizePickByteBit() {
    Random random = new Random(SEED + 1);
    return IntStream.range(0, 150)
        .mapToObj(
            i ->
                Arguments.of(
                    1 + random.nextInt(300),
                    random.nextInt(1 << 20),
                    random.nextInt(32),
                    random.nextInt(8)));
  }

  /** Cases of (size, batch). */
  static Stream<Arguments> sizeBatch() {
    Random random = new Random(SEED + 2);
    return IntStream.range(0, 60)
        .mapToObj(i -> Arguments.of(1 + random.nextInt(300), 1 + random.nextInt(40)));
  }

  private static TransparencyLog log(List<Hash> fingerprints) {
    TransparencyLog log = new TransparencyLog(LogStore.inMemory());
    log.appendAll(fingerprints);
    return log;
  }

  @ParameterizedTest
  @MethodSource("sizePickSeed")
  void inclusionProofsMatchTheRfcAndVerify(int size, int pick, long seed) {
    List<Hash> fingerprints = Fingerprints.fingerprints(seed, size);
    List<Hash> leaves = Fingerprints.leafHashes(fingerprints);
    TransparencyLog log = log(fingerprints);
    int index = pick % size;
    TreeHead head = log.treeHead();
    assertThat(head.rootHash()).isEqualTo(ReferenceMerkle.mth(leaves));

    InclusionProof proof = log.inclusionProof(index, size);
    assertThat(proof.hashes()).isEqualTo(ReferenceMerkle.path(index, leaves));
    assertThat(proof.verify(leaves.get(index), head.rootHash()).passed()).isTrue();
    assertThat(log.inclusionProof(fingerprints.get(index), size)).isEqualTo(proof);
  }

  @ParameterizedTest
  @MethodSource("sizePickByteBit")
  void anyFlippedBitBreaksAnInclusionProof(int size, int pick, int bytePosition, int bit) {
    List<Hash> fingerprints = Fingerprints.fingerprints(size, size);
    TransparencyLog log = log(fingerprints);
    int index = pick % size;
    Hash root = log.treeHead().rootHash();
    Hash leaf = Rfc6962.leafHash(fingerprints.get(index));
    InclusionProof proof = log.inclusionProof(index, size);

    for (int i = 0; i < proof.hashes().size(); i++) {
      List<Hash> hashes = new ArrayList<>(proof.hashes());
      hashes.set(i, Fingerprints.flip(hashes.get(i), bytePosition, bit));
      assertThat(new InclusionProof(index, size, hashes).verifies(leaf, root))
          .as("proof hash %d flipped", i)
          .isFalse();
    }
    assertThat(proof.verifies(Fingerprints.flip(leaf, bytePosition, bit), root)).isFalse();
    assertThat(proof.verifies(leaf, Fingerprints.flip(root, bytePosition, bit))).isFalse();
    if (size > 1) {
      long other = (index + 1) % size;
      assertThat(new InclusionProof(other, size, proof.hashes()).verifies(leaf, root)).isFalse();
    }
    if (!proof.hashes().isEmpty()) {
      List<Hash> shorter = proof.hashes().subList(0, proof.hashes().size() - 1);
      assertThat(new InclusionProof(index, size, shorter).verifies(leaf, root)).isFalse();
    }
    List<Hash> longer = new ArrayList<>(proof.hashes());
    longer.add(root);
    assertThat(new InclusionProof(index, size, longer).verifies(leaf, root)).isFalse();
  }

  @ParameterizedTest
  @MethodSource("sizePickSeed")
  void consistencyProofsMatchTheRfcAndVerify(int size, int pick, long seed) {
    List<Hash> fingerprints = Fingerprints.fingerprints(seed, size);
    List<Hash> leaves = Fingerprints.leafHashes(fingerprints);
    TransparencyLog log = log(fingerprints);
    int from = 1 + pick % size;
    Hash oldRoot = log.treeHead(from).rootHash();
    assertThat(oldRoot).isEqualTo(ReferenceMerkle.mth(leaves.subList(0, from)));

    ConsistencyProof proof = log.consistencyProof(from, size);
    assertThat(proof.hashes()).isEqualTo(ReferenceMerkle.proof(from, leaves));
    assertThat(proof.verify(oldRoot, log.treeHead().rootHash()).passed()).isTrue();
  }

  @ParameterizedTest
  @MethodSource("sizePickByteBit")
  void anyFlippedBitBreaksAConsistencyProof(int size, int pick, int bytePosition, int bit) {
    TransparencyLog log = log(Fingerprints.fingerprints(7, size));
    int from = 1 + pick % size;
    Hash oldRoot = log.treeHead(from).rootHash();
    Hash newRoot = log.treeHead().rootHash();
    ConsistencyProof proof = log.consistencyProof(from, size);

    for (int i = 0; i < proof.hashes().size(); i++) {
      List<Hash> hashes = new ArrayList<>(proof.hashes());
      hashes.set(i, Fingerprints.flip(hashes.get(i), bytePosition, bit));
      assertThat(new ConsistencyProof(from, size, hashes).verifies(oldRoot, newRoot))
          .as("proof hash %d flipped", i)
          .isFalse();
    }
    assertThat(proof.verifies(Fingerprints.flip(oldRoot, bytePosition, bit), newRoot)).isFalse();
    assertThat(proof.verifies(oldRoot, Fingerprints.flip(newRoot, bytePosition, bit))).isFalse();
    if (from < size) {
      assertThat(new ConsistencyProof(from, size, List.of()).verifies(oldRoot, newRoot)).isFalse();
    }
  }

  @ParameterizedTest
  @MethodSource("sizeBatch")
  void appendingInBatchesBuildsTheSameTreeAsOneByOne(int size, int batch) {
    List<Hash> fingerprints = Fingerprints.fingerprints(3, size);
    TransparencyLog single = new TransparencyLog(LogStore.inMemory());
    fingerprints.forEach(single::append);
    TransparencyLog batched = new TransparencyLog(LogStore.inMemory());
    for (int from = 0; from < size; from += batch) {
      batched.appendAll(fingerprints.subList(from, Math.min(size, from + batch)));
    }
    for (long s = 0; s <= size; s++) {
      assertThat(batched.treeHead(s)).isEqualTo(single.treeHead(s));
    }
    assertThat(batched.audit(null).passed()).isTrue();
  }
}
