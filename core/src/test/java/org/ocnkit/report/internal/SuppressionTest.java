package org.ocnkit.report.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ocnkit.report.Figure;
import org.ocnkit.report.internal.Suppression.Line;

/**
 * The suppression rule on small tables with every margin, against a reader who tries every possible
 * table: for each random table, every integer table that agrees with what is published (numbers
 * shown, "&lt;5" as 1-4, "x" as 5 or more, every total the sum of its parts) is enumerated, and
 * every "&lt;5" count must take at least two values among them.
 */
class SuppressionTest {
  private static final int T = 5;

  static IntStream seeds() {
    return IntStream.rangeClosed(1, 3000);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void noSuppressedCountCanBeWorkedOutFromWhatIsPublished(int seed) {
    Random random = new Random(seed);
    int rows = 2 + random.nextInt(2);
    int columns = 2 + random.nextInt(2);
    long[][] cells = new long[rows][columns];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < columns; c++) {
        int kind = random.nextInt(20);
        cells[r][c] = kind < 7 ? 0 : kind < 14 ? 1 + random.nextInt(4) : 5 + random.nextInt(8);
      }
    }
    Grid grid = new Grid(cells);
    Map<Quantity, Figure> figures =
        new Suppression(grid.values, grid.values.keySet(), Map.of(), grid.lines, T).decide();

