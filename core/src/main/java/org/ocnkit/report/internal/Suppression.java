package org.ocnkit.report.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.ocnkit.report.Figure;

/**
 * Statistical disclosure control for tables of counts with totals: decides which numbers a report
 * shows.
 *
 * <p>The rule ("cell suppression", as statistics offices publish tables):
 *
 * <ol>
 *   <li><b>Primary</b>: a count of people from 1 up to the threshold minus one is shown as "&lt;N".
 *       Zero is shown: it says nothing about anyone.
 *   <li><b>Secondary</b>: every published total is a sum of published parts (a {@link Line}). A
 *       line never has exactly one hidden number, or that number would be the total minus the
 *       others; and no "&lt;N" count may be narrowed down to a single value by what a reader can
 *       work out from all lines together. The reader's reasoning is modelled as interval
 *       propagation: each hidden count is known to lie in 1..N-1 ("&lt;N") or to be N or more
 *       ("x"), each hidden sum to be 1 or more, and every line's equation narrows those ranges
 *       until nothing changes. Where a "&lt;N" count would be pinned, or a line has a lone hidden
 *       number, one more number of that line is hidden, shown as "x": the smallest non-zero inner
 *       cell (a number that is no line's total). Totals and margins are published, as official
 *       statistics publish them: one is hidden only where no inner cell is left that would protect
 *       the small count.
 *   <li><b>Consistency</b>: a number is one quantity wherever it appears (the women who started are
 *       the same count in every table that shows them), so it is hidden everywhere or nowhere.
 *   <li><b>Sums over people</b> (units, credits) are hidden, as "x", wherever the count of the
 *       people they are summed over is hidden.
 * </ol>
 *
 * Interval propagation is not a complete attack (a reader solving the equations as a linear
 * programme can sometimes do better); it closes the ways a careful reader with a calculator would
 * find.
 */
public final class Suppression {
  /** Large enough for "no upper bound" and small enough to add many without overflow. */
  static final long UNBOUNDED = Long.MAX_VALUE / 1024;

  private final int threshold;
  private final List<Quantity> quantities;
  private final Map<Quantity, Integer> index = new HashMap<>();
  private final long[] values;
  private final boolean[] counts;
  private final int[] base;
  private final List<int[]> lines = new ArrayList<>();
  private final Figure.Kind[] shown;

  /** Whether a quantity is the total of some line: a margin or the grand total. */
  private final boolean[] margin;

  /**
   * A total and the parts it is the sum of, as a table shows them. The parts must add up to the
   * total in the data; {@link #decide} checks.
   */
  public record Line(Quantity total, List<Quantity> parts) {
    public Line {
      Objects.requireNonNull(total, "total");
      parts = List.copyOf(parts);
    }
  }

  /**
   * @param values every quantity a table shows, with its true value
   * @param peopleCounts the quantities that count people (subject to the primary rule); the others
   *     are sums
   * @param summedOver for a sum, the count of the people it is summed over
   * @param lines every total-and-parts relation the tables show
   * @param threshold counts from 1 to threshold - 1 are suppressed; 1 suppresses nothing
   */
  public Suppression(
      Map<Quantity, Long> values,
      Set<Quantity> peopleCounts,
      Map<Quantity, Quantity> summedOver,
      List<Line> lines,
      int threshold) {
    if (threshold < 1) {
      throw new IllegalArgumentException("threshold is 1 or more");
    }
    this.threshold = threshold;
    this.quantities = new ArrayList<>(values.keySet());
    this.values = new long[quantities.size()];
    this.counts = new boolean[quantities.size()];
    this.base = new int[quantities.size()];
    this.shown = new Figure.Kind[quantities.size()];
    for (int i = 0; i < quantities.size(); i++) {
      Quantity q = quantities.get(i);
      index.put(q, i);
      this.values[i] = values.get(q);
      if (this.values[i] < 0) {
        throw new IllegalArgumentException(q + " is negative");
      }
      counts[i] = peopleCounts.contains(q);
      shown[i] = Figure.Kind.VALUE;
    }
    for (int i = 0; i < quantities.size(); i++) {
      Quantity over = summedOver.get(quantities.get(i));
      base[i] = over == null ? -1 : indexOf(over);
    }
    for (Line line : lines) {
      int[] members = new int[line.parts().size() + 1];
      members[0] = indexOf(line.total());
      long sum = 0;
      for (int p = 0; p < line.parts().size(); p++) {
        members[p + 1] = indexOf(line.parts().get(p));
        sum += this.values[members[p + 1]];
      }
      if (sum != this.values[members[0]]) {
        throw new IllegalArgumentException(
            "the parts of "
                + line.total()
                + " add up to "
                + sum
                + ", not "
                + this.values[members[0]]);
      }
      this.lines.add(members);
    }
    this.margin = new boolean[quantities.size()];
    for (int[] line : this.lines) {
      margin[line[0]] = true;
    }
  }

