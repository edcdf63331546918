package org.ocnkit.ledger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import org.ocnkit.EnvironmentException;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Message;
import org.ocnkit.Problem;
import org.ocnkit.ledger.internal.MerkleProver;
import org.ocnkit.ledger.internal.TileReader;

/**
 * A log published as C2SP tlog-tiles in a folder (a downloaded copy, a mounted bucket), read with
 * no workspace and no database: its checkpoint, entries, roots and proofs, all computed from the
 * tiles. See {@link TilePath} for the layout.
 *
 * <p>Nothing in the folder is trusted by itself. The checkpoint counts only when {@link
 * #verifyCheckpoint} passes with the pinned key, and proofs made from the tiles count only when
 * they verify against a signed root; {@link #verifyConsistency} does both for a checkpoint taken
 * from a certificate.
 */
public final class PublishedLog {
  private final Path dir;
  private final SignedCheckpoint checkpoint;
  private final TileReader tiles;
  private final MerkleProver prover;

  private PublishedLog(Path dir, SignedCheckpoint checkpoint) {
    this.dir = dir;
    this.checkpoint = checkpoint;
    this.tiles = new TileReader(dir, checkpoint.treeHead().size());
    this.prover = new MerkleProver(tiles::hashes);
  }

  /**
   * Opens the published log in {@code dir}: reads and parses its {@code checkpoint}. {@link
   * InvalidInputException} when it is missing or malformed.
   */
  public static PublishedLog open(Path dir) {
    Objects.requireNonNull(dir, "dir");
    Path file = dir.resolve(TilePath.CHECKPOINT);
    byte[] content;
    try {
      content = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new InvalidInputException(
          new Problem(file.toString(), Message.of(PublishedLog.class, "published.missing")));
    } catch (IOException e) {
      throw new EnvironmentException(
          Message.of(
              PublishedLog.class, "publish.io", file.toString(), String.valueOf(e.getMessage())),
          e);
    }
    try {
      return new PublishedLog(dir, SignedCheckpoint.parse(content));
    } catch (InvalidInputException e) {
      throw new InvalidInputException(
          e.problems().stream()
              .map(
                  p ->
                      new Problem(
                          file + (p.location().isEmpty() ? "" : " " + p.location()), p.message()))
              .toList());
    }
  }

  /** The folder. */
  public Path directory() {
    return dir;
  }

  /** The published checkpoint, as read (not yet verified). */
  public SignedCheckpoint checkpoint() {
    return checkpoint;
  }

  /** Checks the published checkpoint's origin and signature against the pinned log key. */
  public LogCheck verifyCheckpoint(NoteVerifierKey logKey) {
    return checkpoint.verify(logKey);
  }

  /** The tree head at {@code size} (up to the published size), computed from the tiles. */
  public TreeHead treeHead(long size) {
    checkSize(size);
    return new TreeHead(size, prover.root(size));
  }

  /** Entry {@code index}, from its entry bundle. */
  public Hash entry(long index) {
    return tiles.entry(index);
  }

  /** The inclusion proof of entry {@code index} in the tree of {@code size}, from the tiles. */
  public InclusionProof inclusionProof(long index, long size) {
    checkSize(size);
    return prover.inclusion(index, size);
  }

  /** The consistency proof from size {@code from} to size {@code to}, from the tiles. */
  public ConsistencyProof consistencyProof(long from, long to) {
    checkSize(to);
    return prover.consistency(from, to);
  }

  /**
   * Checks that {@code held} (a checkpoint embedded in a certificate, or kept by a monitor) and the
   * published checkpoint are both signed by {@code logKey}, and that the published tree is the held
   * one with entries appended: the consistency proof from the held size to the published size,
   * computed from the tiles, verifies between the two signed roots.
   */
  public ConsistencyVerification verifyConsistency(SignedCheckpoint held, NoteVerifierKey logKey) {
    LogCheck published = checkpoint.verify(logKey);
    LogCheck heldCheck = held.verify(logKey);
    TreeHead from = held.treeHead();
    TreeHead to = checkpoint.treeHead();
    String fromSize = String.valueOf(from.size());
    String toSize = String.valueOf(to.size());
    LogCheck consistency;
    if (!held.checkpoint().origin().equals(checkpoint.checkpoint().origin())) {
      consistency =
          LogCheck.fail(
              "published.otherLog", held.checkpoint().origin(), checkpoint.checkpoint().origin());
    } else if (from.size() > to.size()) {
      consistency = LogCheck.fail("published.stale", fromSize, toSize);
    } else if (from.size() == 0) {
      consistency = LogCheck.pass("proof.consistency.empty", toSize);
    } else {
      try {
        consistency =
            prover.consistency(from.size(), to.size()).verify(from.rootHash(), to.rootHash());
      } catch (InvalidInputException e) {
        consistency =
            LogCheck.fail("published.unreadable", e.problems().get(0).location(), fromSize, toSize);
      }
    }
    return new ConsistencyVerification(published, heldCheck, consistency);
  }

  private void checkSize(long size) {
    long published = checkpoint.treeHead().size();
    if (size < 0 || size > published) {
      throw new InvalidInputException(
          Message.of(
              PublishedLog.class,
              "published.beyond",
              String.valueOf(size),
              String.valueOf(published)));
    }
  }
}
