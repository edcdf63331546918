package org.ocnkit.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Message;
import org.ocnkit.Problem;

/**
 * The log proof a certificate carries, in the C2SP {@code tlog-proof} format ({@code
 * c2sp.org/tlog-proof@v1}): offline evidence that the certificate's fingerprint is entry {@code
 * index} of the log whose signed checkpoint is attached.
 *
 * <pre>
 * c2sp.org/tlog-proof@v1
 * index 41
 * gSKyXoYZUgZ6jduWYrkDOARinOMGJveXjgMkBTcdPlQ=
 * B95lDa8R83lS8n0eG+o0buTxRKQTYFi//1U8anccXmA=
 *
 * intyg.example-kommun.se/ocn-log
 * 42
 * sFodV/vSp5O8n9a8QpW6PRY97tfOSW5bsc2Xl/EQi08=
 *
 * — intyg.example-kommun.se/ocn-log hI2DJw...
 * </pre>
 *
 * <p>Line by line: the header {@code c2sp.org/tlog-proof@v1}; an optional {@code extra <base64>}
 * line of opaque, unauthenticated data (this log writes none); {@code index <n>} in decimal with no
 * leading zeros; zero or more lines each holding one base64 SHA-256 hash of the inclusion proof,
 * from the leaf's sibling upward (RFC 6962 §2.1.1); an empty line; the signed checkpoint verbatim.
 * Every line ends in a newline. {@link #parse} enforces all of it and that the number of proof
 * hashes is the one the index and checkpoint size call for.
 *
 * @param index the 0-based index of the entry in the log
 * @param proof the inclusion proof hashes for that index in the checkpoint's tree
 * @param checkpoint the signed checkpoint the proof leads to
 * @param extra the base64 text of the extra line, if any
 */
