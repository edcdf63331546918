package org.ocnkit.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Rows of cells in columns. Long cell text wraps within its column. When a page is full the table
 * continues on the next page with its header rows repeated; a row moves to the next page whole
 * unless it is taller than a page, in which case it is split between lines of text, so nothing is
 * ever cut off.
 */
public final class Table implements Block {
  private final List<Column> columns;
  private final List<List<Cell>> header;
  private final List<List<Cell>> rows;
  private final Style style;

  private Table(Builder b) {
    this.columns = List.copyOf(b.columns);
    this.header = copy(b.header);
    this.rows = copy(b.rows);
    this.style = b.style;
  }

  public static Builder builder() {
    return new Builder();
  }

  public List<Column> columns() {
    return columns;
  }

  /** The header rows, repeated at the top of every page the table spans. */
  public List<List<Cell>> header() {
    return header;
  }

  public List<List<Cell>> rows() {
    return rows;
  }

  public Style style() {
    return style;
  }

  private static List<List<Cell>> copy(List<List<Cell>> rows) {
    List<List<Cell>> copy = new ArrayList<>();
    rows.forEach(r -> copy.add(List.copyOf(r)));
    return List.copyOf(copy);
  }

  /**
   * A column: {@code weight} its share of the table's width; its cells' text is aligned by {@code
   * align}.
   */
  public record Column(float weight, Align align) {
    public Column {
      Objects.requireNonNull(align, "align");
      if (!(weight > 0)) {
        throw new IllegalArgumentException("a column's weight must be more than 0");
      }
    }
  }

  /** The content of one cell: paragraphs stacked top to bottom, aligned as their column. */
  public record Cell(List<Paragraph> paragraphs) {
    public Cell {
      paragraphs = List.copyOf(paragraphs);
    }

    public static Cell of(Paragraph... paragraphs) {
      return new Cell(Arrays.asList(paragraphs));
    }

    public static Cell of(String text, TextStyle style) {
      return of(Paragraph.of(text, style));
    }

    /** A cell with nothing in it. */
    public static Cell empty() {
      return new Cell(List.of());
    }
  }

  /**
   * How the table is drawn: thin horizontal rules between rows (a clean look without a full grid),
   * an optional header background and optional stripes on every second body row.
   *
   * @param padding space between a cell's edge and its text, in points
   * @param ruleWidth the thickness of the rules, 0 for none
   */
  public record Style(
      float padding,
      Rgb ruleColor,
      float ruleWidth,
      Optional<Rgb> headerBackground,
      Optional<Rgb> stripeBackground) {
    public Style {
      Objects.requireNonNull(ruleColor, "ruleColor");
      Objects.requireNonNull(headerBackground, "headerBackground");
      Objects.requireNonNull(stripeBackground, "stripeBackground");
      if (!(padding >= 0 && ruleWidth >= 0)) {
        throw new IllegalArgumentException("padding and rule width must be 0 or more");
      }
    }

    /** 4 pt padding, light grey 0.5 pt rules, no backgrounds. */
    public static Style plain() {
      return new Style(4, new Rgb(200, 200, 200), 0.5f, Optional.empty(), Optional.empty());
    }
  }

  /** Collects columns and rows; {@link #build()} checks every row has one cell per column. */
  public static final class Builder {
    private final List<Column> columns = new ArrayList<>();
    private final List<List<Cell>> header = new ArrayList<>();
    private final List<List<Cell>> rows = new ArrayList<>();
    private Style style = Style.plain();

    private Builder() {}

    public Builder column(float weight, Align align) {
      columns.add(new Column(weight, align));
      return this;
    }

    public Builder header(Cell... cells) {
      header.add(Arrays.asList(cells));
      return this;
    }

    public Builder row(Cell... cells) {
      rows.add(Arrays.asList(cells));
      return this;
    }

    public Builder row(List<Cell> cells) {
      rows.add(List.copyOf(cells));
      return this;
    }

    public Builder style(Style newStyle) {
      this.style = Objects.requireNonNull(newStyle, "style");
      return this;
    }

    public Table build() {
      if (columns.isEmpty()) {
        throw new IllegalStateException("a table needs at least one column");
      }
      List<List<Cell>> all = new ArrayList<>(header);
      all.addAll(rows);
      for (int i = 0; i < all.size(); i++) {
        if (all.get(i).size() != columns.size()) {
          throw new IllegalStateException(
              "row "
                  + (i + 1)
                  + " has "
                  + all.get(i).size()
                  + " cells but the table has "
                  + columns.size()
                  + " columns");
        }
      }
      return new Table(this);
    }
  }
}
