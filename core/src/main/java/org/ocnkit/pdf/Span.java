package org.ocnkit.pdf;

import java.util.Objects;

/**
 * A run of text in one style. A {@code \n} in the text is a forced line break; other runs of
 * whitespace are one breakable space.
 */
public record Span(String text, TextStyle style) {
  public Span {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(style, "style");
  }
}
