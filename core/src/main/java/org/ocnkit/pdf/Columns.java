package org.ocnkit.pdf;

import java.util.Arrays;
import java.util.List;

/**
 * Blocks side by side, such as an issuer block next to a QR code. Each part gets a share of the
 * width in proportion to its weight; the row is as tall as its tallest part and is never split
 * across pages.
 *
 * @param gap the space between parts, in points
 */
public record Columns(List<Part> parts, float gap) implements Block {
  public Columns {
    parts = List.copyOf(parts);
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("columns need at least one part");
    }
    if (!(gap >= 0)) {
      throw new IllegalArgumentException("gap must be 0 or more, got " + gap);
    }
  }

  public static Columns of(float gap, Part... parts) {
    return new Columns(Arrays.asList(parts), gap);
  }

  /** One column: blocks stacked top to bottom, {@code weight} its share of the width. */
  public record Part(float weight, List<Block> blocks) {
    public Part {
      blocks = List.copyOf(blocks);
      if (!(weight > 0)) {
        throw new IllegalArgumentException("a part's weight must be more than 0");
      }
    }

    public static Part of(float weight, Block... blocks) {
      return new Part(weight, Arrays.asList(blocks));
    }
  }
}