    for (Map.Entry<Quantity, Long> e : grid.values.entrySet()) {
      long v = e.getValue();
      Figure f = figures.get(e.getKey());
      if (v == 0) {
        assertThat(f).as(e.getKey() + " is 0").isEqualTo(Figure.of(0));
      } else if (v < T) {
        assertThat(f).as(e.getKey() + " is " + v).isEqualTo(Figure.below());
      } else {
        assertThat(f.kind()).as(e.getKey() + " is " + v).isNotEqualTo(Figure.Kind.BELOW);
        f.number().ifPresent(n -> assertThat(n).isEqualTo(v));
      }
    }
    for (Line line : grid.lines) {
      long hidden =
          line.parts().stream().filter(q -> figures.get(q).number().isEmpty()).count()
              + (figures.get(line.total()).number().isEmpty() ? 1 : 0);
      assertThat(hidden).as("hidden numbers in " + line).isNotEqualTo(1);
    }
    Map<Quantity, Set<Long>> possible = grid.possibleValues(figures);
    for (Map.Entry<Quantity, Set<Long>> e : possible.entrySet()) {
      assertThat(e.getValue())
          .as(e.getKey() + " of " + grid + " shown as " + grid.shown(figures))
          .hasSizeGreaterThan(1);
    }
  }

  @Test
  void aSmallCountNextToFiveIsNotLeftToBeWorkedOut() {
    // 1 is suppressed; hiding 5 as well would still give it away (15 - 9 = 6 = 1 + 5, and "x"
    // means 5 or more), so 9 is hidden too.
    Quantity total = Quantity.of("n");
    Quantity a = total.with("g", "a");
    Quantity b = total.with("g", "b");
    Quantity c = total.with("g", "c");
    Map<Quantity, Long> values = new LinkedHashMap<>(Map.of(total, 15L, a, 1L, b, 5L, c, 9L));
    Map<Quantity, Figure> f =
        new Suppression(
                values, values.keySet(), Map.of(), List.of(new Line(total, List.of(a, b, c))), T)
            .decide();
    assertThat(f)
        .containsEntry(a, Figure.below())
        .containsEntry(b, Figure.hidden())
        .containsEntry(c, Figure.hidden())
        .containsEntry(total, Figure.of(15));
  }

  @Test
  void sumsOverASuppressedGroupAreHiddenAndTheirTotalsProtected() {
    Quantity people = Quantity.of("achievers");
    Quantity units = Quantity.of("units");
    Map<Quantity, Long> values = new LinkedHashMap<>();
    values.put(people, 13L);
    values.put(people.with("g", "a"), 3L);
    values.put(people.with("g", "b"), 10L);
    values.put(units, 27L);
    values.put(units.with("g", "a"), 7L);
    values.put(units.with("g", "b"), 20L);
    Map<Quantity, Quantity> over = new HashMap<>();
    for (String g : List.of("a", "b")) {
      over.put(units.with("g", g), people.with("g", g));
    }
    over.put(units, people);
    Map<Quantity, Figure> f =
        new Suppression(
                values,
                Set.of(people, people.with("g", "a"), people.with("g", "b")),
                over,
                List.of(
                    new Line(people, List.of(people.with("g", "a"), people.with("g", "b"))),
                    new Line(units, List.of(units.with("g", "a"), units.with("g", "b")))),
                T)
            .decide();
    assertThat(f.get(people.with("g", "a"))).isEqualTo(Figure.below());
    assertThat(f.get(units.with("g", "a"))).isEqualTo(Figure.hidden());
    assertThat(f.get(units.with("g", "b")).number().isEmpty() || f.get(units).number().isEmpty())
        .as("the units line has a second hidden number")
        .isTrue();
  }

  @Test
  void aThresholdOfOneSuppressesNothing() {
    Grid grid = new Grid(new long[][] {{1, 0, 3}, {2, 7, 4}});
    Map<Quantity, Figure> f =
        new Suppression(grid.values, grid.values.keySet(), Map.of(), grid.lines, 1).decide();
    grid.values.forEach((q, v) -> assertThat(f.get(q)).isEqualTo(Figure.of(v)));
  }

  @Test
  void partsThatDoNotAddUpToTheirTotalAreACallerMistake() {
    Quantity total = Quantity.of("n");
    Map<Quantity, Long> values = Map.of(total, 5L, total.with("g", "a"), 1L);
    assertThatThrownBy(
            () ->
                new Suppression(
                    values,
                    values.keySet(),
                    Map.of(),
                    List.of(new Line(total, List.of(total.with("g", "a")))),
                    T))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("add up to 1");
  }

  /** A table of counts with row, column and grand totals, and its lines. */
  private static final class Grid {
    final long[][] cells;
    final Map<Quantity, Long> values = new LinkedHashMap<>();
    final List<Line> lines = new ArrayList<>();
    final int rows;
    final int columns;

    Grid(long[][] cells) {
      this.cells = cells;
      this.rows = cells.length;
      this.columns = cells[0].length;
      long grand = 0;
      for (int r = 0; r < rows; r++) {
        for (int c = 0; c < columns; c++) {
          values.put(cell(r, c), cells[r][c]);
          grand += cells[r][c];
        }
      }
      for (int r = 0; r < rows; r++) {
        final int row = r;
        values.put(rowTotal(r), IntStream.range(0, columns).mapToLong(c -> cells[row][c]).sum());
        lines.add(
            new Line(
                rowTotal(r), IntStream.range(0, columns).mapToObj(c -> cell(row, c)).toList()));
      }
      for (int c = 0; c < columns; c++) {
        final int column = c;
        values.put(columnTotal(c), IntStream.range(0, rows).mapToLong(r -> cells[r][column]).sum());
        lines.add(
            new Line(
                columnTotal(c), IntStream.range(0, rows).mapToObj(r -> cell(r, column)).toList()));
      }
      values.put(Quantity.of("n"), grand);
      lines.add(
          new Line(Quantity.of("n"), IntStream.range(0, rows).mapToObj(Grid::rowTotal).toList()));
      lines.add(
          new Line(
              Quantity.of("n"), IntStream.range(0, columns).mapToObj(Grid::columnTotal).toList()));
    }

    static Quantity cell(int r, int c) {
      return Quantity.of("n").with("r", Integer.toString(r)).with("c", Integer.toString(c));
    }

    static Quantity rowTotal(int r) {
      return Quantity.of("n").with("r", Integer.toString(r));
    }

    static Quantity columnTotal(int c) {
      return Quantity.of("n").with("c", Integer.toString(c));
    }

    /**
     * For every "&lt;5" quantity, the values it takes in the tables that agree with the published
     * figures. Hidden "x" cells are tried up to the smallest shown total over them, or up to the
     * true grand total plus 5 when none is shown. Trying fewer tables than a reader could only
     * finds fewer values, so a count that takes two values here takes two for the reader too.
     */
    Map<Quantity, Set<Long>> possibleValues(Map<Quantity, Figure> figures) {
      long grand = values.get(Quantity.of("n"));
      long[][] lo = new long[rows][columns];
      long[][] hi = new long[rows][columns];
      for (int r = 0; r < rows; r++) {
        for (int c = 0; c < columns; c++) {
          Figure f = figures.get(cell(r, c));
          long cap = grand + T;
          for (Quantity margin : List.of(rowTotal(r), columnTotal(c), Quantity.of("n"))) {
            if (figures.get(margin).number().isPresent()) {
              cap = Math.min(cap, figures.get(margin).number().getAsLong());
            }
          }
          switch (f.kind()) {
            case VALUE -> {
              lo[r][c] = f.value();
              hi[r][c] = f.value();
            }
            case BELOW -> {
              lo[r][c] = 1;
              hi[r][c] = T - 1;
            }
            case HIDDEN -> {
              lo[r][c] = T;
              hi[r][c] = Math.max(T, cap);
            }
          }
        }
      }
      Map<Quantity, Set<Long>> seen = new LinkedHashMap<>();
      figures.forEach(
          (q, f) -> {
            if (f.kind() == Figure.Kind.BELOW) {
              seen.put(q, new HashSet<>());
            }
          });
      search(new long[rows][columns], 0, lo, hi, figures, seen);
      return seen;
    }

    private void search(
        long[][] table,
        int index,
        long[][] lo,
        long[][] hi,
        Map<Quantity, Figure> figures,
        Map<Quantity, Set<Long>> seen) {
      if (index == rows * columns) {
        Map<Quantity, Long> all = new HashMap<>();
        long grand = 0;
        for (int r = 0; r < rows; r++) {
          long sum = 0;
          for (int c = 0; c < columns; c++) {
            all.put(cell(r, c), table[r][c]);
            sum += table[r][c];
          }
          all.put(rowTotal(r), sum);
          grand += sum;
        }
        for (int c = 0; c < columns; c++) {
          long sum = 0;
          for (int r = 0; r < rows; r++) {
            sum += table[r][c];
          }
          all.put(columnTotal(c), sum);
        }
        all.put(Quantity.of("n"), grand);
        for (Map.Entry<Quantity, Long> e : all.entrySet()) {
          if (!agrees(figures.get(e.getKey()), e.getValue())) {
            return;
          }
        }
        seen.forEach((q, values) -> values.add(all.get(q)));
        return;
      }
      int r = index / columns;
      int c = index % columns;
      for (long v = lo[r][c]; v <= hi[r][c]; v++) {
        table[r][c] = v;
        if (exceedsAShownTotal(table, r, c, figures)) {
          break;
        }
        if (c == columns - 1) {
          long sum = 0;
          for (int k = 0; k < columns; k++) {
            sum += table[r][k];
          }
          if (!agrees(figures.get(rowTotal(r)), sum)) {
            continue;
          }
        }
        if (r == rows - 1) {
          long sum = 0;
          for (int k = 0; k < rows; k++) {
            sum += table[k][c];
          }
          if (!agrees(figures.get(columnTotal(c)), sum)) {
            continue;
          }
        }
        search(table, index + 1, lo, hi, figures, seen);
      }
    }

    /**
     * Whether the cells filled so far already add up to more than a shown total over them; every
     * larger value of cell (r, c) does too, so the search stops trying them.
     */
    private boolean exceedsAShownTotal(
        long[][] table, int r, int c, Map<Quantity, Figure> figures) {
      long row = 0;
      for (int k = 0; k <= c; k++) {
        row += table[r][k];
      }
      long column = 0;
      for (int k = 0; k <= r; k++) {
        column += table[k][c];
      }
      long grand = 0;
      for (int i = 0; i <= r; i++) {
        for (int k = 0; k < (i == r ? c + 1 : columns); k++) {
          grand += table[i][k];
        }
      }
      return above(figures.get(rowTotal(r)), row)
          || above(figures.get(columnTotal(c)), column)
          || above(figures.get(Quantity.of("n")), grand);
    }

    private static boolean above(Figure total, long sum) {
      return total.number().isPresent() && sum > total.number().getAsLong();
    }

    private static boolean agrees(Figure f, long value) {
      return switch (f.kind()) {
        case VALUE -> f.value() == value;
        case BELOW -> value >= 1 && value < T;
        case HIDDEN -> value >= T;
      };
    }

    String shown(Map<Quantity, Figure> figures) {
      StringBuilder s = new StringBuilder();
      for (int r = 0; r <= rows; r++) {
        s.append(r == 0 ? "" : " / ");
        for (int c = 0; c <= columns; c++) {
          Quantity q =
              r < rows && c < columns
                  ? cell(r, c)
                  : r < rows ? rowTotal(r) : c < columns ? columnTotal(c) : Quantity.of("n");
          s.append(c == 0 ? "" : " ").append(figures.get(q).text(T));
        }
      }
      return s.toString();
    }

    @Override
    public String toString() {
      return java.util.Arrays.deepToString(cells);
    }
  }
}