  private int indexOf(Quantity q) {
    Integer i = index.get(q);
    if (i == null) {
      throw new IllegalArgumentException(q + " has no value");
    }
    return i;
  }

  /** Applies the rule; the figure of every quantity. */
  public Map<Quantity, Figure> decide() {
    for (int i = 0; i < values.length; i++) {
      if (counts[i] && values[i] >= 1 && values[i] < threshold) {
        shown[i] = Figure.Kind.BELOW;
      }
    }
    while (hideSums() || protectLoneNumbers() || protectPinned() || protectProbed()) {
      // each pass hides at least one more number; there are finitely many
    }
    Map<Quantity, Figure> out = new LinkedHashMap<>();
    for (int i = 0; i < values.length; i++) {
      out.put(
          quantities.get(i),
          switch (shown[i]) {
            case VALUE -> Figure.of(values[i]);
            case BELOW -> Figure.below();
            case HIDDEN -> Figure.hidden();
          });
    }
    return out;
  }

  private boolean hidden(int i) {
    return shown[i] != Figure.Kind.VALUE;
  }

  private boolean hideSums() {
    boolean changed = false;
    for (int i = 0; i < values.length; i++) {
      if (base[i] >= 0 && hidden(base[i]) && !hidden(i) && values[i] != 0) {
        shown[i] = Figure.Kind.HIDDEN;
        changed = true;
      }
    }
    return changed;
  }

  private boolean protectLoneNumbers() {
    boolean changed = false;
    for (int[] line : lines) {
      int hiddenCount = 0;
      for (int m : line) {
        hiddenCount += hidden(m) ? 1 : 0;
      }
      if (hiddenCount == 1) {
        changed |= hideCandidate(line);
      }
    }
    return changed;
  }

  /**
   * Hides the smallest non-zero shown inner cell of {@code line}; a margin only when the line has
   * no such inner cell left.
   */
  private boolean hideCandidate(int[] line) {
    int best = -1;
    for (int k = 1; k <= line.length; k++) {
      int m = line[k % line.length];
      if (!hidden(m) && values[m] > 0 && (best < 0 || better(m, best))) {
        best = m;
      }
    }
    if (best < 0) {
      return false;
    }
    shown[best] = Figure.Kind.HIDDEN;
    return true;
  }

  /**
   * Whether {@code a} is a better number to hide than {@code b}: inner before margin, then small.
   */
  private boolean better(int a, int b) {
    if (margin[a] != margin[b]) {
      return !margin[a];
    }
    return values[a] < values[b];
  }

