package org.ocnkit.pdf;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Text wrapped to the width it is given, breaking lines at spaces, after hyphens and slashes, and
 * inside a word only when the word alone is wider than the line.
 *
 * @param spans the text; may mix styles within a line
 * @param lineHeight the distance between baselines as a multiple of the largest font size on the
 *     line, 1 to 3
 * @param keepWithNext whether the paragraph must stay on the same page as the start of the next
 *     block, as a heading must
 */
public record Paragraph(List<Span> spans, Align align, float lineHeight, boolean keepWithNext)
    implements Block {
  /** The default line height, 1.3 times the font size. */
  public static final float DEFAULT_LINE_HEIGHT = 1.3f;

  public Paragraph {
    spans = List.copyOf(spans);
    Objects.requireNonNull(align, "align");
    if (spans.isEmpty()) {
      throw new IllegalArgumentException("a paragraph needs at least one span");
    }
    if (!(lineHeight >= 1 && lineHeight <= 3)) {
      throw new IllegalArgumentException("line height must be 1-3, got " + lineHeight);
    }
  }

  /** Left-aligned text in one style. */
  public static Paragraph of(String text, TextStyle style) {
    return of(new Span(text, style));
  }

  /** Left-aligned text in several styles. */
  public static Paragraph of(Span... spans) {
    return new Paragraph(Arrays.asList(spans), Align.LEFT, DEFAULT_LINE_HEIGHT, false);
  }

  /** A heading: text that stays with the block after it. */
  public static Paragraph heading(String text, TextStyle style) {
    return of(text, style).keptWithNext();
  }

  public Paragraph aligned(Align newAlign) {
    return new Paragraph(spans, newAlign, lineHeight, keepWithNext);
  }

  public Paragraph withLineHeight(float newLineHeight) {
    return new Paragraph(spans, align, newLineHeight, keepWithNext);
  }

  public Paragraph keptWithNext() {
    return new Paragraph(spans, align, lineHeight, true);
  }

  /** The text of all spans, joined. */
  public String text() {
    StringBuilder text = new StringBuilder();
    spans.forEach(s -> text.append(s.text()));
    return text.toString();
  }
}
