package org.ocnkit.pdf.internal;

import java.util.List;

/** Stacks of boxes side by side; never split. */
final class ColumnsBox extends Box {
  private final List<List<Box>> parts;
  private final float[] lefts;

  ColumnsBox(List<List<Box>> parts, float[] lefts) {
    this.parts = List.copyOf(parts);
    this.lefts = lefts.clone();
  }

  @Override
  float height() {
    float h = 0;
    for (List<Box> part : parts) {
      float ph = 0;
      for (Box b : part) {
        ph += b.height();
      }
      h = Math.max(h, ph);
    }
    return h;
  }

  @Override
  void draw(Canvas canvas, float x, float top) {
    for (int i = 0; i < parts.size(); i++) {
      float y = top;
      for (Box b : parts.get(i)) {
        b.draw(canvas, x + lefts[i], y);
        y += b.height();
      }
    }
  }
}
