package org.ocnkit.pdf.internal;

import java.util.List;

/** Boxes kept on one page; the paginator unpacks the group only when it is taller than a page. */
final class GroupBox extends Box {
  private final List<Box> boxes;

  GroupBox(List<Box> boxes) {
    this.boxes = List.copyOf(boxes);
  }

  List<Box> boxes() {
    return boxes;
  }

  @Override
  float height() {
    float h = 0;
    for (Box b : boxes) {
      h += b.height();
    }
    return h;
  }

  @Override
  void draw(Canvas canvas, float x, float top) {
    float y = top;
    for (Box b : boxes) {
      b.draw(canvas, x, y);
      y += b.height();
    }
  }
}
