package org.ocnkit.ledger;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Message;
import org.ocnkit.Problem;

/**
 * A text signed by one or more keys, in the C2SP signed-note format: the text (ending in a
 * newline), an empty line, then one line per signature, {@code — <key name> <base64(key ID ||
 * signature)>}, each ending in a newline. The em dash is U+2014. Signatures are over the UTF-8
 * bytes of the text including its final newline.
 *
 * <pre>
 * example.com/ocn-log
 * 8
 * XcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=
 *
 * — example.com/ocn-log Az3grlgt...
 * </pre>
 *
 * <p>Parsing is strict: valid UTF-8, no control characters but newline, at least one signature,
 * every signature line well formed, at most {@value #MAX_SIGNATURES} signatures. {@link
 * #verify(Collection)} follows the C2SP rules: signatures by unknown keys are ignored, a signature
 * by a known key that does not verify rejects the note, and a note with no verified signature by a
 * known key is rejected.
 */
public final class SignedNote {
  /** More signatures than this make a note malformed (C2SP asks verifiers to accept 16). */
  public static final int MAX_SIGNATURES = 100;

  private final String text;
  private final List<NoteSignature> signatures;

  private SignedNote(String text, List<NoteSignature> signatures) {
    this.text = text;
    this.signatures = List.copyOf(signatures);
  }

  /**
   * Signs {@code text} with each key, in order.
   *
   * @param text the note text: ends in a newline, no control characters but newlines, no empty last
   *     line, valid Unicode
   */
  public static SignedNote sign(String text, NoteSigningKey... keys) {
    Objects.requireNonNull(text, "text");
    if (!text.endsWith("\n")
        || text.endsWith("\n\n")
        || text.equals("\n")
        || NoteRules.lineWithControlCharacter(text).isPresent()
        || !NoteRules.isWellFormed(text)) {
      throw new IllegalArgumentException(
          "a note text ends in one newline and holds no other control characters: " + text);
    }
    if (keys.length == 0) {
      throw new IllegalArgumentException("a signed note needs at least one key");
    }
    List<NoteSignature> signatures = new ArrayList<>();
    for (NoteSigningKey key : keys) {
      signatures.add(NoteSignature.sign(text, key));
    }
    return new SignedNote(text, signatures);
  }

  /** Reads a signed note from its bytes, which must be UTF-8. */
  public static SignedNote parse(byte[] note) {
    return parse(NoteRules.decodeUtf8(note).orElseThrow(() -> malformed("", "note.utf8")));
  }

  /**
   * Reads a signed note; {@link InvalidInputException} names the line and what is wrong. Does not
   * verify any signature: call {@link #verify(Collection)}.
   */
  public static SignedNote parse(String note) {
    Objects.requireNonNull(note, "note");
    if (!NoteRules.isWellFormed(note)) {
      throw malformed("", "note.utf8");
    }
    Optional<Integer> control = NoteRules.lineWithControlCharacter(note);
    if (control.isPresent()) {
      throw malformed(line(control.get()), "note.control");
    }
    int split = note.lastIndexOf("\n\n");
    if (split < 0) {
      throw malformed("", "note.noSignatures");
    }
    String text = note.substring(0, split + 1);
    String block = note.substring(split + 2);
    if (block.isEmpty()) {
      throw malformed("", "note.noSignatures");
    }
    if (!block.endsWith("\n")) {
      throw malformed(line(lineCount(note) + 1), "note.unterminated");
    }
    int lineNo = lineCount(text) + 1;
    List<NoteSignature> signatures = new ArrayList<>();
    for (String sigLine : block.substring(0, block.length() - 1).split("\n", -1)) {
      lineNo++;
      signatures.add(parseSignatureLine(sigLine, line(lineNo)));
      if (signatures.size() > MAX_SIGNATURES) {
        throw malformed(line(lineNo), "note.tooManySignatures", MAX_SIGNATURES);
      }
    }
    return new SignedNote(text, signatures);
  }

