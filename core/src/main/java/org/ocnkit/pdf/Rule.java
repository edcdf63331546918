package org.ocnkit.pdf;

import java.util.Objects;

/**
 * A horizontal line across the full width.
 *
 * @param thickness in points, more than 0 and at most 20
 */
public record Rule(float thickness, Rgb color) implements Block {
  public Rule {
    Objects.requireNonNull(color, "color");
    if (!(thickness > 0 && thickness <= 20)) {
      throw new IllegalArgumentException("rule thickness must be more than 0 and at most 20");
    }
  }
}
