package org.ocnkit.pdf;

import java.util.Objects;

/**
 * How a run of text looks.
 *
 * @param size the font size in points (1/72 inch), 4 to 96
 */
public record TextStyle(FontFamily family, FontFace face, float size, Rgb color) {
  public TextStyle {
    Objects.requireNonNull(family, "family");
    Objects.requireNonNull(face, "face");
    Objects.requireNonNull(color, "color");
    if (!(size >= 4 && size <= 96)) {
      throw new IllegalArgumentException("font size must be 4-96 points, got " + size);
    }
  }

  /** Black regular text of {@code size} points in {@code family}. */
  public static TextStyle of(FontFamily family, float size) {
    return new TextStyle(family, FontFace.REGULAR, size, Rgb.BLACK);
  }

  public TextStyle withFace(FontFace newFace) {
    return new TextStyle(family, newFace, size, color);
  }

  public TextStyle withSize(float newSize) {
    return new TextStyle(family, face, newSize, color);
  }

  public TextStyle withColor(Rgb newColor) {
    return new TextStyle(family, face, size, newColor);
  }

  public TextStyle withFamily(FontFamily newFamily) {
    return new TextStyle(newFamily, face, size, color);
  }

  public TextStyle bold() {
    return withFace(
        face == FontFace.ITALIC || face == FontFace.BOLD_ITALIC
            ? FontFace.BOLD_ITALIC
            : FontFace.BOLD);
  }

  public TextStyle italic() {
    return withFace(
        face == FontFace.BOLD || face == FontFace.BOLD_ITALIC
            ? FontFace.BOLD_ITALIC
            : FontFace.ITALIC);
  }
}
