package org.ocnkit.pdf.internal;

/**
 * A block laid out for a given width: it knows its height, can draw itself, and can say how it
 * splits across a page break.
 */
abstract class Box {
  /** The height in points. */
  abstract float height();

  /** Draws the box with its top-left corner at {@code (x, top)}, top measured down the page. */
  abstract void draw(Canvas canvas, float x, float top);

  /** The height of the smallest first part the box can be split into. */
  float minHead() {
    return height();
  }

  /**
   * A first part no taller than {@code available} and the rest, or null when the box cannot be
   * split there (it then moves to the next page).
   *
   * @param pageTop whether the box is at the top of a page, so moving it would not help
   * @param pageHeight the height of a whole page body, for parts that may split only when they
   *     could never fit a page
   */
  Box[] split(float available, boolean pageTop, float pageHeight) {
    return null;
  }

  /** Whether the box must stay on the same page as the start of the next one. */
  boolean keepWithNext() {
    return false;
  }

  /** Whether the box is dropped when it would start a page (vertical space). */
  boolean droppable() {
    return false;
  }
}
