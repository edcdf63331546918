package org.ocnkit.ledger.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ocnkit.EnvironmentException;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Message;
import org.ocnkit.Problem;
import org.ocnkit.ledger.Hash;
import org.ocnkit.ledger.LogStore;
import org.ocnkit.ledger.NodeId;
import org.ocnkit.ledger.Rfc6962;
import org.ocnkit.ledger.TilePath;

/**
 * Reads the hashes of complete subtrees and the entries out of a folder of C2SP tlog-tiles, for a
 * tree of the published size. Node {@code (8L + r, i)} lies in tile level {@code L}: it is the root
 * of {@code 2^r} consecutive hashes of one tile, recomputed from them. Tiles are cached. Nothing
 * read here is trusted: proofs made from it are checked against a signed root.
 */
public final class TileReader {
  private static final int WIDTH = TilePath.WIDTH;

  private final Path dir;
  private final long size;
  private final Map<String, byte[]> cache = new HashMap<>();
  private long tileReads;

  public TileReader(Path dir, long size) {
    this.dir = dir;
    this.size = size;
  }

  /** The hashes of {@code nodes}, each complete in the published tree. */
  public List<Hash> hashes(List<NodeId> nodes) {
    List<Hash> out = new ArrayList<>(nodes.size());
    for (NodeId node : nodes) {
      out.add(hash(node));
    }
    return out;
  }

  private Hash hash(NodeId node) {
    if (!node.isCompleteIn(size)) {
      throw new IllegalArgumentException(
          "node " + node + " is not complete in the published tree of " + size + " entries");
    }
    int tileLevel = node.level() / 8;
    int below = node.level() % 8;
    long firstUnit = node.index() << below;
    long tileIndex = firstUnit / WIDTH;
    int offset = (int) (firstUnit % WIDTH);
    byte[] tile = tile(tileLevel, tileIndex);
    List<Hash> level = new ArrayList<>(1 << below);
    for (int i = 0; i < 1 << below; i++) {
      int at = (offset + i) * Hash.LENGTH;
      level.add(Hash.of(Arrays.copyOfRange(tile, at, at + Hash.LENGTH)));
    }
    while (level.size() > 1) {
      List<Hash> up = new ArrayList<>(level.size() / 2);
      for (int i = 0; i < level.size(); i += 2) {
        up.add(Rfc6962.nodeHash(level.get(i), level.get(i + 1)));
      }
      level = up;
    }
    return level.get(0);
  }

  /** The width of tile {@code index} of {@code tileLevel} in the published tree. */
  private int width(int tileLevel, long index) {
    long units = size >>> (8 * tileLevel);
    long full = units / WIDTH;
    if (index < full) {
      return WIDTH;
    }
    if (index == full && units % WIDTH > 0) {
      return (int) (units % WIDTH);
    }
    throw new IllegalArgumentException(
        "tile " + index + " of level " + tileLevel + " is beyond the published tree");
  }

  private byte[] tile(int tileLevel, long index) {
    int width = width(tileLevel, index);
    return read(TilePath.tile(tileLevel, index, width), width * Hash.LENGTH);
  }

  /** Entry {@code index} from its entry bundle. */
  public Hash entry(long index) {
    if (index < 0 || index >= size) {
      throw new IllegalArgumentException(
          "entry " + index + " is not in the published tree of " + size + " entries");
    }
    long bundleIndex = index / WIDTH;
    int width = width(0, bundleIndex);
    String path = TilePath.entryBundle(bundleIndex, width);
    byte[] bundle = read(path, -1);
    ByteBuffer in = ByteBuffer.wrap(bundle);
    Hash wanted = null;
    for (int i = 0; i < width; i++) {
      if (in.remaining() < 2) {
        throw malformed(path, "published.bundle.short", width);
      }
      int length = Short.toUnsignedInt(in.getShort());
      if (length != Hash.LENGTH || in.remaining() < length) {
        throw malformed(path, "published.bundle.entry", i, length);
      }
      byte[] entry = new byte[length];
      in.get(entry);
      if (i == index % WIDTH) {
        wanted = Hash.of(entry);
      }
    }
    if (in.hasRemaining()) {
      throw malformed(path, "published.bundle.long", width);
    }
    return wanted;
  }

  private byte[] read(String path, int expectedLength) {
    byte[] cached = cache.get(path);
    if (cached != null) {
      return cached;
    }
    Path file = dir.resolve(path);
    byte[] content;
    try {
      content = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw malformed(path, "published.missing");
    } catch (IOException e) {
      throw new EnvironmentException(
          Message.of(LogStore.class, "publish.io", file.toString(), String.valueOf(e.getMessage())),
          e);
    }
    if (expectedLength >= 0 && content.length != expectedLength) {
      throw malformed(path, "published.tile.length", content.length, expectedLength);
    }
    tileReads++;
    cache.put(path, content);
    return content;
  }

  /** How many files were read (each at most once). */
  public long fileReads() {
    return tileReads;
  }

  private InvalidInputException malformed(String path, String key, Object... args) {
    return new InvalidInputException(
        new Problem(dir.resolve(path).toString(), Message.of(LogStore.class, key, args)));
  }
}
