package org.ocnkit.panel;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What must be done before an approval with conditions becomes a plain approval, and by when.
 *
 * @param text what must be done; whitespace runs are collapsed, never blank
 * @param due the date by which the conditions must be met
 */
public record Conditions(String text, LocalDate due) {
  public Conditions {
    text = Objects.requireNonNull(text, "text").replaceAll("\\s+", " ").strip();
    Objects.requireNonNull(due, "due");
    if (text.isEmpty()) {
      throw new IllegalArgumentException("conditions need a text");
    }
  }
}
