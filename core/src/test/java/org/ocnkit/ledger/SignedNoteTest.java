package org.ocnkit.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.junit.jupiter.api.Test;
import org.ocnkit.InvalidInputException;

/**
 * C2SP signed notes and their keys: the published vectors of the C2SP specification and of Go's
 * {@code golang.org/x/mod/sumdb/note}, a worked example built by hand from the specification and
 * signed with Bouncy Castle, signatures made with the JDK verified by Bouncy Castle, and every kind
 * of note a verifier must reject.
 */
class SignedNoteTest {
  // C2SP signed-note, section "Example".
  private static final String C2SP_VKEY =
      "example.com/foo+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k";
  private static final String C2SP_NOTE =
      "This is an example message.\n\n\u2014 example.com/foo Uw2QOkn8srV1yJGh2VYRlL1Tnagv1YEq6Tf"
          + "Xppzi2ONncAlTgK7Ztg1ERYNZXsYjOBH3mFXmRKuwHjG1Yu72IneyaQM=\n";

  // golang.org/x/mod/sumdb/note, note_test.go.
  private static final String PETER_SKEY =
      "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz";
  private static final String PETER_VKEY =
      "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW";
  private static final String ENOCH_VKEY =
      "EnochRoot+af0cfe78+ATtqJ7zOtqQtYqOo0CpvDXNlMhV3HeJDpjrASKGLWdop";
  private static final String TEXT =
      "If you think cryptography is the answer to your problem,\n"
          + "then you don't know what your problem is.\n";
  private static final String PETER_SIG =
      "\u2014 PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqd"
          + "ngotpRZb6KE6RyyBwJnAM=\n";
  private static final String ENOCH_SIG =
      "\u2014 EnochRoot rwz+eBzmZa0SO3NbfRGzPCpDckykFXSdeX+MNtCOXm2/5n2tiOHp+vAF1aGrQ5ovTG01oOTGwnW"
          + "Lox33WWd1RvMc+QQ=\n";

  @Test
  void c2spSpecificationExampleVerifies() {
    NoteVerifierKey key = NoteVerifierKey.parse(C2SP_VKEY);
    assertThat(key.name()).isEqualTo("example.com/foo");
    assertThat(key.keyId()).isEqualTo(0x530d903a);
    assertThat(key.encoded()).isEqualTo(C2SP_VKEY);

    SignedNote note = SignedNote.parse(C2SP_NOTE.getBytes(StandardCharsets.UTF_8));
    assertThat(note.text()).isEqualTo("This is an example message.\n");
    assertThat(note.encoded()).isEqualTo(C2SP_NOTE);
    LogCheck check = note.verify(List.of(key));
    assertThat(check.passed()).as(check.toString()).isTrue();
    assertThat(check.key()).isEqualTo("note.verify.ok");
  }

