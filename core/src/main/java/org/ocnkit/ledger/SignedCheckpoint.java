package org.ocnkit.ledger;

import java.util.List;
import java.util.Objects;
import org.ocnkit.InvalidInputException;

/**
 * A checkpoint as a signed note: what a log publishes and what a certificate carries. Only a
 * checkpoint whose signature by the pinned log key verifies may be trusted; {@link
 * #verify(NoteVerifierKey)} checks exactly that, and that the origin is the key's name.
 */
public final class SignedCheckpoint {
  private final SignedNote note;
  private final Checkpoint checkpoint;

  private SignedCheckpoint(SignedNote note, Checkpoint checkpoint) {
    this.note = note;
    this.checkpoint = checkpoint;
  }

  /**
   * Signs {@code checkpoint} with the log key. The key's name must be the checkpoint's origin, as
   * C2SP tlog-checkpoint recommends and as {@link #verify} requires.
   */
  public static SignedCheckpoint sign(Checkpoint checkpoint, NoteSigningKey key) {
    if (!key.name().equals(checkpoint.origin())) {
      throw new IllegalArgumentException(
          "the log key is named \""
              + key.name()
              + "\" but the checkpoint origin is \""
              + checkpoint.origin()
              + "\": they must be the same");
    }
    return new SignedCheckpoint(SignedNote.sign(checkpoint.text(), key), checkpoint);
  }

  /**
   * Reads a signed checkpoint; {@link InvalidInputException} names the line and what is wrong.
   * Verifies nothing: call {@link #verify(NoteVerifierKey)}.
   */
  public static SignedCheckpoint parse(String encoded) {
    SignedNote note = SignedNote.parse(encoded);
    return new SignedCheckpoint(note, Checkpoint.parse(note.text()));
  }

  /** Reads a signed checkpoint from its UTF-8 bytes. */
  public static SignedCheckpoint parse(byte[] encoded) {
    SignedNote note = SignedNote.parse(encoded);
    return new SignedCheckpoint(note, Checkpoint.parse(note.text()));
  }

  /**
   * Checks that the origin is {@code logKey}'s name and that a signature by {@code logKey}
   * verifies. Signatures by other keys (witnesses, a rotated key) are ignored, as C2SP requires.
   */
  public LogCheck verify(NoteVerifierKey logKey) {
    Objects.requireNonNull(logKey, "logKey");
    if (!checkpoint.origin().equals(logKey.name())) {
      return LogCheck.fail("checkpoint.verify.origin", checkpoint.origin(), logKey.name());
    }
    LogCheck signature = note.verify(List.of(logKey));
    if (!signature.passed()) {
      return signature;
    }
    return LogCheck.pass(
        "checkpoint.verify.ok",
        String.valueOf(checkpoint.size()),
        logKey.name() + "+" + logKey.keyIdHex());
  }

  /** This checkpoint with {@code signature} added (replacing an older line by the same key). */
  SignedCheckpoint withSignature(NoteSignature signature) {
    return new SignedCheckpoint(note.withSignature(signature), checkpoint);
  }

  /**
   * Counts the valid {@code cosignature/v1} cosignatures by {@code witnesses} (C2SP
   * tlog-cosignature) and passes when at least {@code required} of them verify. Lines by other keys
   * are ignored; the failure names each witness without a valid cosignature.
   */
  public LogCheck verifyCosignatures(
      java.util.Collection<WitnessVerifierKey> witnesses, int required) {
    List<String> valid = new java.util.ArrayList<>();
    List<String> missing = new java.util.ArrayList<>();
    for (WitnessVerifierKey witness : new java.util.LinkedHashSet<>(witnesses)) {
      boolean ok =
          note.signatures().stream().anyMatch(s -> witness.verify(note.text(), s).isPresent());
      (ok ? valid : missing).add(witness.label());
    }
    if (valid.size() >= required) {
      return LogCheck.pass(
          "cosignature.ok",
          valid.size(),
          required,
          valid.isEmpty() ? "-" : String.join(", ", valid));
    }
    return LogCheck.fail("cosignature.missing", valid.size(), required, String.join(", ", missing));
  }

  /** The checkpoint body. */
  public Checkpoint checkpoint() {
    return checkpoint;
  }

  /** The signed note. */
  public SignedNote note() {
    return note;
  }

  /** Size and root. */
  public TreeHead treeHead() {
    return checkpoint.treeHead();
  }

  /** The note as published, byte for byte. */
  public String encoded() {
    return note.encoded();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SignedCheckpoint c && note.equals(c.note);
  }

  @Override
  public int hashCode() {
    return note.hashCode();
  }

  @Override
  public String toString() {
    return encoded();
  }
}
