package org.ocnkit.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Message;
import org.ocnkit.Problem;

/**
 * The body of a C2SP {@code tlog-checkpoint}: the log's origin, the tree size in decimal and the
 * base64 root hash, one per line, each line ending in a newline, then optional extension lines.
 *
 * <pre>
 * intyg.example-kommun.se/ocn-log
 * 20852163
 * CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=
 * </pre>
 *
 * <p>ocnkit writes one extension line, the audit chain's head ({@code ocnkit-audit-head ...}, issue
 * 15 section 3), which anchors the history outside the database; C2SP allows extension lines,
 * though monitors cannot audit them, and verifiers ignore lines they do not know. It reads any, so
 * that checkpoints of other logs parse. A checkpoint is only worth something signed: see {@link
 * SignedCheckpoint}.
 *
 * @param origin the log's identity, a schema-less URL by convention; also the name of its key
 * @param treeHead the tree size and root hash
 * @param extensions extension lines, without their newlines; each non-empty
 */
public record Checkpoint(String origin, TreeHead treeHead, List<String> extensions) {
  private static final Pattern DECIMAL = Pattern.compile("0|[1-9][0-9]{0,18}");

  public Checkpoint {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(treeHead, "treeHead");
    if (origin.isEmpty()
        || origin.indexOf('\n') >= 0
        || NoteRules.lineWithControlCharacter(origin).isPresent()) {
      throw new IllegalArgumentException("a checkpoint origin is one non-empty line: " + origin);
    }
    extensions = List.copyOf(extensions);
    for (String line : extensions) {
      if (line.isEmpty()
          || line.indexOf('\n') >= 0
          || NoteRules.lineWithControlCharacter(line).isPresent()) {
        throw new IllegalArgumentException("an extension line is one non-empty line: " + line);
      }
    }
  }

  /** A checkpoint with no extension lines. */
  public Checkpoint(String origin, TreeHead treeHead) {
    this(origin, treeHead, List.of());
  }

  /** Reads a checkpoint body; {@link InvalidInputException} names the line and the rule broken. */
  public static Checkpoint parse(String text) {
    Objects.requireNonNull(text, "text");
    if (!text.endsWith("\n")) {
      throw malformed("", "checkpoint.unterminated");
    }
    String[] lines = text.substring(0, text.length() - 1).split("\n", -1);
    if (lines.length < 3) {
      throw malformed("", "checkpoint.tooShort", lines.length);
    }
    List<Problem> problems = new ArrayList<>();
    if (lines[0].isEmpty()) {
      problems.add(problem(1, "checkpoint.origin.empty"));
    }
    long size = -1;
    if (!DECIMAL.matcher(lines[1]).matches()) {
      problems.add(problem(2, "checkpoint.size.format", lines[1]));
    } else {
      try {
        size = Long.parseLong(lines[1]);
        TreeHead.checkSize(size, "tree size");
      } catch (IllegalArgumentException e) {
        problems.add(problem(2, "checkpoint.size.format", lines[1]));
      }
    }
    Hash root = null;
    try {
      root = Hash.fromBase64(lines[2]);
    } catch (IllegalArgumentException e) {
      problems.add(problem(3, "checkpoint.root.format", lines[2]));
    }
    List<String> extensions = new ArrayList<>();
    for (int i = 3; i < lines.length; i++) {
      if (lines[i].isEmpty()) {
        problems.add(problem(i + 1, "checkpoint.extension.empty"));
      }
      extensions.add(lines[i]);
    }
    if (NoteRules.lineWithControlCharacter(text).isPresent()) {
      problems.add(problem(NoteRules.lineWithControlCharacter(text).get(), "note.control"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new Checkpoint(lines[0], new TreeHead(size, root), extensions);
  }

  private static Problem problem(int line, String key, Object... args) {
    return new Problem("checkpoint line " + line, Message.of(Checkpoint.class, key, args));
  }

  private static InvalidInputException malformed(String where, String key, Object... args) {
    return new InvalidInputException(new Problem(where, Message.of(Checkpoint.class, key, args)));
  }

  /** The tree size. */
  public long size() {
    return treeHead.size();
  }

  /** The root hash. */
  public Hash rootHash() {
    return treeHead.rootHash();
  }

  /** The note text: origin, size, base64 root and extension lines, each ending in a newline. */
  public String text() {
    StringBuilder out = new StringBuilder();
    out.append(origin).append('\n');
    out.append(treeHead.size()).append('\n');
    out.append(treeHead.rootHash().base64()).append('\n');
    extensions.forEach(line -> out.append(line).append('\n'));
    return out.toString();
  }
}
