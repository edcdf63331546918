package org.ocnkit.pdf.internal;

/** Vertical space; dropped at the top of a page. */
final class SpaceBox extends Box {
  private final float height;

  SpaceBox(float height) {
    this.height = height;
  }

  @Override
  float height() {
    return height;
  }

  @Override
  void draw(Canvas canvas, float x, float top) {}

  @Override
  boolean droppable() {
    return true;
  }
}
