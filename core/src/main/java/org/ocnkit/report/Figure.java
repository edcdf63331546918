package org.ocnkit.report;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * A number as a report shows it: the value, or a mark in its place. A figure never carries the
 * number it hides, so nothing that receives a report (a workbook, JSON) can leak it.
 *
 * @param value the number for {@link Kind#VALUE}; 0 for the marks
 */
public record Figure(Kind kind, long value) {
  /** The mark shown for a number hidden to protect another (secondary suppression). */
  public static final String HIDDEN_MARK = "x";

  /** What a figure shows. */
  public enum Kind {
    /** The number itself. */
    VALUE,
    /** A count from 1 up to the threshold minus one, shown as "&lt;N". */
    BELOW,
    /**
     * A number hidden so that a suppressed count cannot be worked out from totals, or a sum over a
     * group whose count is suppressed: shown as "x".
     */
    HIDDEN
  }

  public Figure {
    Objects.requireNonNull(kind, "kind");
    if (kind != Kind.VALUE && value != 0) {
      throw new IllegalArgumentException("a mark carries no number");
    }
    if (value < 0) {
      throw new IllegalArgumentException("figures are counts and sums, 0 or more");
    }
  }

  public static Figure of(long value) {
    return new Figure(Kind.VALUE, value);
  }

  public static Figure below() {
    return new Figure(Kind.BELOW, 0);
  }

  public static Figure hidden() {
    return new Figure(Kind.HIDDEN, 0);
  }

  /** The number, when it is shown. */
  public OptionalLong number() {
    return kind == Kind.VALUE ? OptionalLong.of(value) : OptionalLong.empty();
  }

  /** "12", "&lt;5" or "x", for a report whose threshold is {@code threshold}. */
  public String text(int threshold) {
    return switch (kind) {
      case VALUE -> Long.toString(value);
      case BELOW -> "<" + threshold;
      case HIDDEN -> HIDDEN_MARK;
    };
  }
}
