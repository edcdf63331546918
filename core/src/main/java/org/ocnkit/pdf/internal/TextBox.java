package org.ocnkit.pdf.internal;

import java.util.List;

/** Lines of text; splits between lines. */
final class TextBox extends Box {
  private final List<Line> lines;
  private final float width;
  private final boolean keepWithNext;

  TextBox(List<Line> lines, float width, boolean keepWithNext) {
    this.lines = List.copyOf(lines);
    this.width = width;
    this.keepWithNext = keepWithNext;
  }

  static float height(List<Line> lines) {
    float h = 0;
    for (Line line : lines) {
      h += line.height();
    }
    return h;
  }

  /** How many of the first lines fit in {@code available} points. */
  static int fitting(List<Line> lines, float available) {
    float h = 0;
    int n = 0;
    for (Line line : lines) {
      if (h + line.height() > available + Paginator.EPSILON) {
        break;
      }
      h += line.height();
      n++;
    }
    return n;
  }

  static void draw(Canvas canvas, List<Line> lines, float x, float top, float width) {
    float y = top;
    for (Line line : lines) {
      canvas.text(x + line.offset(width), y + line.baseline(), line.pieces());
      y += line.height();
    }
  }

  @Override
  float height() {
    return height(lines);
  }

  @Override
  float minHead() {
    return lines.get(0).height();
  }

  @Override
  Box[] split(float available, boolean pageTop, float pageHeight) {
    int n = fitting(lines, available);
    if (n == 0 || n == lines.size()) {
      return null;
    }
    return new Box[] {
      new TextBox(lines.subList(0, n), width, false),
      new TextBox(lines.subList(n, lines.size()), width, keepWithNext)
    };
  }

  @Override
  void draw(Canvas canvas, float x, float top) {
    draw(canvas, lines, x, top, width);
  }

  @Override
  boolean keepWithNext() {
    return keepWithNext;
  }
}
