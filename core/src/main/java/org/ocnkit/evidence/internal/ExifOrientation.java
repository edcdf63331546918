package org.ocnkit.evidence.internal;

import java.awt.image.BufferedImage;

/**
 * Reads the one EXIF field kept from a photo, its orientation (tag 0x0112 of IFD0), and turns the
 * pixels upright by it, since the cleaned photo carries no EXIF at all. Every offset is checked
 * against the file's length; anything unexpected reads as "upright" (1).
 */
final class ExifOrientation {
  private ExifOrientation() {}

  /** The orientation 1-8 of a JPEG's EXIF block, or 1 when it has none or it cannot be read. */
  static int of(byte[] jpeg) {
    int i = 2;
    while (i + 4 <= jpeg.length && (jpeg[i] & 0xFF) == 0xFF) {
      int marker = jpeg[i + 1] & 0xFF;
      if (marker == 0xDA || marker == 0xD9) {
        return 1;
      }
      int length = ((jpeg[i + 2] & 0xFF) << 8) | (jpeg[i + 3] & 0xFF);
      if (length < 2 || i + 2 + length > jpeg.length) {
        return 1;
      }
      if (marker == 0xE1
          && length >= 16
          && jpeg[i + 4] == 'E'
          && jpeg[i + 5] == 'x'
          && jpeg[i + 6] == 'i'
          && jpeg[i + 7] == 'f'
          && jpeg[i + 8] == 0
          && jpeg[i + 9] == 0) {
        return fromTiff(jpeg, i + 10, i + 2 + length);
      }
      i += 2 + length;
    }
    return 1;
  }

  private static int fromTiff(byte[] b, int start, int end) {
    boolean little;
    if (b[start] == 'I' && b[start + 1] == 'I') {
      little = true;
    } else if (b[start] == 'M' && b[start + 1] == 'M') {
      little = false;
    } else {
      return 1;
    }
    long ifd = u32(b, start + 4, little);
    if (ifd < 8 || start + ifd + 2 > end) {
      return 1;
    }
    int at = (int) (start + ifd);
    int entries = u16(b, at, little);
    for (int n = 0; n < entries; n++) {
      int entry = at + 2 + n * 12;
      if (entry + 12 > end) {
        return 1;
      }
      if (u16(b, entry, little) == 0x0112 && u16(b, entry + 2, little) == 3) {
        int value = u16(b, entry + 8, little);
        return value >= 1 && value <= 8 ? value : 1;
      }
    }
    return 1;
  }

  private static int u16(byte[] b, int at, boolean little) {
    int a = b[at] & 0xFF;
    int c = b[at + 1] & 0xFF;
    return little ? a | (c << 8) : (a << 8) | c;
  }

  private static long u32(byte[] b, int at, boolean little) {
    long v = 0;
    for (int k = 0; k < 4; k++) {
      int shift = little ? 8 * k : 8 * (3 - k);
      v |= (long) (b[at + k] & 0xFF) << shift;
    }
    return v;
  }

  /** The image turned and mirrored as EXIF orientation {@code o} says, so that it shows upright. */
  static BufferedImage upright(BufferedImage src, int o) {
    if (o <= 1 || o > 8) {
      return src;
    }
    int w = src.getWidth();
    int h = src.getHeight();
    boolean swap = o >= 5;
    BufferedImage dst = new BufferedImage(swap ? h : w, swap ? w : h, BufferedImage.TYPE_3BYTE_BGR);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int dx;
        int dy;
        switch (o) {
          case 2 -> {
            dx = w - 1 - x;
            dy = y;
          }
          case 3 -> {
            dx = w - 1 - x;
            dy = h - 1 - y;
          }
          case 4 -> {
            dx = x;
            dy = h - 1 - y;
          }
          case 5 -> {
            dx = y;
            dy = x;
          }
          case 6 -> {
            dx = h - 1 - y;
            dy = x;
          }
          case 7 -> {
            dx = h - 1 - y;
            dy = w - 1 - x;
          }
          default -> {
            dx = y;
            dy = w - 1 - x;
          }
        }
        dst.setRGB(dx, dy, src.getRGB(x, y));
      }
    }
    return dst;
  }
}
