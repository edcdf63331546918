package org.ocnkit.pdf;

import java.util.Objects;

/** One line at the top or bottom of a page, in three parts; any part may be empty. */
public record RunningText(String left, String center, String right) {
  public RunningText {
    Objects.requireNonNull(left, "left");
    Objects.requireNonNull(center, "center");
    Objects.requireNonNull(right, "right");
  }
}
