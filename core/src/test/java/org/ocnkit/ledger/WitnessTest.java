package org.ocnkit.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocnkit.InvalidInputException;
import org.ocnkit.RefusedException;

/**
 * Witness cosignatures (C2SP tlog-cosignature, {@code cosignature/v1}): the format checked with the
 * JDK's own Ed25519 and SHA-256, and the witness refusing every checkpoint that does not extend the
 * one it cosigned: that refusal is what exposes a split view.
 */
class WitnessTest {
  private static final Instant T1 = Instant.parse("2026-12-01T08:00:00Z");
  private static final Instant T2 = Instant.parse("2026-12-02T08:00:00Z");
  private static final String ORIGIN = "intyg.kommun-a.example/ocn-log";

  @TempDir Path tmp;

  private final NoteSigningKey logKey = NoteSigningKey.generate(ORIGIN);

  private TransparencyLog log(int seed, int size) {
    TransparencyLog log = new TransparencyLog(LogStore.inMemory());
    log.appendAll(Fingerprints.fingerprints(seed, size));
    return log;
  }

  private PublishedLog publish(TransparencyLog log, Path dir) {
    log.signCheckpoint(logKey, T1);
    log.publish(dir);
    return PublishedLog.open(dir);
  }

  @Test
  void aCosignatureLineFollowsTheSpecificationByteForByte() throws Exception {
    Witness witness = Witness.init(tmp.resolve("w"), "witness.kommun-b.example/w1");
    PublishedLog published = publish(log(1, 5), tmp.resolve("pub"));
    SignedCheckpoint cosigned = witness.cosign(published, logKey.verifierKey(), T1);

    // The vkey: name+hex(id)+base64(0x04 || key); key ID = SHA-256(name || 0x0A || 0x04 ||
    // key)[:4].
    String vkey = Files.readString(tmp.resolve("w").resolve(Witness.VKEY_FILE)).strip();
    String[] parts = vkey.split("\\+", 3);
    assertThat(parts[0]).isEqualTo("witness.kommun-b.example/w1");
    byte[] material = Base64.getDecoder().decode(parts[2]);
    assertThat(material).hasSize(33);
    assertThat(material[0]).isEqualTo((byte) 0x04);
    byte[] publicKey = Arrays.copyOfRange(material, 1, 33);
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    sha.update("witness.kommun-b.example/w1\n".getBytes(StandardCharsets.UTF_8));
    sha.update((byte) 0x04);
    sha.update(publicKey);
    byte[] keyId = Arrays.copyOf(sha.digest(), 4);
    assertThat(parts[1]).isEqualTo(String.format("%08x", ByteBuffer.wrap(keyId).getInt()));

    // The line: "— name base64(keyID(4) || timestamp(8, big-endian) || Ed25519 signature(64))".
    String file = Files.readString(tmp.resolve("pub").resolve("checkpoint"));
    String line =
        file.lines().filter(l -> l.startsWith("\u2014 witness.")).findFirst().orElseThrow();
    assertThat(file).isEqualTo(cosigned.encoded());
    byte[] raw = Base64.getDecoder().decode(line.substring(line.lastIndexOf(' ') + 1));
    assertThat(raw).hasSize(76);
    assertThat(Arrays.copyOf(raw, 4)).isEqualTo(keyId);
    long timestamp = ByteBuffer.wrap(raw, 4, 8).getLong();
    assertThat(timestamp).isEqualTo(T1.getEpochSecond());

    // Signed message: "cosignature/v1\ntime <ts>\n" + the checkpoint body; verified by the JDK.
    String body = file.substring(0, file.indexOf("\n\n") + 1);
    byte[] message =
        ("cosignature/v1\ntime " + timestamp + "\n" + body).getBytes(StandardCharsets.UTF_8);
    byte[] spki = new byte[44];
    System.arraycopy(
        new byte[] {0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00},
        0,
        spki,
        0,
        12);
    System.arraycopy(publicKey, 0, spki, 12, 32);
    PublicKey jdkKey =
        KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(spki));
    Signature jdk = Signature.getInstance("Ed25519");
    jdk.initVerify(jdkKey);
    jdk.update(message);
    assertThat(jdk.verify(Arrays.copyOfRange(raw, 12, 76))).isTrue();
    jdk.initVerify(jdkKey);
    jdk.update(message, 0, message.length - 2);
    assertThat(jdk.verify(Arrays.copyOfRange(raw, 12, 76))).isFalse();

