package org.ocnkit.pdf;

import java.util.Locale;
import java.util.Optional;

/** Page size and margins, in points (1/72 inch; 1 mm is about 2.835 points). */
public record PageSetup(
    float width,
    float height,
    float marginTop,
    float marginRight,
    float marginBottom,
    float marginLeft) {
  /** ISO A4 portrait, 210 x 297 mm. */
  public static final float A4_WIDTH = 595.28f;

  public static final float A4_HEIGHT = 841.89f;

  /** US Letter portrait, 8.5 x 11 in. */
  public static final float LETTER_WIDTH = 612f;

  public static final float LETTER_HEIGHT = 792f;

  public PageSetup {
    if (!(width >= 144 && height >= 144 && width <= 14400 && height <= 14400)) {
      throw new IllegalArgumentException("page size must be 2-200 inches each way");
    }
    if (!(marginTop >= 0 && marginRight >= 0 && marginBottom >= 0 && marginLeft >= 0)) {
      throw new IllegalArgumentException("margins must be 0 or more");
    }
    if (bodyWidth(width, marginLeft, marginRight) < 72 || height - marginTop - marginBottom < 72) {
      throw new IllegalArgumentException("margins leave less than an inch for the text");
    }
  }

  /** A4 portrait with the same margin on every side. */
  public static PageSetup a4(float margin) {
    return new PageSetup(A4_WIDTH, A4_HEIGHT, margin, margin, margin, margin);
  }

  /** The named paper size, {@code A4} or {@code Letter} (any case), portrait. */
  public static Optional<float[]> paperSize(String name) {
    return switch (name.trim().toUpperCase(Locale.ROOT)) {
      case "A4" -> Optional.of(new float[] {A4_WIDTH, A4_HEIGHT});
      case "LETTER" -> Optional.of(new float[] {LETTER_WIDTH, LETTER_HEIGHT});
      default -> Optional.empty();
    };
  }

  /** The width between the left and right margins. */
  public float bodyWidth() {
    return bodyWidth(width, marginLeft, marginRight);
  }

  private static float bodyWidth(float width, float left, float right) {
    return width - left - right;
  }
}
