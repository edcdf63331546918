package org.ocnkit.pdf.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ocnkit.pdf.Rgb;
import org.ocnkit.pdf.Table;

/**
 * A table laid out for a width: header rows and body rows. Splits between body rows and repeats the
 * header rows on the next page; a body row taller than a page splits between lines.
 */
final class TableBox extends Box {
  private final float[] widths;
  private final List<Row> header;
  private final List<Row> rows;
  private final Table.Style style;

  /** One row: the lines of each cell, and whether it is striped. */
  record Row(List<List<Line>> cells, float padding, Optional<Rgb> background) {
    float height() {
      float h = 0;
      for (List<Line> cell : cells) {
        h = Math.max(h, TextBox.height(cell));
      }
      return h + 2 * padding;
    }

    /** The first lines of every cell that fit in {@code available}, and the rest. */
    Row[] split(float available) {
      List<List<Line>> head = new ArrayList<>();
      List<List<Line>> tail = new ArrayList<>();
      boolean progress = false;
      for (List<Line> cell : cells) {
        int n = TextBox.fitting(cell, available - 2 * padding);
        progress |= n > 0;
        head.add(cell.subList(0, n));
        tail.add(cell.subList(n, cell.size()));
      }
      return progress
          ? new Row[] {new Row(head, padding, background), new Row(tail, padding, background)}
          : null;
    }
  }

  TableBox(float[] widths, List<Row> header, List<Row> rows, Table.Style style) {
    this.widths = widths.clone();
    this.header = List.copyOf(header);
    this.rows = List.copyOf(rows);
    this.style = style;
  }

  private float headerHeight() {
    float h = 0;
    for (Row row : header) {
      h += row.height();
    }
    return h;
  }

  @Override
  float height() {
    float h = headerHeight();
    for (Row row : rows) {
      h += row.height();
    }
    return h;
  }

  @Override
  float minHead() {
    return headerHeight() + (rows.isEmpty() ? 0 : rows.get(0).height());
  }

  @Override
  Box[] split(float available, boolean pageTop, float pageHeight) {
    float used = headerHeight();
    int n = 0;
    while (n < rows.size() && used + rows.get(n).height() <= available + Paginator.EPSILON) {
      used += rows.get(n).height();
      n++;
    }
    if (n > 0) {
      return n == rows.size()
          ? null
          : new Box[] {
            new TableBox(widths, header, rows.subList(0, n), style),
            new TableBox(widths, header, rows.subList(n, rows.size()), style)
          };
    }
    if (rows.isEmpty() || !(pageTop || headerHeight() + rows.get(0).height() > pageHeight)) {
      return null;
    }
    Row[] parts = rows.get(0).split(available - headerHeight());
    if (parts == null) {
      return null;
    }
    List<Row> rest = new ArrayList<>();
    rest.add(parts[1]);
    rest.addAll(rows.subList(1, rows.size()));
    return new Box[] {
      new TableBox(widths, header, List.of(parts[0]), style),
      new TableBox(widths, header, rest, style)
    };
  }

  @Override
  void draw(Canvas canvas, float x, float top) {
    float total = 0;
    for (float w : widths) {
      total += w;
    }
    float y = top;
    for (Row row : header) {
      y = drawRow(canvas, row, x, y, total);
    }
    if (!header.isEmpty() && style.ruleWidth() > 0) {
      canvas.fillRect(x, y - style.ruleWidth(), total, style.ruleWidth() * 2, style.ruleColor());
    }
    for (int i = 0; i < rows.size(); i++) {
      y = drawRow(canvas, rows.get(i), x, y, total);
      if (i < rows.size() - 1 && style.ruleWidth() > 0) {
        canvas.fillRect(x, y - style.ruleWidth() / 2, total, style.ruleWidth(), style.ruleColor());
      }
    }
  }

  private float drawRow(Canvas canvas, Row row, float x, float top, float total) {
    float h = row.height();
    row.background().ifPresent(bg -> canvas.fillRect(x, top, total, h, bg));
    float cx = x;
    for (int c = 0; c < widths.length; c++) {
      TextBox.draw(
          canvas,
          row.cells().get(c),
          cx + row.padding(),
          top + row.padding(),
          widths[c] - 2 * row.padding());
      cx += widths[c];
    }
    return top + h;
  }
}
