package org.ocnkit.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocnkit.InvalidInputException;
import org.ocnkit.RefusedException;

/**
 * Publishing as C2SP tlog-tiles and reading back: the layout and path encoding of the
 * specification, tile and bundle contents, and proofs served from the tiles alone.
 */
class TilesTest {
  private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

  @TempDir Path dir;

  @Test
  void tileIndexesAreWrittenInGroupsOfThreeDigits() {
    assertThat(TilePath.encodeIndex(1234067)).isEqualTo("x001/x234/067");
    assertThat(TilePath.encodeIndex(0)).isEqualTo("000");
    assertThat(TilePath.encodeIndex(5)).isEqualTo("005");
    assertThat(TilePath.encodeIndex(999)).isEqualTo("999");
    assertThat(TilePath.encodeIndex(1000)).isEqualTo("x001/000");
    assertThat(TilePath.encodeIndex(1_000_000)).isEqualTo("x001/x000/000");
    assertThat(TilePath.tile(0, 1234067, 256)).isEqualTo("tile/0/x001/x234/067");
    assertThat(TilePath.tile(1, 1, 17)).isEqualTo("tile/1/001.p/17");
    assertThat(TilePath.entryBundle(273, 112)).isEqualTo("tile/entries/273.p/112");
    assertThatThrownBy(() -> TilePath.tile(0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TilePath.tile(0, 0, 257)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aTreeOf70000EntriesHasTheTilesTheSpecificationLists() throws IOException {
    NoteSigningKey key = NoteSigningKey.generate("ocn.example/log");
    TransparencyLog log = new TransparencyLog(LogStore.inMemory());
    List<Hash> fingerprints = Fingerprints.fingerprints(41, 70_000);
    log.appendAll(fingerprints);
    log.signCheckpoint(key, NOW);
    PublishResult result = log.publish(dir);

    // "273 full level 0 tiles, one partial level 0 tile of width 112, one full level 1 tile,
    // one partial level 1 tile of width 17, and one partial level 2 tile of width 1."
    List<String> files = files(dir);
    assertThat(files.stream().filter(f -> f.matches("tile/0/[x0-9/]+"))).hasSize(273);
    assertThat(files)
        .contains(
            "tile/0/273.p/112",
            "tile/1/000",
            "tile/1/001.p/17",
            "tile/2/000.p/1",
            "tile/entries/272",
            "tile/entries/273.p/112",
            "checkpoint");
    assertThat(files.stream().filter(f -> f.startsWith("tile/entries/"))).hasSize(274);
    assertThat(files).hasSize(273 + 1 + 1 + 1 + 1 + 274 + 1);
    assertThat(result.tilesWritten()).isEqualTo(277);
    assertThat(result.bundlesWritten()).isEqualTo(274);

    // Level 0 holds leaf hashes; level 1 holds roots of 256 entries.
    byte[] tile0 = Files.readAllBytes(dir.resolve("tile/0/000"));
    assertThat(tile0).hasSize(8192);
    for (int i = 0; i < 256; i++) {
      assertThat(Hash.of(Arrays.copyOfRange(tile0, 32 * i, 32 * i + 32)))
          .isEqualTo(Rfc6962.leafHash(fingerprints.get(i)));
    }
    byte[] tile1 = Files.readAllBytes(dir.resolve("tile/1/001.p/17"));
    assertThat(tile1).hasSize(17 * 32);
    assertThat(Hash.of(Arrays.copyOfRange(tile1, 0, 32)))
        .isEqualTo(
            ReferenceMerkle.mth(
                Fingerprints.leafHashes(fingerprints.subList(256 * 256, 256 * 257))));
    // Level 2's only hash is the root of the first 65,536 entries.
    assertThat(Hash.of(Files.readAllBytes(dir.resolve("tile/2/000.p/1"))))
        .isEqualTo(log.treeHead(65_536).rootHash());

    // Entry bundles: big-endian uint16 length 32, then the fingerprint.
    ByteBuffer bundle = ByteBuffer.wrap(Files.readAllBytes(dir.resolve("tile/entries/273.p/112")));
    assertThat(bundle.remaining()).isEqualTo(112 * 34);
    for (int i = 0; i < 112; i++) {
      assertThat(bundle.getShort()).isEqualTo((short) 32);
      byte[] entry = new byte[32];
      bundle.get(entry);
      assertThat(Hash.of(entry)).isEqualTo(fingerprints.get(273 * 256 + i));
    }
    assertThat(Files.readString(dir.resolve("checkpoint")))
        .isEqualTo(log.latestCheckpoint().orElseThrow().encoded());
  }

  @Test
  void aTreeOf256EntriesHasAFullLevel0TileAndAPartialLevel1Tile() {
    TransparencyLog log = new TransparencyLog(LogStore.inMemory());
    log.appendAll(Fingerprints.fingerprints(42, 256));
    log.signCheckpoint(NoteSigningKey.generate("ocn.example/log"), NOW);
    log.publish(dir);
    assertThat(files(dir))
        .containsExactlyInAnyOrder(
            "checkpoint", "tile/0/000", "tile/1/000.p/1", "tile/entries/000");
  }

  @Test
  void theTilesAloneGiveTheSameRootsProofsAndEntriesAsTheStore() {
    NoteSigningKey key = NoteSigningKey.generate("ocn.example/log");
    TransparencyLog log = new TransparencyLog(LogStore.inMemory());
    List<Hash> fingerprints = Fingerprints.fingerprints(43, 70_000);
    log.appendAll(fingerprints);
    log.signCheckpoint(key, NOW);
    log.publish(dir);

    PublishedLog published = PublishedLog.open(dir);
    assertThat(published.verifyCheckpoint(key.verifierKey()).passed()).isTrue();
    assertThat(published.checkpoint()).isEqualTo(log.latestCheckpoint().orElseThrow());
    Random random = new Random(5);
    List<Long> sizes =
        Stream.concat(
                Stream.of(1L, 255L, 256L, 257L, 65_535L, 65_536L, 65_537L, 70_000L),
                random.longs(30, 1, 70_001).boxed())
            .toList();
    for (long size : sizes) {
      assertThat(published.treeHead(size)).as("size %d", size).isEqualTo(log.treeHead(size));
      long index = random.nextInt((int) size);
      long from = 1 + random.nextInt((int) size);
      InclusionProof inclusion = published.inclusionProof(index, size);
      assertThat(inclusion).isEqualTo(log.inclusionProof(index, size));
      assertThat(
              inclusion.verifies(
                  Rfc6962.leafHash(published.entry(index)), log.treeHead(size).rootHash()))
          .isTrue();
      assertThat(published.consistencyProof(from, size))
          .isEqualTo(log.consistencyProof(from, size));
      assertThat(published.entry(index)).isEqualTo(fingerprints.get((int) index));
    }
    assertThatThrownBy(() -> published.treeHead(70_001)).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void aCertificatesCheckpointIsShownConsistentWithTheLaterPublishedOne() {
    NoteSigningKey key = NoteSigningKey.generate("ocn.example/log");
    TransparencyLog log = new TransparencyLog(LogStore.inMemory());
    List<Hash> fingerprints = Fingerprints.fingerprints(44, 5000);
    log.appendAll(fingerprints.subList(0, 1000));
    log.signCheckpoint(key, NOW);
    ProofBundle certificateProof = log.proofBundle(fingerprints.get(700));
    log.publish(dir);
    log.appendAll(fingerprints.subList(1000, 5000));
    log.signCheckpoint(key, NOW.plusSeconds(3600));
    PublishResult second = log.publish(dir);
    assertThat(second.treeHead().size()).isEqualTo(5000);
    // Only what is new is written; the first publication's tiles stay.
    assertThat(second.tilesWritten()).isEqualTo((5000 / 256 - 1000 / 256) + 1 + 1);
    assertThat(dir.resolve("tile/0/003.p/232")).exists();

    PublishedLog published = PublishedLog.open(dir);
    ConsistencyVerification result =
        published.verifyConsistency(certificateProof.checkpoint(), key.verifierKey());
    assertThat(result.passed()).as(result.toString()).isTrue();
    assertThat(result.consistency().key()).isEqualTo("proof.consistency.ok");
    assertThat(certificateProof.verify(fingerprints.get(700), key.verifierKey()).passed()).isTrue();

    // A checkpoint signed by the real key for a different history at size 1000: a fork.
    SignedCheckpoint fork =
        SignedCheckpoint.sign(
            new Checkpoint(key.name(), new TreeHead(1000, Fingerprints.fingerprint(0, 1))), key);
    ConsistencyVerification forked = published.verifyConsistency(fork, key.verifierKey());
    assertThat(forked.held().passed()).isTrue();
    assertThat(forked.consistency().passed()).isFalse();
    assertThat(forked.consistency().key()).isEqualTo("proof.consistency.mismatch");

    NoteVerifierKey impostor = NoteSigningKey.generate(key.name()).verifierKey();
    ConsistencyVerification untrusted =
        published.verifyConsistency(certificateProof.checkpoint(), impostor);
    assertThat(untrusted.published().passed()).isFalse();
    assertThat(untrusted.held().passed()).isFalse();

    SignedCheckpoint newer =
        SignedCheckpoint.sign(
            new Checkpoint(key.name(), new TreeHead(6000, Fingerprints.fingerprint(0, 2))), key);
    assertThat(published.verifyConsistency(newer, key.verifierKey()).consistency().key())
        .isEqualTo("published.stale");
  }

  @Test
  void thePartialTilesOfEveryCheckpointedSizeArePublished() throws IOException {
    NoteSigningKey key = NoteSigningKey.generate("ocn.example/log");
    TransparencyLog log = new TransparencyLog(LogStore.inMemory());
    List<Hash> fingerprints = Fingerprints.fingerprints(49, 1000);
    log.appendAll(fingerprints.subList(0, 300));
    SignedCheckpoint at300 = log.signCheckpoint(key, NOW);
    log.appendAll(fingerprints.subList(300, 700));
    log.signCheckpoint(key, NOW);
    log.appendAll(fingerprints.subList(700, 1000));
    log.signCheckpoint(key, NOW);
    log.publish(dir);
    assertThat(files(dir))
        .contains(
            "tile/0/001.p/44",
            "tile/1/000.p/1",
            "tile/entries/001.p/44",
            "tile/0/002.p/188",
            "tile/1/000.p/2",
            "tile/entries/002.p/188",
            "tile/0/003.p/232",
            "tile/1/000.p/3",
            "tile/entries/003.p/232");

    // A client that trusts only the checkpoint of size 300 finds every tile it needs.
    Files.writeString(dir.resolve("checkpoint"), at300.encoded());
    PublishedLog old = PublishedLog.open(dir);
    assertThat(old.treeHead(300)).isEqualTo(at300.treeHead());
    assertThat(old.entry(299)).isEqualTo(fingerprints.get(299));
    assertThat(
            old.inclusionProof(290, 300)
                .verifies(Rfc6962.leafHash(fingerprints.get(290)), at300.treeHead().rootHash()))
        .isTrue();
  }

  @Test
  void anAlteredTileGivesProofsThatDoNotVerify() throws IOException {
    NoteSigningKey key = NoteSigningKey.generate("ocn.example/log");
    TransparencyLog log = new TransparencyLog(LogStore.inMemory());
    List<Hash> fingerprints = Fingerprints.fingerprints(45, 1000);
    log.appendAll(fingerprints);
    SignedCheckpoint checkpoint = log.signCheckpoint(key, NOW);
    log.publish(dir);
    Path tile = dir.resolve("tile/0/001");
    byte[] bytes = Files.readAllBytes(tile);
    bytes[32 * 10] ^= 1; // the leaf hash of entry 266
    Files.write(tile, bytes);

    PublishedLog published = PublishedLog.open(dir);
    InclusionProof proof = published.inclusionProof(267, 1000);
    assertThat(
            proof.verifies(
                Rfc6962.leafHash(fingerprints.get(267)), checkpoint.treeHead().rootHash()))
        .isFalse();
    // The root of 1000 uses level-1 tile hashes only; the root of 300 uses node (5, 8), entries
    // 256-287, which is recomputed from the altered level-0 tile.
    assertThat(published.treeHead(1000).rootHash()).isEqualTo(checkpoint.treeHead().rootHash());
    assertThat(published.treeHead(300)).isNotEqualTo(log.treeHead(300));

    Files.write(tile, Arrays.copyOf(bytes, 100));
    assertThatThrownBy(() -> PublishedLog.open(dir).inclusionProof(267, 1000))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(Problems.firstKey(e)).isEqualTo("published.tile.length"));
  }

  @Test
  void publishingIsRefusedIntoAFolderOfAnotherOrNewerLog() {
    NoteSigningKey key = NoteSigningKey.generate("ocn.example/log");
    TransparencyLog log = new TransparencyLog(LogStore.inMemory());
    log.appendAll(Fingerprints.fingerprints(46, 300));
    log.signCheckpoint(key, NOW);
    log.publish(dir);

    TransparencyLog other = new TransparencyLog(LogStore.inMemory());
    other.appendAll(Fingerprints.fingerprints(47, 400));
    other.signCheckpoint(NoteSigningKey.generate("other.example/log"), NOW);
    assertThatThrownBy(() -> other.publish(dir))
        .isInstanceOf(RefusedException.class)
        .satisfies(e -> assertThat(Problems.firstKey(e)).isEqualTo("publish.existing.otherLog"));

    TransparencyLog older = new TransparencyLog(LogStore.inMemory());
    older.appendAll(Fingerprints.fingerprints(46, 200));
    older.signCheckpoint(key, NOW);
    assertThatThrownBy(() -> older.publish(dir))
        .satisfies(e -> assertThat(Problems.firstKey(e)).isEqualTo("publish.existing.newer"));

    TransparencyLog fork = new TransparencyLog(LogStore.inMemory());
    fork.appendAll(Fingerprints.fingerprints(48, 500));
    fork.signCheckpoint(key, NOW);
    assertThatThrownBy(() -> fork.publish(dir))
        .satisfies(
            e -> assertThat(Problems.firstKey(e)).isEqualTo("publish.existing.inconsistent"));
  }

  @Test
  void aFolderWithoutCheckpointIsNotAPublishedLog() {
    assertThatThrownBy(() -> PublishedLog.open(dir))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(Problems.firstKey(e)).isEqualTo("published.missing"));
  }

  private static List<String> files(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile)
          .map(p -> dir.relativize(p).toString().replace('\\', '/'))
          .sorted()
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