public record ProofBundle(
    long index, List<Hash> proof, SignedCheckpoint checkpoint, Optional<String> extra) {
  /** The first line of every bundle. */
  public static final String HEADER = "c2sp.org/tlog-proof@v1";

  private static final Pattern DECIMAL = Pattern.compile("0|[1-9][0-9]{0,18}");
  private static final Pattern CHECKPOINT_LINE = Pattern.compile("(?:checkpoint )?line (\\d+)");

  public ProofBundle {
    Objects.requireNonNull(checkpoint, "checkpoint");
    Objects.requireNonNull(extra, "extra");
    proof = List.copyOf(proof);
    extra.ifPresent(
        e -> {
          if (e.isEmpty() || NoteRules.decodeBase64(e).isEmpty()) {
            throw new IllegalArgumentException("the extra data must be non-empty base64: " + e);
          }
        });
    // Validates the index against the checkpoint size.
    new InclusionProof(index, checkpoint.treeHead().size(), proof);
  }

  /** A bundle with no extra data. */
  public ProofBundle(long index, List<Hash> proof, SignedCheckpoint checkpoint) {
    this(index, proof, checkpoint, Optional.empty());
  }

  /** The inclusion proof in the checkpoint's tree. */
  public InclusionProof inclusionProof() {
    return new InclusionProof(index, checkpoint.treeHead().size(), proof);
  }

  /** The bundle text, byte for byte as C2SP tlog-proof writes it. */
  public String encoded() {
    StringBuilder out = new StringBuilder(HEADER).append('\n');
    extra.ifPresent(e -> out.append("extra ").append(e).append('\n'));
    out.append("index ").append(index).append('\n');
    proof.forEach(h -> out.append(h.base64()).append('\n'));
    out.append('\n');
    out.append(checkpoint.encoded());
    return out.toString();
  }

  /**
   * Reads a bundle; {@link InvalidInputException} names the line and what is wrong. Verifies
   * nothing: call {@link #verify}.
   */
  public static ProofBundle parse(String text) {
    Objects.requireNonNull(text, "text");
    int at = 0;
    int lineNo = 0;
    String[] line = new String[1];
    // Header.
    at = nextLine(text, at, line);
    lineNo++;
    if (at < 0 || !line[0].equals(HEADER)) {
      throw malformed(lineNo, "bundle.header", HEADER);
    }
    // Optional extra, then index.
    at = nextLine(text, at, line);
    lineNo++;
    Optional<String> extra = Optional.empty();
    if (at >= 0 && line[0].startsWith("extra ")) {
      String value = line[0].substring("extra ".length());
      if (value.isEmpty() || NoteRules.decodeBase64(value).isEmpty()) {
        throw malformed(lineNo, "bundle.extra");
      }
      extra = Optional.of(value);
      at = nextLine(text, at, line);
      lineNo++;
    }
    if (at < 0 || !line[0].startsWith("index ")) {
      throw malformed(lineNo, "bundle.index.missing");
    }
    String digits = line[0].substring("index ".length());
    long index;
    try {
      if (!DECIMAL.matcher(digits).matches()) {
        throw new NumberFormatException();
      }
      index = Long.parseLong(digits);
    } catch (NumberFormatException e) {
      throw malformed(lineNo, "bundle.index.format", digits);
    }
    // Proof hashes until the empty line.
    List<Hash> proof = new ArrayList<>();
    while (true) {
      at = nextLine(text, at, line);
      lineNo++;
      if (at < 0) {
        throw malformed(lineNo, "bundle.noCheckpoint");
      }
      if (line[0].isEmpty()) {
        break;
      }
      try {
        proof.add(Hash.fromBase64(line[0]));
      } catch (IllegalArgumentException e) {
        throw malformed(lineNo, "bundle.hash", line[0]);
      }
    }
    SignedCheckpoint checkpoint;
    try {
      checkpoint = SignedCheckpoint.parse(text.substring(at));
    } catch (InvalidInputException e) {
      int offset = lineNo;
      throw new InvalidInputException(e.problems().stream().map(p -> shifted(p, offset)).toList());
    }
    long size = checkpoint.treeHead().size();
    if (index >= size) {
      throw malformed(2, "bundle.index.beyondSize", String.valueOf(index), String.valueOf(size));
    }
    int expected = InclusionProof.expectedLength(index, size);
    if (proof.size() != expected) {
      throw malformed(
          lineNo,
          "bundle.proofLength",
          String.valueOf(proof.size()),
          String.valueOf(index),
          String.valueOf(size),
          expected);
    }
    return new ProofBundle(index, proof, checkpoint, extra);
  }

  /** A problem located in the embedded checkpoint, located in the bundle instead. */
  private static Problem shifted(Problem p, int offset) {
    java.util.regex.Matcher m = CHECKPOINT_LINE.matcher(p.location());
    String where =
        m.matches()
            ? "bundle line " + (offset + Integer.parseInt(m.group(1)))
            : "bundle checkpoint (from line " + (offset + 1) + ")";
    return new Problem(where, p.message());
  }

  /** Reads the line starting at {@code at} into {@code out[0]}; returns where the next starts. */
  private static int nextLine(String text, int at, String[] out) {
    if (at < 0 || at >= text.length()) {
      return -1;
    }
    int end = text.indexOf('\n', at);
    if (end < 0) {
      return -1;
    }
    out[0] = text.substring(at, end);
    return end + 1;
  }

  private static InvalidInputException malformed(int line, String key, Object... args) {
    return new InvalidInputException(
        new Problem("bundle line " + line, Message.of(ProofBundle.class, key, args)));
  }

  /**
   * Verifies the bundle for the certificate with {@code fingerprint} against the pinned log key:
   * first the checkpoint (origin is the key's name, signature verifies), then the inclusion proof
   * of the fingerprint's leaf hash against the checkpoint's root. Both are always evaluated and
   * reported; the bundle only proves anything when both pass.
   */
  public BundleVerification verify(Hash fingerprint, NoteVerifierKey logKey) {
    Objects.requireNonNull(fingerprint, "fingerprint");
    LogCheck signature = checkpoint.verify(logKey);
    LogCheck inclusion =
        inclusionProof().verify(Rfc6962.leafHash(fingerprint), checkpoint.treeHead().rootHash());
    return new BundleVerification(signature, inclusion);
  }
}
