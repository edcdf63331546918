package org.ocnkit.pdf;

/**
 * Vertical space of {@code height} points. A spacer that would start a new page is dropped, so a
 * page never begins with a gap.
 */
public record Spacer(float height) implements Block {
  public Spacer {
    if (!(height >= 0)) {
      throw new IllegalArgumentException("spacer height must be 0 or more, got " + height);
    }
  }
}
