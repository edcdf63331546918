package org.ocnkit.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Problem;

/** C2SP tlog-checkpoint bodies: exact text, strict parsing, and signed checkpoints. */
class CheckpointTest {
  private static final Hash ROOT = Hash.fromBase64("CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=");

  @Test
  void textIsOriginSizeAndRootEachEndingInNewline() {
    Checkpoint checkpoint =
        new Checkpoint("example.com/behind-the-sofa", new TreeHead(20852163, ROOT));
    // The C2SP tlog-checkpoint example, byte for byte.
    assertThat(checkpoint.text())
        .isEqualTo(
            "example.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n");
    assertThat(Checkpoint.parse(checkpoint.text())).isEqualTo(checkpoint);
  }

  @Test
  void emptyTreeAndExtensionLinesRoundTrip() {
    Checkpoint empty = new Checkpoint("ocn.example/log", new TreeHead(0, Rfc6962.emptyRoot()));
    assertThat(empty.text())
        .isEqualTo("ocn.example/log\n0\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n");
    Checkpoint withExtensions =
        Checkpoint.parse("ocn.example/log\n5\n" + ROOT.base64() + "\nfirst\nsecond\n");
    assertThat(withExtensions.extensions()).containsExactly("first", "second");
    assertThat(withExtensions.text()).endsWith("\nfirst\nsecond\n");
  }

  @Test
  void malformedCheckpointsNameTheLineAndRule() {
    assertProblem("ocn.example/log\n5\n" + ROOT.base64(), "", "checkpoint.unterminated");
    assertProblem("ocn.example/log\n5\n", "", "checkpoint.tooShort");
    assertProblem("\n5\n" + ROOT.base64() + "\n", "checkpoint line 1", "checkpoint.origin.empty");
    assertProblem("o\n05\n" + ROOT.base64() + "\n", "checkpoint line 2", "checkpoint.size.format");
    assertProblem("o\n-5\n" + ROOT.base64() + "\n", "checkpoint line 2", "checkpoint.size.format");
    assertProblem("o\n+5\n" + ROOT.base64() + "\n", "checkpoint line 2", "checkpoint.size.format");
    assertProblem(
        "o\n99999999999999999999\n" + ROOT.base64() + "\n",
        "checkpoint line 2",
        "checkpoint.size.format");
    assertProblem("o\n5\nAAAA\n", "checkpoint line 3", "checkpoint.root.format");
    assertProblem("o\n5\n" + ROOT.hex() + "\n", "checkpoint line 3", "checkpoint.root.format");
    assertProblem(
        "o\n5\n" + ROOT.base64() + "\n\n", "checkpoint line 4", "checkpoint.extension.empty");
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    assertThatThrownBy(() -> Checkpoint.parse("\n05\nAAAA\n"))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).problems())
                    .extracting(Problem::location)
                    .containsExactly(
                        "checkpoint line 1", "checkpoint line 2", "checkpoint line 3"));
  }

  private static void assertProblem(String text, String location, String key) {
    assertThatThrownBy(() -> Checkpoint.parse(text))
        .as(text)
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e -> {
              Problem p = ((InvalidInputException) e).problems().get(0);
              assertThat(p.location()).isEqualTo(location);
              assertThat(p.message().key()).isEqualTo(key);
            });
  }

  @Test
  void signedCheckpointVerifiesWithThePinnedKeyOnly() {
    NoteSigningKey key = NoteSigningKey.generate("ocn.example/log");
    SignedCheckpoint signed =
        SignedCheckpoint.sign(new Checkpoint("ocn.example/log", new TreeHead(3, ROOT)), key);
    assertThat(SignedCheckpoint.parse(signed.encoded())).isEqualTo(signed);
    assertThat(signed.verify(key.verifierKey()).passed()).isTrue();

    LogCheck otherKey = signed.verify(NoteSigningKey.generate("ocn.example/log").verifierKey());
    assertThat(otherKey.passed()).isFalse();
    assertThat(otherKey.key()).isEqualTo("note.verify.noKnownKey");

    LogCheck otherLog = signed.verify(NoteSigningKey.generate("other.example/log").verifierKey());
    assertThat(otherLog.passed()).isFalse();
    assertThat(otherLog.key()).isEqualTo("checkpoint.verify.origin");

    String biggerTree = signed.encoded().replace("\n3\n", "\n4\n");
    LogCheck altered = SignedCheckpoint.parse(biggerTree).verify(key.verifierKey());
    assertThat(altered.passed()).isFalse();
    assertThat(altered.key()).isEqualTo("note.verify.invalid");
  }

  @Test
  void aCheckpointIsSignedOnlyWithTheKeyNamedAfterItsOrigin() {
    NoteSigningKey key = NoteSigningKey.generate("other.example/log");
    assertThatThrownBy(
            () ->
                SignedCheckpoint.sign(
                    new Checkpoint("ocn.example/log", new TreeHead(3, ROOT)), key))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void witnessCosignaturesByUnknownKeysAreIgnored() {
    NoteSigningKey log = NoteSigningKey.generate("ocn.example/log");
    NoteSigningKey witness = NoteSigningKey.generate("witness.example/w1");
    Checkpoint checkpoint = new Checkpoint("ocn.example/log", new TreeHead(3, ROOT));
    SignedNote both = SignedNote.sign(checkpoint.text(), witness, log);
    SignedCheckpoint parsed = SignedCheckpoint.parse(both.encoded());
    assertThat(parsed.note().signatures()).hasSize(2);
    assertThat(parsed.verify(log.verifierKey()).passed()).isTrue();
    assertThat(List.of(parsed.checkpoint())).containsExactly(checkpoint);
  }
}
