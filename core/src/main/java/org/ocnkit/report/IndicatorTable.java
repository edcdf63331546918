package org.ocnkit.report;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ocnkit.Message;

/**
 * One table of an {@link IndicatorReport}: rows of figures under labelled columns. Row and column
 * keys are stable codes ({@code woman}, {@code 18-29}, {@code started/yes}) for programs; labels
 * are {@link Message messages} for people, in either language.
 *
 * @param id a stable identifier, such as {@code participants} or {@code outcomes-90d}
 * @param labelHeaders the headers of the label columns (one or two)
 * @param columns the figure columns
 * @param rows the rows; each has one label per label column and one figure per column
 */
public record IndicatorTable(
    String id,
    Message title,
    List<Message> labelHeaders,
    List<Column> columns,
    List<TableRow> rows) {
  public IndicatorTable {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    labelHeaders = List.copyOf(labelHeaders);
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
    for (TableRow row : rows) {
      if (row.labels().size() != labelHeaders.size() || row.figures().size() != columns.size()) {
        throw new IllegalArgumentException("row " + row.key() + " does not fit table " + id);
      }
    }
  }

  /** The row with {@code key}, if any. */
  public Optional<TableRow> row(String key) {
    return rows.stream().filter(r -> r.key().equals(key)).findFirst();
  }

  /** The index of the column with {@code key}, or -1. */
  public int column(String key) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).key().equals(key)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * A figure column.
   *
   * @param group the heading over a run of columns, such as "Started", if any
   */
  public record Column(String key, Optional<Message> group, Message label) {
    public Column {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(group, "group");
      Objects.requireNonNull(label, "label");
    }
  }

  /**
   * A row of figures.
   *
   * @param total whether the row is a total (or subtotal) of the rows above it
   */
  public record TableRow(String key, List<Message> labels, boolean total, List<Figure> figures) {
    public TableRow {
      Objects.requireNonNull(key, "key");
      labels = List.copyOf(labels);
      figures = List.copyOf(figures);
    }
  }
}