  private static NoteSignature parseSignatureLine(String line, String where) {
    if (!line.startsWith(NoteSignature.LINE_PREFIX)) {
      throw malformed(where, "note.signature.prefix");
    }
    String rest = line.substring(NoteSignature.LINE_PREFIX.length());
    int space = rest.indexOf(' ');
    if (space < 0) {
      throw malformed(where, "note.signature.format");
    }
    String name = rest.substring(0, space);
    String base64 = rest.substring(space + 1);
    if (!NoteRules.isValidKeyName(name)) {
      throw malformed(where, "note.signature.name", name);
    }
    byte[] raw = NoteRules.decodeBase64(base64).orElse(null);
    if (raw == null || raw.length < 5) {
      throw malformed(where, "note.signature.base64");
    }
    return new NoteSignature(name, java.nio.ByteBuffer.wrap(raw).getInt(), base64);
  }

  private static int lineCount(String s) {
    return (int) s.chars().filter(c -> c == '\n').count();
  }

  private static String line(int n) {
    return "line " + n;
  }

  private static InvalidInputException malformed(String where, String key, Object... args) {
    return new InvalidInputException(new Problem(where, Message.of(SignedNote.class, key, args)));
  }

  /**
   * This note with {@code signature} added as its last line, after removing any earlier line by the
   * same key name and key ID (a witness replaces its own older cosignature).
   */
  SignedNote withSignature(NoteSignature signature) {
    List<NoteSignature> out =
        new ArrayList<>(
            signatures.stream()
                .filter(
                    s ->
                        !(s.keyName().equals(signature.keyName())
                            && s.keyId() == signature.keyId()))
                .toList());
    out.add(signature);
    if (out.size() > MAX_SIGNATURES) {
      throw new IllegalStateException("a note holds at most " + MAX_SIGNATURES + " signatures");
    }
    return new SignedNote(text, out);
  }

  /** The signed text, with its final newline. */
  public String text() {
    return text;
  }

  /** The signatures in the order of their lines, verified or not. */
  public List<NoteSignature> signatures() {
    return signatures;
  }

  /** The note as it is written: text, empty line, signature lines. */
  public String encoded() {
    StringBuilder out = new StringBuilder(text).append('\n');
    signatures.forEach(s -> out.append(s.line()));
    return out.toString();
  }

  /** {@link #encoded()} as UTF-8. */
  public byte[] bytes() {
    return encoded().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Checks the signatures against the known keys, by the C2SP rules. Passes when at least one
   * signature by a known key verifies and no signature by a known key fails.
   */
  public LogCheck verify(Collection<NoteVerifierKey> known) {
    List<String> verified = new ArrayList<>();
    Set<NoteSignature> seen = new HashSet<>();
    for (NoteSignature signature : signatures) {
      if (!seen.add(signature)) {
        continue;
      }
      List<NoteVerifierKey> matching =
          known.stream()
              .filter(k -> k.name().equals(signature.keyName()) && k.keyId() == signature.keyId())
              .toList();
      if (matching.isEmpty()) {
        continue;
      }
      String who = signature.keyName() + "+" + signature.keyIdHex();
      if (!matching.stream().allMatch(k -> k.verifies(text, signature.signature()))) {
        return LogCheck.fail("note.verify.invalid", who);
      }
      if (!verified.contains(who)) {
        verified.add(who);
      }
    }
    if (verified.isEmpty()) {
      String present =
          signatures.stream()
              .map(s -> s.keyName() + "+" + s.keyIdHex())
              .distinct()
              .collect(Collectors.joining(", "));
      String expected =
          known.stream().map(k -> k.name() + "+" + k.keyIdHex()).collect(Collectors.joining(", "));
      return LogCheck.fail("note.verify.noKnownKey", present, expected);
    }
    return LogCheck.pass("note.verify.ok", String.join(", ", verified));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SignedNote n && text.equals(n.text) && signatures.equals(n.signatures);
  }

  @Override
  public int hashCode() {
    return Objects.hash(text, signatures);
  }

  @Override
  public String toString() {
    return encoded();
  }
}