  /**
   * Runs the reader's interval propagation; if a "&lt;N" count is pinned to one value, hides one
   * more number next to it.
   */
  private boolean protectPinned() {
    long[][] bounds = propagate();
    for (int i = 0; i < values.length; i++) {
      if (shown[i] == Figure.Kind.BELOW && bounds[0][i] == bounds[1][i] && hideNextTo(i)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Hides one more number to protect quantity {@code i}: an inner cell of a line through {@code i}
   * if one is left, else the best candidate of any line with a hidden number (inner cells first).
   * False when every such number is hidden already.
   */
  private boolean hideNextTo(int i) {
    for (int[] line : lines) {
      if (contains(line, i) && hasInnerCandidate(line) && hideCandidate(line)) {
        return true;
      }
    }
    for (int[] line : lines) {
      if (Arrays.stream(line).anyMatch(this::hidden)
          && hasInnerCandidate(line)
          && hideCandidate(line)) {
        return true;
      }
    }
    for (int[] line : lines) {
      if (contains(line, i) && hideCandidate(line)) {
        return true;
      }
    }
    int choice = -1;
    for (int[] line : lines) {
      if (Arrays.stream(line).anyMatch(this::hidden)) {
        for (int m : line) {
          if (!hidden(m) && values[m] > 0 && (choice < 0 || better(m, choice))) {
            choice = m;
          }
        }
      }
    }
    if (choice < 0) {
      return false;
    }
    shown[choice] = Figure.Kind.HIDDEN;
    return true;
  }

  private boolean hasInnerCandidate(int[] line) {
    return Arrays.stream(line).anyMatch(m -> !margin[m] && !hidden(m) && values[m] > 0);
  }

  private static boolean contains(int[] line, int i) {
    for (int m : line) {
      if (m == i) {
        return true;
      }
    }
    return false;
  }

  /**
   * What a reader can know of every number from the figures and the lines: [0] lower bounds, [1]
   * upper bounds.
   */
  long[][] propagate() {
    return propagate(-1, 0);
  }

  /**
   * {@link #propagate()} with quantity {@code fixed} taken to be {@code value}; null when the
   * figures then contradict each other (a lower bound above an upper one).
   */
  long[][] propagate(int fixed, long value) {
    long[] lo = new long[values.length];
    long[] hi = new long[values.length];
    for (int i = 0; i < values.length; i++) {
      switch (shown[i]) {
        case VALUE -> {
          lo[i] = values[i];
          hi[i] = values[i];
        }
        case BELOW -> {
          lo[i] = 1;
          hi[i] = threshold - 1;
        }
        case HIDDEN -> {
          lo[i] = counts[i] ? threshold : 1;
          hi[i] = UNBOUNDED;
        }
      }
    }
    if (fixed >= 0) {
      lo[fixed] = value;
      hi[fixed] = value;
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int[] line : lines) {
        changed |= narrow(line, lo, hi);
        for (int m : line) {
          if (lo[m] > hi[m]) {
            return null;
          }
        }
      }
    }
    return new long[][] {lo, hi};
  }

  /**
   * The reader's stronger attack, probing: for each "&lt;N" count, tries every other value it could
   * have and propagates; if every other value leads to a contradiction, the count is given away,
   * and one more number next to it is hidden.
   */
  private boolean protectProbed() {
    for (int i = 0; i < values.length; i++) {
      if (shown[i] != Figure.Kind.BELOW) {
        continue;
      }
      boolean another = false;
      for (long w = 1; w < threshold && !another; w++) {
        another = w != values[i] && propagate(i, w) != null;
      }
      if (!another && hideNextTo(i)) {
        return true;
      }
    }
    return false;
  }

  /** Narrows the bounds of one line's members by its equation; whether anything changed. */
  private static boolean narrow(int[] line, long[] lo, long[] hi) {
    boolean changed = false;
    int total = line[0];
    long sumLo = 0;
    long sumHi = 0;
    for (int k = 1; k < line.length; k++) {
      sumLo = add(sumLo, lo[line[k]]);
      sumHi = add(sumHi, hi[line[k]]);
    }
    if (sumLo > lo[total]) {
      lo[total] = sumLo;
      changed = true;
    }
    if (sumHi < hi[total]) {
      hi[total] = sumHi;
      changed = true;
    }
    for (int k = 1; k < line.length; k++) {
      int p = line[k];
      long othersLo = 0;
      long othersHi = 0;
      for (int j = 1; j < line.length; j++) {
        if (j != k) {
          othersLo = add(othersLo, lo[line[j]]);
          othersHi = add(othersHi, hi[line[j]]);
        }
      }
      long newLo = othersHi >= UNBOUNDED ? lo[p] : Math.max(lo[p], lo[total] - othersHi);
      long newHi = hi[total] >= UNBOUNDED ? hi[p] : Math.min(hi[p], hi[total] - othersLo);
      if (newLo != lo[p] || newHi != hi[p]) {
        lo[p] = newLo;
        hi[p] = newHi;
        changed = true;
      }
    }
    return changed;
  }

  private static long add(long a, long b) {
    return a >= UNBOUNDED || b >= UNBOUNDED ? UNBOUNDED : a + b;
  }
}