  @Test
  void goVectorIsSignedByteForByte() {
    NoteSigningKey peter = NoteSigningKey.parse(PETER_SKEY);
    assertThat(peter.name()).isEqualTo("PeterNeumann");
    assertThat(peter.verifierKey().encoded()).isEqualTo(PETER_VKEY);
    assertThat(peter.revealPrivateKeyString()).isEqualTo(PETER_SKEY);
    assertThat(peter.toString()).doesNotContain("AYEKFALV").contains("c74f20a3");

    SignedNote note = SignedNote.sign(TEXT, peter);
    assertThat(note.encoded()).isEqualTo(TEXT + "\n" + PETER_SIG);
    assertThat(note.bytes()).isEqualTo((TEXT + "\n" + PETER_SIG).getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void goNoteWithTwoSignaturesVerifiesWithEitherKnownKey() {
    NoteVerifierKey peter = NoteVerifierKey.parse(PETER_VKEY);
    NoteVerifierKey enoch = NoteVerifierKey.parse(ENOCH_VKEY);
    SignedNote note = SignedNote.parse(TEXT + "\n" + PETER_SIG + ENOCH_SIG);
    assertThat(note.signatures())
        .extracting(NoteSignature::keyName)
        .containsExactly("PeterNeumann", "EnochRoot");
    assertThat(note.signatures().get(1).keyId()).isEqualTo(0xaf0cfe78);

    assertThat(note.verify(List.of(peter)).passed()).isTrue();
    assertThat(note.verify(List.of(enoch)).passed()).isTrue();
    assertThat(note.verify(List.of(peter, enoch)).message().toString())
        .contains("PeterNeumann+c74f20a3", "EnochRoot+af0cfe78");
    LogCheck none = note.verify(List.of());
    assertThat(none.passed()).isFalse();
    assertThat(none.key()).isEqualTo("note.verify.noKnownKey");
  }

  /**
   * A checkpoint note built by hand from the C2SP texts: key ID from SHA-256(name || 0x0A || 0x01
   * || public key), the public key and signature from Bouncy Castle, the lines assembled here. Ours
   * must be the same bytes.
   */
  @Test
  void checkpointNoteMatchesAWorkedExampleBuiltFromTheSpecification() throws Exception {
    byte[] seed = new byte[32];
    for (int i = 0; i < seed.length; i++) {
      seed[i] = (byte) (i + 1);
    }
    String name = "intyg.example-kommun.se/ocn-log";
    byte[] publicKey = new Ed25519PrivateKeyParameters(seed, 0).generatePublicKey().getEncoded();

    MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
    sha256.update(name.getBytes(StandardCharsets.UTF_8));
    sha256.update((byte) 0x0a);
    sha256.update((byte) 0x01);
    sha256.update(publicKey);
    byte[] keyId = java.util.Arrays.copyOf(sha256.digest(), 4);

    Hash root = Hash.fromHex("5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");
    String text = name + "\n" + "8\n" + "XcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\n";
    Ed25519Signer bc = new Ed25519Signer();
    bc.init(true, new Ed25519PrivateKeyParameters(seed, 0));
    byte[] textBytes = text.getBytes(StandardCharsets.UTF_8);
    bc.update(textBytes, 0, textBytes.length);
    byte[] signature = bc.generateSignature();
    byte[] keyIdAndSignature = ByteBuffer.allocate(68).put(keyId).put(signature).array();
    String expected =
        text
            + "\n"
            + "\u2014 "
            + name
            + " "
            + Base64.getEncoder().encodeToString(keyIdAndSignature)
            + "\n";

    NoteSigningKey key = NoteSigningKey.fromSeed(name, seed);
    SignedCheckpoint ours = SignedCheckpoint.sign(new Checkpoint(name, new TreeHead(8, root)), key);

    assertThat(ours.checkpoint().text()).isEqualTo(text);
    assertThat(ours.encoded().getBytes(StandardCharsets.UTF_8))
        .isEqualTo(expected.getBytes(StandardCharsets.UTF_8));
    // The em dash is the three UTF-8 bytes E2 80 94, followed by a space.
    int dash = text.length() + 1;
    assertThat(
            java.util.Arrays.copyOfRange(expected.getBytes(StandardCharsets.UTF_8), dash, dash + 4))
        .isEqualTo(new byte[] {(byte) 0xe2, (byte) 0x80, (byte) 0x94, 0x20});

    byte[] material = new byte[33];
    material[0] = 0x01;
    System.arraycopy(publicKey, 0, material, 1, 32);
    String hexId = HexFormat.of().formatHex(keyId);
    assertThat(key.verifierKey().encoded())
        .isEqualTo(name + "+" + hexId + "+" + Base64.getEncoder().encodeToString(material));
    System.arraycopy(seed, 0, material, 1, 32);
    assertThat(key.revealPrivateKeyString())
        .isEqualTo(
            "PRIVATE+KEY+"
                + name
                + "+"
                + hexId
                + "+"
                + Base64.getEncoder().encodeToString(material));
    assertThat(ours.verify(key.verifierKey()).passed()).isTrue();
  }

  @Test
  void signaturesMadeWithTheJdkVerifyWithBouncyCastle() {
    for (int i = 0; i < 20; i++) {
      NoteSigningKey key = NoteSigningKey.generate("ocn.example/log" + i);
      String text = "ocn.example/log" + i + "\n" + i + "\n" + Rfc6962.emptyRoot().base64() + "\n";
      SignedNote note = SignedNote.sign(text, key);
      byte[] signature = note.signatures().get(0).signature();

      assertThat(bouncyCastleVerifies(key.verifierKey().publicKey(), text, signature)).isTrue();
      assertThat(bouncyCastleVerifies(key.verifierKey().publicKey(), text + "x\n", signature))
          .isFalse();
      // The JDK made the key pair; Bouncy Castle derives the same public key from the seed.
      NoteSigningKey reread = NoteSigningKey.parse(key.revealPrivateKeyString());
      assertThat(reread.verifierKey()).isEqualTo(key.verifierKey());
    }
  }

  @Test
  void aKeyRemembersOnlyExactValidPairs() {
    // NoteVerifierKey keeps the pairs it found valid (a folder of certificates repeats one
    // checkpoint): a repeat must not let a changed text or signature through.
    NoteSigningKey key = NoteSigningKey.generate("ocn.example/log");
    NoteVerifierKey verifier = key.verifierKey();
    String text = "ocn.example/log\n3\n" + Rfc6962.emptyRoot().base64() + "\n";
    byte[] signature = SignedNote.sign(text, key).signatures().get(0).signature();
    byte[] flipped = signature.clone();
    flipped[5] ^= 1;
    for (int round = 0; round < 3; round++) {
      assertThat(verifier.verifies(text, signature)).isTrue();
      assertThat(verifier.verifies(text + "x\n", signature)).isFalse();
      assertThat(verifier.verifies(text, flipped)).isFalse();
      assertThat(NoteSigningKey.generate("ocn.example/log").verifierKey().verifies(text, signature))
          .isFalse();
    }
    for (int i = 0; i < 300; i++) { // more than it keeps: it forgets, and still answers right
      String other = "ocn.example/log\n" + i + "\n";
      assertThat(
              verifier.verifies(other, SignedNote.sign(other, key).signatures().get(0).signature()))
          .isTrue();
    }
    assertThat(verifier.verifies(text, signature)).isTrue();
    assertThat(verifier.verifies(text, flipped)).isFalse();
  }

  private static boolean bouncyCastleVerifies(byte[] publicKey, String text, byte[] signature) {
    Ed25519Signer verifier = new Ed25519Signer();
    verifier.init(false, new Ed25519PublicKeyParameters(publicKey, 0));
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    verifier.update(bytes, 0, bytes.length);
    return verifier.verifySignature(signature);
  }

  @Test
  void aNoteSignedByAnotherKeyOfTheSameNameIsRejected() {
    NoteSigningKey real = NoteSigningKey.generate("ocn.example/log");
    NoteSigningKey other = NoteSigningKey.generate("ocn.example/log");
    SignedNote note =
        SignedNote.sign("ocn.example/log\n0\n" + Rfc6962.emptyRoot().base64() + "\n", other);
    LogCheck check = note.verify(List.of(real.verifierKey()));
    assertThat(check.passed()).isFalse();
    assertThat(check.key()).isEqualTo("note.verify.noKnownKey");
  }

  @Test
  void alteredTextIsRejected() {
    String altered = (TEXT + "\n" + PETER_SIG).replace("answer", "Answer");
    LogCheck check = SignedNote.parse(altered).verify(List.of(NoteVerifierKey.parse(PETER_VKEY)));
    assertThat(check.passed()).isFalse();
    assertThat(check.key()).isEqualTo("note.verify.invalid");
    assertThat(check.message().toString()).contains("PeterNeumann+c74f20a3");
  }

  @Test
  void alteredSignatureIsRejectedEvenWhenAnotherSignatureVerifies() {
    String badPeter = PETER_SIG.substring(0, 60) + "ABCD" + PETER_SIG.substring(64);
    SignedNote note = SignedNote.parse(TEXT + "\n" + ENOCH_SIG + badPeter);
    LogCheck check =
        note.verify(List.of(NoteVerifierKey.parse(PETER_VKEY), NoteVerifierKey.parse(ENOCH_VKEY)));
    assertThat(check.passed()).isFalse();
    assertThat(check.key()).isEqualTo("note.verify.invalid");
  }

  @Test
  void unknownKeyNameIsIgnoredAndAloneRejected() {
    String renamed = PETER_SIG.replace("PeterNeumann", "CarmenSandiego");
    SignedNote note = SignedNote.parse(TEXT + "\n" + renamed);
    LogCheck check = note.verify(List.of(NoteVerifierKey.parse(PETER_VKEY)));
    assertThat(check.passed()).isFalse();
    assertThat(check.key()).isEqualTo("note.verify.noKnownKey");
    assertThat(check.message().toString()).contains("CarmenSandiego", "PeterNeumann");
    // An unknown signature next to a valid one does no harm.
    assertThat(
            SignedNote.parse(TEXT + "\n" + renamed + PETER_SIG)
                .verify(List.of(NoteVerifierKey.parse(PETER_VKEY)))
                .passed())
        .isTrue();
  }

  @Test
  void malformedNotesAreRejectedWithTheirLine() {
    List<String> bad =
        List.of(
            TEXT, // no signatures
            TEXT + "\n", // empty signature block
            TEXT + "\n" + PETER_SIG.substring(0, PETER_SIG.length() - 1), // unterminated
            "\u0001" + TEXT + "\n" + PETER_SIG, // control character
            TEXT
                + "\n"
                + "\u2014 Bad Name x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1"
                + "FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n", // space in the name
            TEXT + "\n" + PETER_SIG + "Unexpected line.\n",
            TEXT + "\n" + PETER_SIG.replace('\u2014', '-'), // hyphen for em dash
            TEXT + "\n" + PETER_SIG.replace("x08go", "x08g!"), // not base64
            TEXT + "\n" + PETER_SIG.replace("AM=\n", "AM\n"), // base64 without padding
            TEXT + "\n\u2014 PeterNeumann AAAA\n", // shorter than key ID + 1 byte
            TEXT + "\n\u2014 PeterNeumann\n", // no signature
            TEXT
                + "\n"
                + "\u2014 Peter+Neumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN"
                + "1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n", // plus in the name
            TEXT + "\n" + PETER_SIG.repeat(101)); // too many
    for (String note : bad) {
      assertThatThrownBy(() -> SignedNote.parse(note))
          .as(note)
          .isInstanceOf(InvalidInputException.class);
    }
    byte[] invalidUtf8 = (TEXT + "\n" + PETER_SIG).getBytes(StandardCharsets.UTF_8);
    invalidUtf8[0] = (byte) 0xff;
    assertThatThrownBy(() -> SignedNote.parse(invalidUtf8))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(Problems.firstKey(e)).isEqualTo("note.utf8"));
    assertThatThrownBy(() -> SignedNote.parse(TEXT + "\n" + PETER_SIG + "Unexpected line.\n"))
        .satisfies(e -> assertThat(Problems.firstLocation(e)).isEqualTo("line 5"));
  }

  @Test
  void everyManglingOfAKeyStringIsRejected() {
    for (String key : List.of(PETER_VKEY, ENOCH_VKEY, C2SP_VKEY)) {
      for (String mangled : manglings(key)) {
        assertThatThrownBy(() -> NoteVerifierKey.parse(mangled))
            .as(mangled)
            .isInstanceOf(InvalidInputException.class);
      }
    }
    for (String mangled : manglings(PETER_SKEY)) {
      assertThatThrownBy(() -> NoteSigningKey.parse(mangled))
          .as(mangled)
          .isInstanceOf(InvalidInputException.class);
    }
  }

  @Test
  void keysOfOtherLengthsOrAlgorithmsAreRejectedWithTheReason() {
    // Go's vector: a wrong-length key with an adjusted key ID. Its last base64 group has
    // non-zero padding bits, which Go tolerates and we reject as non-canonical base64 first.
    assertThatThrownBy(
            () ->
                NoteVerifierKey.parse(
                    "PeterNeumann+cc469956+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TWBADKEY=="))
        .satisfies(e -> assertThat(Problems.firstKey(e)).isEqualTo("key.base64"));
    byte[] longKey = new byte[41];
    longKey[0] = 0x01;
    assertThatThrownBy(
            () ->
                NoteVerifierKey.parse(
                    "PeterNeumann+c74f20a3+" + Base64.getEncoder().encodeToString(longKey)))
        .satisfies(e -> assertThat(Problems.firstKey(e)).isEqualTo("key.length"));
    assertThatThrownBy(
            () ->
                NoteVerifierKey.parse(
                    "PeterNeumann+173116ae+ZRpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW"))
        .satisfies(e -> assertThat(Problems.firstKey(e)).isEqualTo("key.algorithm"));
    assertThatThrownBy(
            () ->
                NoteVerifierKey.parse(
                    "PeterNeumann+c74f20a4+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW"))
        .satisfies(e -> assertThat(Problems.firstKey(e)).isEqualTo("key.id.mismatch"));
  }

  /** Every proper substring, and every single character incremented (Go's note_test.go). */
  private static List<String> manglings(String key) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i <= key.length(); i++) {
      for (int j = i + 1; j <= key.length(); j++) {
        if (i != 0 || j != key.length()) {
          out.add(key.substring(i, j));
        }
      }
    }
    char[] chars = key.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      chars[i]++;
      out.add(new String(chars));
      chars[i]--;
    }
    return out;
  }
}
