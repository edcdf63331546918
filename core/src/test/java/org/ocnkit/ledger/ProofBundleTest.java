package org.ocnkit.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Problem;

/** The C2SP tlog-proof bundle a certificate carries: exact format, strict parsing, verification. */
class ProofBundleTest {
  private NoteSigningKey key;
  private TransparencyLog log;
  private List<Hash> fingerprints;

  @BeforeEach
  void logOfThirteen() {
    key = NoteSigningKey.generate("intyg.example-kommun.se/ocn-log");
    log = new TransparencyLog(LogStore.inMemory());
    fingerprints = Fingerprints.fingerprints(5, 13);
    log.appendAll(fingerprints);
    log.signCheckpoint(key, Instant.parse("2026-11-23T10:00:00Z"));
  }

  @Test
  void bundleIsWrittenInTheTlogProofFormat() {
    ProofBundle bundle = log.proofBundle(fingerprints.get(9));
    SignedCheckpoint checkpoint = log.latestCheckpoint().orElseThrow();
    StringBuilder expected = new StringBuilder("c2sp.org/tlog-proof@v1\nindex 9\n");
    for (Hash h : log.inclusionProof(9, 13).hashes()) {
      expected.append(h.base64()).append('\n');
    }
    expected.append('\n').append(checkpoint.encoded());
    assertThat(bundle.encoded()).isEqualTo(expected.toString());
    assertThat(bundle.proof()).hasSize(4);
    assertThat(ProofBundle.parse(bundle.encoded())).isEqualTo(bundle);
  }

  @Test
  void extraDataRoundTrips() {
    ProofBundle plain = log.proofBundle(fingerprints.get(0));
    ProofBundle withExtra =
        new ProofBundle(
            plain.index(), plain.proof(), plain.checkpoint(), Optional.of("b2NuLWtpdA=="));
    assertThat(withExtra.encoded())
        .startsWith("c2sp.org/tlog-proof@v1\nextra b2NuLWtpdA==\nindex 0\n");
    assertThat(ProofBundle.parse(withExtra.encoded())).isEqualTo(withExtra);
  }

  @Test
  void bundleVerifiesForItsFingerprintWithThePinnedKey() {
    for (int i = 0; i < fingerprints.size(); i++) {
      ProofBundle bundle = ProofBundle.parse(log.proofBundle(fingerprints.get(i)).encoded());
      BundleVerification result = bundle.verify(fingerprints.get(i), key.verifierKey());
      assertThat(result.passed()).as("entry %d: %s", i, result).isTrue();
      assertThat(result.checkpoint().key()).isEqualTo("checkpoint.verify.ok");
      assertThat(result.inclusion().key()).isEqualTo("proof.inclusion.ok");
    }
  }

  @Test
  void wrongKeyFailsTheCheckpointCheckOnly() {
    ProofBundle bundle = log.proofBundle(fingerprints.get(3));
    NoteVerifierKey impostor = NoteSigningKey.generate(key.name()).verifierKey();
    BundleVerification result = bundle.verify(fingerprints.get(3), impostor);
    assertThat(result.passed()).isFalse();
    assertThat(result.checkpoint().passed()).isFalse();
    assertThat(result.inclusion().passed()).isTrue();
  }

  @Test
  void anotherFingerprintFailsTheInclusionCheckOnly() {
    ProofBundle bundle = log.proofBundle(fingerprints.get(3));
    BundleVerification result = bundle.verify(fingerprints.get(4), key.verifierKey());
    assertThat(result.checkpoint().passed()).isTrue();
    assertThat(result.inclusion().passed()).isFalse();
    assertThat(result.inclusion().key()).isEqualTo("proof.inclusion.mismatch");
  }

  @Test
  void anAlteredProofHashOrIndexFailsTheInclusionCheck() {
    ProofBundle bundle = log.proofBundle(fingerprints.get(6));
    List<Hash> altered = new ArrayList<>(bundle.proof());
    altered.set(1, Fingerprints.flip(altered.get(1), 31, 0));
    assertThat(
            new ProofBundle(6, altered, bundle.checkpoint())
                .verify(fingerprints.get(6), key.verifierKey())
                .inclusion()
                .passed())
        .isFalse();
    assertThat(
            new ProofBundle(7, bundle.proof(), bundle.checkpoint())
                .verify(fingerprints.get(6), key.verifierKey())
                .inclusion()
                .passed())
        .isFalse();
  }

  @Test
  void anAlteredCheckpointFailsTheCheckpointCheck() {
    String text = log.proofBundle(fingerprints.get(2)).encoded();
    String root = log.treeHead().rootHash().base64();
    String otherRoot = Fingerprints.flip(log.treeHead().rootHash(), 0, 0).base64();
    BundleVerification result =
        ProofBundle.parse(text.replace(root, otherRoot))
            .verify(fingerprints.get(2), key.verifierKey());
    assertThat(result.checkpoint().key()).isEqualTo("note.verify.invalid");
    assertThat(result.inclusion().passed()).isFalse();
  }

  @Test
  void malformedBundlesNameTheLineAndRule() {
    String good = log.proofBundle(fingerprints.get(9)).encoded();
    String[] lines = good.split("\n", -1);
    assertProblem(
        good.replace("c2sp.org/tlog-proof@v1", "c2sp.org/tlog-proof@v2"),
        "bundle line 1",
        "bundle.header");
    assertProblem(good.replace("index 9", "index 09"), "bundle line 2", "bundle.index.format");
    assertProblem(good.replace("index 9", "idx 9"), "bundle line 2", "bundle.index.missing");
    assertProblem(good.replace("index 9", "index 13"), "bundle line 2", "bundle.index.beyondSize");
    assertProblem(
        good.replace("index 9\n", "extra !!\nindex 9\n"), "bundle line 2", "bundle.extra");
    assertProblem(
        good.replace(lines[3] + "\n", lines[3].substring(1) + "\n"),
        "bundle line 4",
        "bundle.hash");
    assertProblem(good.replace(lines[3] + "\n", ""), "bundle line 6", "bundle.proofLength");
    assertProblem(
        good.replace(lines[3] + "\n", lines[3] + "\n" + lines[3] + "\n"),
        "bundle line 8",
        "bundle.proofLength");
    assertProblem(
        String.join("\n", List.of(lines).subList(0, 6)) + "\n",
        "bundle line 7",
        "bundle.noCheckpoint");
    // A problem inside the checkpoint is located in the bundle: the size is bundle line 9.
    assertProblem(good.replace("\n13\n", "\n013\n"), "bundle line 9", "checkpoint.size.format");
    assertProblem(
        good.substring(0, good.lastIndexOf('\u2014')),
        "bundle checkpoint (from line 8)",
        "note.noSignatures");
  }

  private static void assertProblem(String text, String location, String key) {
    assertThatThrownBy(() -> ProofBundle.parse(text))
        .as(text)
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e -> {
              Problem p = ((InvalidInputException) e).problems().get(0);
              assertThat(p.message().key()).isEqualTo(key);
              assertThat(p.location()).isEqualTo(location);
            });
  }
}
