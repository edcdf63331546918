package org.ocnkit.ledger;

/**
 * Paths of a log published in the C2SP {@code tlog-tiles} layout, relative to the log's prefix (a
 * folder, a bucket, a URL):
 *
 * <ul>
 *   <li>{@code checkpoint}: the latest signed checkpoint;
 *   <li>{@code tile/<L>/<N>}: full tile {@code N} of level {@code L}, 256 hashes of 32 bytes. At
 *       level 0 they are leaf hashes; at level {@code L} hash {@code i} is the root of the subtree
 *       of {@code 256^L} entries starting at entry {@code (N * 256 + i) * 256^L}, that is stored
 *       node {@code (8L, N * 256 + i)};
 *   <li>{@code tile/<L>/<N>.p/<W>}: the partial tile of {@code W} hashes (1-255) at the right edge
 *       of a tree whose size leaves it incomplete;
 *   <li>{@code tile/entries/<N>[.p/<W>]}: the entries of level-0 tile {@code N}, each as a
 *       big-endian uint16 length and the entry bytes (here always {@code 0x0020} and a 32-byte
 *       fingerprint).
 * </ul>
 *
 * <p>{@code <N>} is written in groups of three digits, all but the last prefixed with {@code x}:
 * index 1234067 is {@code x001/x234/067}, index 5 is {@code 005}.
 */
public final class TilePath {
  /** The number of hashes in a full tile. */
  public static final int WIDTH = 256;

  /** The checkpoint's path. */
  public static final String CHECKPOINT = "checkpoint";

  private TilePath() {}

  /** The path of tile {@code index} of level {@code level} with {@code width} hashes. */
  public static String tile(int level, long index, int width) {
    if (level < 0 || level > 63) {
      throw new IllegalArgumentException("tile level must be 0-63, got " + level);
    }
    return "tile/" + level + "/" + encodeIndex(index) + widthSuffix(width);
  }

  /** The path of entry bundle {@code index} with {@code width} entries. */
  public static String entryBundle(long index, int width) {
    return "tile/entries/" + encodeIndex(index) + widthSuffix(width);
  }

  /** {@code N} in zero-padded groups of three digits, all but the last prefixed with {@code x}. */
  public static String encodeIndex(long index) {
    if (index < 0) {
      throw new IllegalArgumentException("tile index must be 0 or more, got " + index);
    }
    StringBuilder path = new StringBuilder(String.format("%03d", index % 1000));
    for (long n = index / 1000; n > 0; n /= 1000) {
      path.insert(0, String.format("x%03d/", n % 1000));
    }
    return path.toString();
  }

  private static String widthSuffix(int width) {
    if (width < 1 || width > WIDTH) {
      throw new IllegalArgumentException("tile width must be 1-256, got " + width);
    }
    return width == WIDTH ? "" : ".p/" + width;
  }
}
