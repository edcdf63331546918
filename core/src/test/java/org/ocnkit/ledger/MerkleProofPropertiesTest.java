package org.ocnkit.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * For random log sizes: the log's roots and proofs are exactly those of the recursive RFC 9162
 * definitions, every proof verifies, and flipping any single bit of a proof, a leaf or a root makes
 * verification fail.
 */
class MerkleProofPropertiesTest {

  private static TransparencyLog log(List<Hash> fingerprints) {
    TransparencyLog log = new TransparencyLog(LogStore.inMemory());
    log.appendAll(fingerprints);
    return log;
  }

  @Property(tries = 150)
  void inclusionProofsMatchTheRfcAndVerify(
      @ForAll @IntRange(min = 1, max = 400) int size,
      @ForAll @IntRange(min = 0, max = 1 << 20) int pick,
      @ForAll @LongRange(min = 0, max = 1000) long seed) {
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

  @Property(tries = 150)
  void anyFlippedBitBreaksAnInclusionProof(
      @ForAll @IntRange(min = 1, max = 300) int size,
      @ForAll @IntRange(min = 0, max = 1 << 20) int pick,
      @ForAll @IntRange(min = 0, max = 31) int bytePosition,
      @ForAll @IntRange(min = 0, max = 7) int bit) {
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
          .as("proof hash %d flipped", i).isFalse();
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

  @Property(tries = 150)
  void consistencyProofsMatchTheRfcAndVerify(
      @ForAll @IntRange(min = 1, max = 400) int size,
      @ForAll @IntRange(min = 0, max = 1 << 20) int pick,
      @ForAll @LongRange(min = 0, max = 1000) long seed) {
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

  @Property(tries = 150)
  void anyFlippedBitBreaksAConsistencyProof(
      @ForAll @IntRange(min = 1, max = 300) int size,
      @ForAll @IntRange(min = 0, max = 1 << 20) int pick,
      @ForAll @IntRange(min = 0, max = 31) int bytePosition,
      @ForAll @IntRange(min = 0, max = 7) int bit) {
    TransparencyLog log = log(Fingerprints.fingerprints(7, size));
    int from = 1 + pick % size;
    Hash oldRoot = log.treeHead(from).rootHash();
    Hash newRoot = log.treeHead().rootHash();
    ConsistencyProof proof = log.consistencyProof(from, size);

    for (int i = 0; i < proof.hashes().size(); i++) {
      List<Hash> hashes = new ArrayList<>(proof.hashes());
      hashes.set(i, Fingerprints.flip(hashes.get(i), bytePosition, bit));
      assertThat(new ConsistencyProof(from, size, hashes).verifies(oldRoot, newRoot))
          .as("proof hash %d flipped", i).isFalse();
    }
    assertThat(proof.verifies(Fingerprints.flip(oldRoot, bytePosition, bit), newRoot)).isFalse();
    assertThat(proof.verifies(oldRoot, Fingerprints.flip(newRoot, bytePosition, bit))).isFalse();
    if (from < size) {
      assertThat(new ConsistencyProof(from, size, List.of()).verifies(oldRoot, newRoot))
          .isFalse();
    }
  }

  @Property(tries = 60)
  void appendingInBatchesBuildsTheSameTreeAsOneByOne(
      @ForAll @IntRange(min = 1, max = 300) int size,
      @ForAll @IntRange(min = 1, max = 40) int batch) {
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
