package org.ocnkit.report.internal;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One number a report can show: a measure ({@code started}, {@code units} ...) over the
 * participants that match every dimension given ({@code gender=woman}, {@code band=18-29} ...); a
 * dimension left out means "all". Two tables showing the same quantity show the same number.
 */
public record Quantity(String measure, Map<String, String> dimensions) {
  public Quantity {
    Objects.requireNonNull(measure, "measure");
    dimensions = java.util.Collections.unmodifiableMap(new TreeMap<>(dimensions));
  }

  public static Quantity of(String measure) {
    return new Quantity(measure, Map.of());
  }

  /** This quantity narrowed to {@code dimension = value}; a null value leaves it out. */
  public Quantity with(String dimension, String value) {
    if (value == null) {
      return this;
    }
    TreeMap<String, String> more = new TreeMap<>(dimensions);
    more.put(dimension, value);
    return new Quantity(measure, more);
  }

  /** The same filter on another measure. */
  public Quantity as(String otherMeasure) {
    return new Quantity(otherMeasure, dimensions);
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(measure);
    dimensions.forEach((k, v) -> s.append('|').append(k).append('=').append(v));
    return s.toString();
  }
}
