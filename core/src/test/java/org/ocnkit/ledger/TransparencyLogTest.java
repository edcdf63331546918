package org.ocnkit.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Message;
import org.ocnkit.RefusedException;

/** The facade: appending, checkpoints, proof bundles, and the mistakes it refuses. */
class TransparencyLogTest {
  private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
  private final NoteSigningKey key = NoteSigningKey.generate("intyg.example-kommun.se/ocn-log");

  @Test
  void anEmptyLogHasTheEmptyRootAndCanBeCheckpointed() {
    TransparencyLog log = new TransparencyLog(LogStore.inMemory());
    assertThat(log.treeHead()).isEqualTo(new TreeHead(0, Rfc6962.emptyRoot()));
    SignedCheckpoint checkpoint = log.signCheckpoint(key, NOW);
    assertThat(checkpoint.encoded())
        .startsWith(
            "intyg.example-kommun.se/ocn-log\n0\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n\n\u2014 ");
    assertThat(log.audit(key.verifierKey()).passed()).isTrue();
  }

  @Test
  void aFingerprintAlreadyInTheLogKeepsItsIndex() {
    TransparencyLog log = new TransparencyLog(LogStore.inMemory());
    Hash a = Fingerprints.fingerprint(1, 1);
    Hash b = Fingerprints.fingerprint(1, 2);
    assertThat(log.append(a)).isZero();
    assertThat(log.appendAll(List.of(b, a, b, Fingerprints.fingerprint(1, 3))))
        .containsExactly(1L, 0L, 1L, 2L);
    assertThat(log.size()).isEqualTo(3);
    assertThat(log.audit(null).passed()).isTrue();
  }

  @Test
  void aProofBundleNeedsACheckpointThatCoversTheEntry() {
    TransparencyLog log = new TransparencyLog(LogStore.inMemory());
    Hash first = Fingerprints.fingerprint(2, 0);
    log.append(first);
    assertRefused(() -> log.proofBundle(first), "log.noCheckpoint");
    log.signCheckpoint(key, NOW);
    Hash second = Fingerprints.fingerprint(2, 1);
    log.append(second);
    assertRefused(() -> log.proofBundle(second), "log.notYetCheckpointed");
    log.signCheckpoint(key, NOW);
    assertThat(log.proofBundle(second).verify(second, key.verifierKey()).passed()).isTrue();
    assertThat(log.proofBundle(first).verify(first, key.verifierKey()).passed()).isTrue();
  }

  @Test
  void unknownFingerprintsAndSizesBeyondTheLogAreInputErrors() {
    TransparencyLog log = new TransparencyLog(LogStore.inMemory());
    log.appendAll(Fingerprints.fingerprints(3, 10));
    assertInvalid(
        () -> log.inclusionProof(Fingerprints.fingerprint(4, 0), 10), "log.unknownFingerprint");
    assertInvalid(() -> log.treeHead(11), "log.sizeBeyond");
    assertInvalid(() -> log.inclusionProof(10, 10), "log.indexBeyond");
    assertInvalid(() -> log.consistencyProof(0, 5), "log.consistencySizes");
    assertInvalid(() -> log.consistencyProof(6, 5), "log.consistencySizes");
    assertThat(log.consistencyProof(5, 5).hashes()).isEmpty();
  }

  @Test
  void aLogKeepsItsOrigin() {
    TransparencyLog log = new TransparencyLog(LogStore.inMemory());
    log.appendAll(Fingerprints.fingerprints(5, 3));
    log.signCheckpoint(key, NOW);
    assertRefused(
        () -> log.signCheckpoint(NoteSigningKey.generate("other.example/log"), NOW),
        "log.sign.otherOrigin");
    // A new key under the same name (a rotation) may sign; verifiers then pin the new key.
    NoteSigningKey rotated = NoteSigningKey.generate(key.name());
    SignedCheckpoint next = log.signCheckpoint(rotated, NOW);
    assertThat(next.verify(rotated.verifierKey()).passed()).isTrue();
    assertThat(next.verify(key.verifierKey()).passed()).isFalse();
  }

  @Test
  void consecutiveCheckpointsAreConsistent() {
    TransparencyLog log = new TransparencyLog(LogStore.inMemory());
    log.appendAll(Fingerprints.fingerprints(6, 37));
    SignedCheckpoint first = log.signCheckpoint(key, NOW);
    log.appendAll(Fingerprints.fingerprints(7, 91));
    SignedCheckpoint second = log.signCheckpoint(key, NOW.plusSeconds(60));
    ConsistencyProof proof = log.consistencyProof(37, 128);
    assertThat(proof.verify(first.treeHead().rootHash(), second.treeHead().rootHash()).passed())
        .isTrue();
  }

  @Test
  void messagesReadInSwedishAndEnglish() {
    Message message = Message.of(LogCheck.class, "log.noCheckpoint");
    assertThat(message.format(Locale.ROOT)).contains("no signed checkpoint");
    assertThat(message.format(Message.SWEDISH)).contains("ingen signerad kontrollpunkt");
  }

  private static void assertRefused(Runnable action, String key) {
    assertThatThrownBy(action::run)
        .isInstanceOf(RefusedException.class)
        .satisfies(e -> assertThat(Problems.firstKey(e)).isEqualTo(key));
  }

  private static void assertInvalid(Runnable action, String key) {
    assertThatThrownBy(action::run)
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(Problems.firstKey(e)).isEqualTo(key));
  }
}
