package org.ocnkit.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ocnkit.ledger.internal.MerkleProver;

/**
 * The RFC 6962 reference tree of 8 leaves (see {@code rfc6962-reference.txt} and its README):
 * hashing, roots for every size, and the published inclusion and consistency proofs, produced by
 * our prover from the stored complete-subtree hashes and accepted by our verifiers.
 */
class Rfc6962ReferenceTest {
  private static final HexFormat HEX = HexFormat.of();
  private static final List<byte[]> leaves = new ArrayList<>();
  private static final Map<NodeId, Hash> nodes = new HashMap<>();
  private static final Map<Long, Hash> roots = new HashMap<>();
  private static final List<long[]> inclusionCases = new ArrayList<>();
  private static final List<List<Hash>> inclusionProofs = new ArrayList<>();
  private static final List<long[]> consistencyCases = new ArrayList<>();
  private static final List<List<Hash>> consistencyProofs = new ArrayList<>();

  @BeforeAll
  static void load() throws IOException {
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                Rfc6962ReferenceTest.class.getResourceAsStream("rfc6962-reference.txt"),
                StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        String[] f = line.split(" ");
        switch (f[0]) {
          case "leaf" -> leaves.add(f.length > 2 ? HEX.parseHex(f[2]) : new byte[0]);
          case "node" ->
              nodes.put(
                  new NodeId(Integer.parseInt(f[1]), Long.parseLong(f[2])), Hash.fromHex(f[3]));
          case "root" -> roots.put(Long.parseLong(f[1]), Hash.fromHex(f[2]));
          case "inclusion" -> {
            inclusionCases.add(new long[] {Long.parseLong(f[1]), Long.parseLong(f[2])});
            inclusionProofs.add(hashes(f[3]));
          }
          case "consistency" -> {
            consistencyCases.add(new long[] {Long.parseLong(f[1]), Long.parseLong(f[2])});
            consistencyProofs.add(hashes(f[3]));
          }
          default -> throw new IllegalStateException("unknown row " + line);
        }
      }
    }
    assertThat(leaves).hasSize(8);
    assertThat(nodes).hasSize(15);
    assertThat(roots).hasSize(9);
    assertThat(inclusionCases).hasSize(5);
    assertThat(consistencyCases).hasSize(5);
  }

  private static List<Hash> hashes(String field) {
    return field.equals("-")
        ? List.of()
        : Arrays.stream(field.split(",")).map(Hash::fromHex).toList();
  }

  /** A prover over the published node hashes, as if they were the store. */
  private static MerkleProver prover() {
    return new MerkleProver(ids -> ids.stream().map(nodes::get).toList());
  }

  @Test
  void leafHashesArePrefixedSha256OfTheLeafInputs() {
    for (int i = 0; i < leaves.size(); i++) {
      assertThat(Rfc6962.leafHash(leaves.get(i))).isEqualTo(nodes.get(new NodeId(0, i)));
    }
  }

  @Test
  void everyInnerNodeIsTheNodeHashOfItsChildren() {
    nodes.keySet().stream()
        .filter(id -> id.level() > 0)
        .forEach(
            id -> {
              Hash left = nodes.get(new NodeId(id.level() - 1, 2 * id.index()));
              Hash right = nodes.get(new NodeId(id.level() - 1, 2 * id.index() + 1));
              assertThat(Rfc6962.nodeHash(left, right)).as("node %s", id).isEqualTo(nodes.get(id));
            });
  }

  @Test
  void emptyTreeRootIsSha256OfNothing() {
    assertThat(Rfc6962.emptyRoot()).isEqualTo(roots.get(0L));
    assertThat(prover().root(0)).isEqualTo(roots.get(0L));
  }

  @Test
  void rootOfEverySizeIsComputedFromCompleteSubtrees() {
    for (long size = 0; size <= 8; size++) {
      assertThat(prover().root(size)).as("root of size %d", size).isEqualTo(roots.get(size));
    }
  }

  @Test
  void rootOfEverySizeMatchesTheRecursiveDefinition() {
    List<Hash> leafHashes = leaves.stream().map(Rfc6962::leafHash).toList();
    for (int size = 0; size <= 8; size++) {
      assertThat(ReferenceMerkle.mth(leafHashes.subList(0, size)))
          .isEqualTo(roots.get((long) size));
    }
  }

  @Test
  void publishedInclusionProofsAreProducedAndVerified() {
    for (int i = 0; i < inclusionCases.size(); i++) {
      long index = inclusionCases.get(i)[0];
      long size = inclusionCases.get(i)[1];
      InclusionProof proof = prover().inclusion(index, size);
      assertThat(proof.hashes())
          .as("proof of %d in %d", index, size)
          .isEqualTo(inclusionProofs.get(i));
      LogCheck check = proof.verify(Rfc6962.leafHash(leaves.get((int) index)), roots.get(size));
      assertThat(check.passed()).as(check.toString()).isTrue();
      assertThat(check.key()).isEqualTo("proof.inclusion.ok");
    }
  }

  @Test
  void publishedConsistencyProofsAreProducedAndVerified() {
    for (int i = 0; i < consistencyCases.size(); i++) {
      long from = consistencyCases.get(i)[0];
      long to = consistencyCases.get(i)[1];
      ConsistencyProof proof = prover().consistency(from, to);
      assertThat(proof.hashes()).as("proof %d to %d", from, to).isEqualTo(consistencyProofs.get(i));
      LogCheck check = proof.verify(roots.get(from), roots.get(to));
      assertThat(check.passed()).as(check.toString()).isTrue();
    }
  }

  @Test
  void everyInclusionAndConsistencyProofOfTheReferenceTreeVerifies() {
    for (long size = 1; size <= 8; size++) {
      for (long index = 0; index < size; index++) {
        InclusionProof proof = prover().inclusion(index, size);
        assertThat(proof.hashes()).hasSize(InclusionProof.expectedLength(index, size));
        assertThat(proof.verifies(nodes.get(new NodeId(0, index)), roots.get(size)))
            .as("%d in %d", index, size)
            .isTrue();
        assertThat(proof.verifies(nodes.get(new NodeId(0, (index + 1) % 8)), roots.get(size)))
            .as("another leaf for %d in %d", index, size)
            .isFalse();
      }
      for (long from = 1; from <= size; from++) {
        ConsistencyProof proof = prover().consistency(from, size);
        assertThat(proof.hashes()).hasSize(ConsistencyProof.expectedLength(from, size));
        assertThat(proof.verifies(roots.get(from), roots.get(size)))
            .as("%d to %d", from, size)
            .isTrue();
      }
    }
  }
}