    // The log's own signature still verifies and the witness line is ignored by it (C2SP).
    assertThat(SignedCheckpoint.parse(file).verify(logKey.verifierKey()).passed()).isTrue();
    assertThat(WitnessVerifierKey.parse(vkey)).isEqualTo(witness.verifierKey());
  }

  @Test
  void theSpecificationsExampleLineParsesAsATimestampedCosignature() {
    // From C2SP tlog-cosignature: key ID 8d66cf3f, timestamp 1679315147 (2023-03-20).
    String example =
        "example.com/behind-the-sofa\n20852163\n"
            + "CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n\n"
            + "\u2014 example.com/behind-the-sofa Az3grlgtzPICa5OS8npVmf1Myq/5IZniMp+ZJurmRDeOoRDe4URYN7u5"
            + "/Zhcyv2q1gGzGku9nTo+zyWE+xeMcTOAYQ8=\n"
            + "\u2014 witness.example.com/w1 jWbPPwAAAABkGFDLEZMHwSRaJNiIDoe9DYn/zXcrtPHeolMI5OWXEhZCB9dl"
            + "rDJsX3b2oyin1nPZqhf5nNo0xUe+mbIUBkBIfZ+qnA==\n";
    SignedCheckpoint parsed = SignedCheckpoint.parse(example);
    NoteSignature line = parsed.note().signatures().get(1);
    assertThat(line.keyIdHex()).isEqualTo("8d66cf3f");
    byte[] raw = Base64.getDecoder().decode(line.base64());
    assertThat(raw).hasSize(76);
    assertThat(ByteBuffer.wrap(raw, 4, 8).getLong()).isEqualTo(1679315147L);
  }

  @Test
  void theWitnessCosignsAGrowingLogAndVerifiersCountTheCosignatures() {
    Witness a = Witness.init(tmp.resolve("a"), "witness.kommun-b.example/w1");
    Witness b = Witness.init(tmp.resolve("b"), "witness.funder.example/w1");
    Witness absent = Witness.init(tmp.resolve("c"), "witness.other.example/w1");
    TransparencyLog log = log(2, 7);
    Path pub = tmp.resolve("pub");
    a.cosign(publish(log, pub), logKey.verifierKey(), T1);
    log.appendAll(Fingerprints.fingerprints(3, 300));
    a.cosign(publish(log, pub), logKey.verifierKey(), T2);
    SignedCheckpoint both = b.cosign(PublishedLog.open(pub), logKey.verifierKey(), T2);

    assertThat(both.treeHead().size()).isEqualTo(307);
    assertThat(both.note().signatures()).hasSize(3);
    List<WitnessVerifierKey> ab = List.of(a.verifierKey(), b.verifierKey());
    assertThat(both.verifyCosignatures(ab, 2).passed()).isTrue();
    assertThat(a.lastCosigned(logKey.verifierKey()).orElseThrow().treeHead())
        .isEqualTo(both.treeHead());

    LogCheck missing = both.verifyCosignatures(List.of(a.verifierKey(), absent.verifierKey()), 2);
    assertThat(missing.passed()).isFalse();
    assertThat(missing.key()).isEqualTo("cosignature.missing");
    assertThat(missing.message().toString()).contains("witness.other.example/w1");
    assertThat(both.verifyCosignatures(List.of(a.verifierKey(), absent.verifierKey()), 1).passed())
        .isTrue();

    // A key with the same name but other bytes (a wrong pinned key) counts nothing.
    WitnessVerifierKey wrong = WitnessKey.generate("witness.kommun-b.example/w1").verifierKey();
    assertThat(both.verifyCosignatures(List.of(wrong), 1).passed()).isFalse();
    // A cosignature over another body does not verify: the line moved to another checkpoint.
    NoteSignature aLine =
        both.note().signatures().stream()
            .filter(s -> a.verifierKey().claims(s))
            .findFirst()
            .orElseThrow();
    assertThat(a.verifierKey().verify(both.checkpoint().text(), aLine))
        .contains(T2.getEpochSecond());
    assertThat(
            a.verifierKey()
                .verify(ORIGIN + "\n1\n" + both.checkpoint().rootHash().base64() + "\n", aLine))
        .isEmpty();
  }

  @Test
  void theWitnessRefusesAForkAtTheSameSize() {
    Witness w = Witness.init(tmp.resolve("w"), "witness.kommun-b.example/w1");
    w.cosign(publish(log(4, 20), tmp.resolve("seen")), logKey.verifierKey(), T1);
    // The log signs a tree of the same size with another history, for another verifier.
    PublishedLog split = publish(log(5, 20), tmp.resolve("split"));
    assertThat(split.verifyCheckpoint(logKey.verifierKey()).passed()).isTrue();
    assertThatThrownBy(() -> w.cosign(split, logKey.verifierKey(), T2))
        .isInstanceOf(RefusedException.class)
        .satisfies(
            e ->
                assertThat(((RefusedException) e).problems().get(0).message().key())
                    .isEqualTo("witness.fork"));
    assertThat(Files.exists(tmp.resolve("split/checkpoint"))).isTrue();
    assertThat(split.checkpoint().note().signatures()).hasSize(1);
    assertThat(PublishedLog.open(tmp.resolve("split")).checkpoint().note().signatures()).hasSize(1);
  }

  @Test
  void theWitnessRefusesATreeThatDoesNotExtendTheCosignedOneAndASmallerOne() {
    Witness w = Witness.init(tmp.resolve("w"), "witness.kommun-b.example/w1");
    w.cosign(publish(log(6, 20), tmp.resolve("seen")), logKey.verifierKey(), T1);

    PublishedLog rewritten = publish(log(7, 30), tmp.resolve("rewritten"));
    assertThatThrownBy(() -> w.cosign(rewritten, logKey.verifierKey(), T2))
        .isInstanceOf(RefusedException.class)
        .satisfies(
            e ->
                assertThat(((RefusedException) e).problems().get(0).message().key())
                    .isEqualTo("witness.inconsistent"));

    PublishedLog smaller = publish(log(6, 12), tmp.resolve("smaller"));
    assertThatThrownBy(() -> w.cosign(smaller, logKey.verifierKey(), T2))
        .isInstanceOf(RefusedException.class)
        .satisfies(
            e ->
                assertThat(((RefusedException) e).problems().get(0).message().key())
                    .isEqualTo("witness.smaller"));

    // A checkpoint the log key did not sign is never cosigned.
    NoteSigningKey impostor = NoteSigningKey.generate(ORIGIN);
    TransparencyLog other = log(6, 25);
    other.signCheckpoint(impostor, T1);
    other.publish(tmp.resolve("impostor"));
    assertThatThrownBy(
            () -> w.cosign(PublishedLog.open(tmp.resolve("impostor")), logKey.verifierKey(), T2))
        .isInstanceOf(RefusedException.class)
        .satisfies(
            e ->
                assertThat(((RefusedException) e).problems().get(0).message().key())
                    .isEqualTo("witness.unsigned"));

    // Its state did not move: the honest extension is still cosigned.
    TransparencyLog honest = log(6, 20);
    honest.appendAll(Fingerprints.fingerprints(8, 5));
    assertThat(
            w.cosign(publish(honest, tmp.resolve("honest")), logKey.verifierKey(), T2)
                .treeHead()
                .size())
        .isEqualTo(25);
  }

  @Test
  void keysRoundTripAndAreNotMistakenForLogKeys() {
    WitnessKey key = WitnessKey.generate("witness.kommun-b.example/w1");
    assertThat(WitnessKey.parse(key.revealPrivateKeyString()).verifierKey())
        .isEqualTo(key.verifierKey());
    assertThat(key.toString()).doesNotContain(key.revealPrivateKeyString());
    assertThatThrownBy(() -> WitnessVerifierKey.parse(logKey.verifierKey().encoded()))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> NoteVerifierKey.parse(key.verifierKey().encoded()))
        .isInstanceOf(InvalidInputException.class);
    Witness.init(tmp.resolve("w"), "a");
    assertThatThrownBy(() -> Witness.init(tmp.resolve("w"), "a"))
        .isInstanceOf(RefusedException.class);
    assertThatThrownBy(() -> Witness.open(tmp.resolve("nothing")))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void publishingTheSameCheckpointAgainKeepsTheCosignatures() {
    Witness w = Witness.init(tmp.resolve("w"), "witness.kommun-b.example/w1");
    TransparencyLog log = log(9, 10);
    Path pub = tmp.resolve("pub");
    w.cosign(publish(log, pub), logKey.verifierKey(), T1);
    log.publish(pub);
    SignedCheckpoint again = PublishedLog.open(pub).checkpoint();
    assertThat(again.verifyCosignatures(List.of(w.verifierKey()), 1).passed()).isTrue();
    assertThat(again.verify(logKey.verifierKey()).passed()).isTrue();

    log.appendAll(Fingerprints.fingerprints(10, 1));
    SignedCheckpoint grown = publish(log, pub).checkpoint();
    assertThat(grown.note().signatures()).hasSize(1);
    assertThat(grown.verifyCosignatures(List.of(w.verifierKey()), 1).passed()).isFalse();
  }
}
