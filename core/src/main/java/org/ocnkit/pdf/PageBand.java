package org.ocnkit.pdf;

import java.util.Objects;
import java.util.Optional;

/**
 * A header or footer line repeated on every page, such as "page 2 of 3" and a hash. It is set
 * inside the page margin area's edge of the body: the body shrinks by the band's height.
 *
 * @param text the line for page {@code page} (1-based) of {@code pages}; called once per page after
 *     the whole document is laid out, so it can name the page count
 * @param rule a thin line separating the band from the body, if any
 * @param onFirstPage whether the first page has the band too
 */
public record PageBand(Text text, TextStyle style, Optional<Rgb> rule, boolean onFirstPage) {
  public PageBand {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(style, "style");
    Objects.requireNonNull(rule, "rule");
  }

  /** The band's content for one page. */
  @FunctionalInterface
  public interface Text {
    RunningText on(int page, int pages);
  }
}
