package org.ocnkit.pdf;

import java.util.Arrays;
import java.util.Objects;

/**
 * A PNG image drawn {@code width} points wide, its height following its aspect ratio. The image is
 * embedded losslessly; transparency is kept.
 */
public record Image(byte[] png, float width, Align align) implements Block {
  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10};

  public Image {
    Objects.requireNonNull(png, "png");
    Objects.requireNonNull(align, "align");
    if (!isPng(png)) {
      throw new IllegalArgumentException("not a PNG image (no PNG signature and IHDR header)");
    }
    if (!(width > 0)) {
      throw new IllegalArgumentException("image width must be more than 0, got " + width);
    }
    png = png.clone();
  }

  /** Whether {@code bytes} start like a PNG file: the signature and an IHDR with a size. */
  public static boolean isPng(byte[] bytes) {
    return bytes.length > 24
        && Arrays.equals(bytes, 0, 8, PNG_SIGNATURE, 0, 8)
        && bytes[12] == 'I'
        && bytes[13] == 'H'
        && bytes[14] == 'D'
        && bytes[15] == 'R'
        && readInt(bytes, 16) > 0
        && readInt(bytes, 20) > 0;
  }

  /** The image's width in pixels, from its header. */
  public int pixelWidth() {
    return readInt(png, 16);
  }

  /** The image's height in pixels, from its header. */
  public int pixelHeight() {
    return readInt(png, 20);
  }

  /** The height on the page, in points. */
  public float height() {
    return width * pixelHeight() / pixelWidth();
  }

  @Override
  public byte[] png() {
    return png.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Image i
        && Arrays.equals(png, i.png)
        && width == i.width
        && align == i.align;
  }

  @Override
  public int hashCode() {
    return Objects.hash(Arrays.hashCode(png), width, align);
  }

  @Override
  public String toString() {
    return "Image["
        + pixelWidth()
        + "x"
        + pixelHeight()
        + " px, width="
        + width
        + ", "
        + align
        + "]";
  }

  private static int readInt(byte[] b, int at) {
    return ((b[at] & 0xff) << 24)
        | ((b[at + 1] & 0xff) << 16)
        | ((b[at + 2] & 0xff) << 8)
        | (b[at + 3] & 0xff);
  }
}
