package org.ocnkit.ledger.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.TreeSet;
import java.util.function.LongFunction;
import org.ocnkit.EnvironmentException;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Message;
import org.ocnkit.RefusedException;
import org.ocnkit.io.AtomicFiles;
import org.ocnkit.ledger.Hash;
import org.ocnkit.ledger.LogStore;
import org.ocnkit.ledger.NodeId;
import org.ocnkit.ledger.PublishResult;
import org.ocnkit.ledger.SignedCheckpoint;
import org.ocnkit.ledger.TilePath;

/**
 * Writes a log as static C2SP tlog-tiles files. Tiles and bundles are immutable, so those already
 * in the folder are kept; every file is written to a temporary name and moved into place, and the
 * checkpoint goes last, so a reader never sees a checkpoint whose tiles are not there yet.
 */
public final class TileWriter {
  private static final int WIDTH = TilePath.WIDTH;

  private final LogStore store;
  private final Path dir;
  private int tiles;
  private int bundles;

  private TileWriter(LogStore store, Path dir) {
    this.store = store;
    this.dir = dir;
  }

  /**
   * Publishes the log at the size of {@code checkpoint}, which must match the store (the caller
   * checks). A checkpoint already in {@code dir} must be of the same log and not newer.
   *
   * @param earlierSizes sizes of earlier checkpoints: their partial tiles are written too, as C2SP
   *     tlog-tiles asks of every size a checkpoint was made for
   * @param rootAt gives the store's root hash at a size, to check a previously published checkpoint
   *     against
   */
  public static PublishResult publish(
      LogStore store,
      SignedCheckpoint checkpoint,
      Collection<Long> earlierSizes,
      Path dir,
      LongFunction<Hash> rootAt) {
    TileWriter writer = new TileWriter(store, dir);
    writer.checkExisting(checkpoint, rootAt);
    long size = checkpoint.treeHead().size();
    for (int level = 0; level * 8 < 63 && (size >>> (8 * level)) > 0; level++) {
      writer.writeTiles(level, size >>> (8 * level));
    }
    writer.writeBundles(size);
    for (long earlier : new TreeSet<>(earlierSizes)) {
      if (earlier > 0 && earlier < size) {
        writer.writePartials(earlier);
      }
    }
    writer.write(TilePath.CHECKPOINT, checkpoint.encoded().getBytes(StandardCharsets.UTF_8));
    return new PublishResult(dir, checkpoint.treeHead(), writer.tiles, writer.bundles);
  }

  private void checkExisting(SignedCheckpoint checkpoint, LongFunction<Hash> rootAt) {
    Path file = dir.resolve(TilePath.CHECKPOINT);
    if (!Files.exists(file)) {
      return;
    }
    SignedCheckpoint published;
    try {
      published = SignedCheckpoint.parse(Files.readAllBytes(file));
    } catch (IOException e) {
      throw io(file, e);
    } catch (InvalidInputException e) {
      throw new RefusedException(
          Message.of(LogStore.class, "publish.existing.malformed", file.toString()));
    }
    String origin = checkpoint.checkpoint().origin();
    if (!published.checkpoint().origin().equals(origin)) {
      throw new RefusedException(
          Message.of(
              LogStore.class,
              "publish.existing.otherLog",
              file.toString(),
              published.checkpoint().origin(),
              origin));
    }
    long publishedSize = published.treeHead().size();
    long size = checkpoint.treeHead().size();
    if (publishedSize > size) {
      throw new RefusedException(
          Message.of(
              LogStore.class,
              "publish.existing.newer",
              file.toString(),
              String.valueOf(publishedSize),
              String.valueOf(size)));
    }
    if (!rootAt.apply(publishedSize).equals(published.treeHead().rootHash())) {
      throw new RefusedException(
          Message.of(
              LogStore.class,
              "publish.existing.inconsistent",
              file.toString(),
              String.valueOf(publishedSize)));
    }
  }

  /** The partial tiles and the partial bundle of a tree of {@code size}, if it has them. */
  private void writePartials(long size) {
    for (int level = 0; level * 8 < 63 && (size >>> (8 * level)) > 0; level++) {
      long units = size >>> (8 * level);
      if (units % WIDTH > 0) {
        writeTile(level, units / WIDTH, (int) (units % WIDTH));
      }
    }
    if (size % WIDTH > 0) {
      writeBundle(size / WIDTH, (int) (size % WIDTH));
    }
  }

  private void writeTiles(int level, long units) {
    long full = units / WIDTH;
    int partial = (int) (units % WIDTH);
    for (long n = 0; n < full; n++) {
      writeTile(level, n, WIDTH);
    }
    if (partial > 0) {
      writeTile(level, full, partial);
    }
  }

  private void writeTile(int level, long index, int width) {
    String path = TilePath.tile(level, index, width);
    if (Files.exists(dir.resolve(path))) {
      return;
    }
    ByteBuffer tile = ByteBuffer.allocate(width * Hash.LENGTH);
    long first = index * WIDTH;
    long[] expected = {first};
    store.forEachHash(
        8 * level,
        first,
        first + width,
        (i, hash) -> {
          if (i != expected[0]++) {
            throw missing(8 * level, expected[0] - 1);
          }
          tile.put(hash.bytes());
        });
    if (expected[0] != first + width) {
      throw missing(8 * level, expected[0]);
    }
    write(path, tile.array());
    tiles++;
  }

  private void writeBundles(long size) {
    long full = size / WIDTH;
    int partial = (int) (size % WIDTH);
    for (long n = 0; n < full; n++) {
      writeBundle(n, WIDTH);
    }
    if (partial > 0) {
      writeBundle(full, partial);
    }
  }

  private void writeBundle(long index, int width) {
    String path = TilePath.entryBundle(index, width);
    if (Files.exists(dir.resolve(path))) {
      return;
    }
    ByteBuffer bundle = ByteBuffer.allocate(width * (2 + Hash.LENGTH));
    long first = index * WIDTH;
    long[] expected = {first};
    store.forEachEntry(
        first,
        first + width,
        (i, fingerprint) -> {
          if (i != expected[0]++) {
            throw StoreErrors.missingEntry(expected[0] - 1);
          }
          bundle.putShort((short) Hash.LENGTH).put(fingerprint.bytes());
        });
    if (expected[0] != first + width) {
      throw StoreErrors.missingEntry(expected[0]);
    }
    write(path, bundle.array());
    bundles++;
  }

  private static EnvironmentException missing(int level, long index) {
    return StoreErrors.missingNode(new NodeId(level, index));
  }

  private void write(String path, byte[] content) {
    Path target = dir.resolve(path);
    try {
      AtomicFiles.replace(target, content);
    } catch (IOException e) {
      throw io(target, e);
    }
  }

  private static EnvironmentException io(Path file, IOException e) {
    return new EnvironmentException(
        Message.of(LogStore.class, "publish.io", file.toString(), String.valueOf(e.getMessage())),
        e);
  }
}
