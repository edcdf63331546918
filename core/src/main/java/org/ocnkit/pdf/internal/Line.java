package org.ocnkit.pdf.internal;

import java.util.List;
import org.ocnkit.pdf.Align;
import org.ocnkit.pdf.TextStyle;

/**
 * One laid-out line of text: pieces drawn left to right, positioned by {@code align} within the
 * width it is drawn in.
 *
 * @param height the distance this line takes vertically (line height times font size)
 * @param baseline the distance from the line's top to its baseline
 */
public record Line(List<Piece> pieces, float width, float height, float baseline, Align align) {
  public Line {
    pieces = List.copyOf(pieces);
  }

  /** A run of text in one style with its measured width. */
  public record Piece(String text, TextStyle style, float width) {}

  /** The x offset of the line's start within {@code available} points. */
  public float offset(float available) {
    return switch (align) {
      case LEFT -> 0;
      case CENTER -> Math.max(0, (available - width) / 2);
      case RIGHT -> Math.max(0, available - width);
    };
  }
}
