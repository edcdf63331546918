package org.ocnkit.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every inclusion and consistency probe of transparency-dev/merkle ({@code merkle-probes.tsv}): our
 * verifiers accept exactly the probes that should pass. A value that is not 32 bytes cannot become
 * a {@link Hash}, and a size or index out of range cannot become a proof: both are how our API
 * rejects such a probe, so they count as rejections.
 */
class MerkleProbesTest {
  private static final Hash PLACEHOLDER_ROOT =
      Hash.sha256("don't care 2".getBytes(StandardCharsets.US_ASCII));

  record Probe(
      String kind,
      String file,
      boolean wantError,
      String a,
      String b,
      String root1,
      String root2,
      String proof) {
    @Override
    public String toString() {
      return file;
    }
  }

  static Stream<Probe> probes() throws IOException {
    List<Probe> probes = new ArrayList<>();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                MerkleProbesTest.class.getResourceAsStream("merkle-probes.tsv"),
                StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        probes.add(new Probe(f[0], f[1], Boolean.parseBoolean(f[2]), f[3], f[4], f[5], f[6], f[7]));
      }
    }
    return probes.stream();
  }

  @Test
  void theTableHoldsEveryProbeOfTheSource() throws IOException {
    List<Probe> all = probes().toList();
    assertThat(all).hasSize(196);
    assertThat(all.stream().filter(p -> !p.wantError())).hasSize(12);
    assertThat(all.stream().filter(p -> p.kind().equals("inclusion"))).hasSizeGreaterThan(90);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("probes")
  void verifierAcceptsExactlyTheProbesThatShouldPass(Probe probe) {
    assertThat(accepts(probe)).as(probe.file()).isEqualTo(!probe.wantError());
  }

  @Test
  void mostCorruptProbesAreRejectedByTheVerifiersThemselves() throws IOException {
    long byVerifier =
        probes()
            .filter(Probe::wantError)
            .filter(p -> outcome(p) == Outcome.REJECTED_BY_VERIFIER)
            .count();
    long byTypes =
        probes()
            .filter(Probe::wantError)
            .filter(p -> outcome(p) == Outcome.NOT_REPRESENTABLE)
            .count();
    // 184 corrupt probes: 69 carry values no Hash or proof can hold (wrong length, size 0,
    // index beyond size); the other 115 are well-formed and the RFC 9162 algorithms reject them.
    assertThat(byTypes).isEqualTo(69);
    assertThat(byVerifier).isEqualTo(115);
  }

  enum Outcome {
    ACCEPTED,
    REJECTED_BY_VERIFIER,
    NOT_REPRESENTABLE
  }

  private static boolean accepts(Probe probe) {
    return outcome(probe) == Outcome.ACCEPTED;
  }

  private static Outcome outcome(Probe probe) {
    if (probe.file().equals("consistency/additional/sizes-are-equal-one-and-proof-is-empty.json")) {
      // Both roots are the same 12-byte placeholder; what counts is that they are equal.
      assertThat(probe.root1()).isEqualTo(probe.root2());
      return new ConsistencyProof(1, 1, List.of()).verifies(PLACEHOLDER_ROOT, PLACEHOLDER_ROOT)
          ? Outcome.ACCEPTED
          : Outcome.REJECTED_BY_VERIFIER;
    }
    Hash root1;
    Hash root2;
    List<Hash> proof;
    long a;
    long b;
    try {
      root1 = hash(probe.root1());
      root2 = hash(probe.root2());
      proof =
          probe.proof().isEmpty()
              ? List.of()
              : Arrays.stream(probe.proof().split(",")).map(MerkleProbesTest::hash).toList();
      a = Long.parseUnsignedLong(probe.a());
      b = Long.parseUnsignedLong(probe.b());
    } catch (IllegalArgumentException e) {
      return Outcome.NOT_REPRESENTABLE;
    }
    boolean verifies;
    try {
      verifies =
          probe.kind().equals("inclusion")
              ? new InclusionProof(a, b, proof).verifies(root2, root1)
              : new ConsistencyProof(a, b, proof).verifies(root1, root2);
    } catch (IllegalArgumentException e) {
      return Outcome.NOT_REPRESENTABLE;
    }
    return verifies ? Outcome.ACCEPTED : Outcome.REJECTED_BY_VERIFIER;
  }

  /** A hash from the probe's base64; not 32 bytes is an {@link IllegalArgumentException}. */
  private static Hash hash(String value) {
    if (value.equals("<empty>")) {
      throw new IllegalArgumentException("zero-length value");
    }
    return Hash.of(Base64.getDecoder().decode(value));
  }
}
