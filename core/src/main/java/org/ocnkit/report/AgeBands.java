package org.ocnkit.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A way of grouping ages at entry: bands in ascending order that do not overlap. Ages no band
 * covers are counted as "other ages", a band of their own in reports, so that the bands of a table
 * always add up to its total.
 */
public record AgeBands(List<AgeBand> bands) {
  /** The funders' main view: under 18, 18-29, 30-54, 55 and older. */
  public static final AgeBands DEFAULT = parse("-17,18-29,30-54,55-").orElseThrow();

  /** The second view: 16-24 and 25-64; other ages apart. */
  public static final AgeBands DEFAULT_SECOND = parse("16-24,25-64").orElseThrow();

  public AgeBands {
    bands = List.copyOf(bands);
    if (bands.isEmpty()) {
      throw new IllegalArgumentException("at least one age band");
    }
    for (int i = 1; i < bands.size(); i++) {
      AgeBand before = bands.get(i - 1);
      if (before.max().isEmpty() || before.max().getAsInt() >= bands.get(i).min()) {
        throw new IllegalArgumentException("age bands must ascend without overlapping: " + bands);
      }
    }
  }

  /**
   * Reads bands separated by commas, such as {@code -17,18-29,30-54,55-}; empty when the text is
   * not such a list (a band unreadable, out of order or overlapping).
   */
  public static Optional<AgeBands> parse(String text) {
    List<AgeBand> list = new ArrayList<>();
    for (String part : (text == null ? "" : text).split(",", -1)) {
      Optional<AgeBand> band = AgeBand.parse(part);
      if (band.isEmpty()) {
        return Optional.empty();
      }
      list.add(band.get());
    }
    try {
      return Optional.of(new AgeBands(list));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The band of {@code age}, or empty when no band covers it ("other ages"). */
  public Optional<AgeBand> of(int age) {
    return bands.stream().filter(b -> b.contains(age)).findFirst();
  }

  /** Whether every age from 0 up is in a band. */
  public boolean coversAll() {
    int next = 0;
    for (AgeBand b : bands) {
      if (b.min() != next) {
        return false;
      }
      if (b.max().isEmpty()) {
        return true;
      }
      next = b.max().getAsInt() + 1;
    }
    return false;
  }

  /** As written in settings: {@code 0-17,18-29,30-54,55-}. */
  @Override
  public String toString() {
    return String.join(",", bands.stream().map(AgeBand::key).toList());
  }
}
