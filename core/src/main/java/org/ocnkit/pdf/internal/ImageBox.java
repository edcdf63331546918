package org.ocnkit.pdf.internal;

import org.ocnkit.pdf.Image;

/** A PNG image, scaled down to the available width if wider. */
final class ImageBox extends Box {
  private final Image image;
  private final float available;
  private final float width;
  private final float height;

  ImageBox(Image image, float available) {
    this.image = image;
    this.available = available;
    this.width = Math.min(image.width(), available);
    this.height = width * image.pixelHeight() / image.pixelWidth();
  }

  @Override
  float height() {
    return height;
  }

  @Override
  void draw(Canvas canvas, float x, float top) {
    float dx =
        switch (image.align()) {
          case LEFT -> 0;
          case CENTER -> (available - width) / 2;
          case RIGHT -> available - width;
        };
    canvas.image(image, x + dx, top, width, height);
  }
}
