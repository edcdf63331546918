package org.ocnkit.pdf.internal;

import org.ocnkit.pdf.Rgb;

/** A filled bar across the width. */
final class RuleBox extends Box {
  private final float width;
  private final float thickness;
  private final Rgb color;

  RuleBox(float width, float thickness, Rgb color) {
    this.width = width;
    this.thickness = thickness;
    this.color = color;
  }

  @Override
  float height() {
    return thickness;
  }

  @Override
  void draw(Canvas canvas, float x, float top) {
    canvas.fillRect(x, top, width, thickness, color);
  }
}
