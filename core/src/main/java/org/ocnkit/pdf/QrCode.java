package org.ocnkit.pdf;

import java.util.Objects;

/**
 * A QR code carrying {@code content}, drawn as vector squares (sharp at any zoom and in print),
 * {@code size} points wide including the quiet zone of four modules that scanners need. Error
 * correction level M (15 %) lets a slightly soiled print still scan.
 */
public record QrCode(String content, float size, Align align) implements Block {
  public QrCode {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(align, "align");
    if (content.isEmpty() || content.length() > 1000) {
      throw new IllegalArgumentException("QR content must be 1-1000 characters");
    }
    if (!(size >= 36)) {
      throw new IllegalArgumentException("a QR code must be at least 36 points (13 mm) wide");
    }
  }
}
