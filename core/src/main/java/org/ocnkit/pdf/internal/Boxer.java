package org.ocnkit.pdf.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ocnkit.pdf.Block;
import org.ocnkit.pdf.Columns;
import org.ocnkit.pdf.Image;
import org.ocnkit.pdf.KeepTogether;
import org.ocnkit.pdf.Paragraph;
import org.ocnkit.pdf.QrCode;
import org.ocnkit.pdf.Rgb;
import org.ocnkit.pdf.Rule;
import org.ocnkit.pdf.Spacer;
import org.ocnkit.pdf.Table;

/** Lays blocks out for a width, turning each into a {@link Box}. */
final class Boxer {
  private final LineBreaker breaker;

  Boxer(FontBook fonts) {
    this.breaker = new LineBreaker(fonts);
  }

  List<Box> boxes(List<Block> blocks, float width) {
    List<Box> boxes = new ArrayList<>();
    for (Block block : blocks) {
      boxes.add(box(block, width));
    }
    return boxes;
  }

  Box box(Block block, float width) {
    if (block instanceof Paragraph p) {
      return new TextBox(breaker.lines(p, width), width, p.keepWithNext());
    } else if (block instanceof Spacer s) {
      return new SpaceBox(s.height());
    } else if (block instanceof Rule r) {
      return new RuleBox(width, r.thickness(), r.color());
    } else if (block instanceof Image i) {
      return new ImageBox(i, width);
    } else if (block instanceof QrCode q) {
      return new QrBox(q, width);
    } else if (block instanceof Table t) {
      return table(t, width);
    } else if (block instanceof Columns c) {
      return columns(c, width);
    } else if (block instanceof KeepTogether k) {
      return new GroupBox(boxes(k.blocks(), width));
    }
    throw new IllegalArgumentException("unknown block " + block.getClass());
  }

  private Box columns(Columns columns, float width) {
    float weights = 0;
    for (Columns.Part part : columns.parts()) {
      weights += part.weight();
    }
    float free = width - columns.gap() * (columns.parts().size() - 1);
    float[] lefts = new float[columns.parts().size()];
    List<List<Box>> parts = new ArrayList<>();
    float x = 0;
    for (int i = 0; i < lefts.length; i++) {
      Columns.Part part = columns.parts().get(i);
      float w = free * part.weight() / weights;
      lefts[i] = x;
      parts.add(boxes(part.blocks(), w));
      x += w + columns.gap();
    }
    return new ColumnsBox(parts, lefts);
  }

  private Box table(Table table, float width) {
    float weights = 0;
    for (Table.Column c : table.columns()) {
      weights += c.weight();
    }
    float[] widths = new float[table.columns().size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = width * table.columns().get(i).weight() / weights;
    }
    Table.Style style = table.style();
    List<TableBox.Row> header = new ArrayList<>();
    for (List<Table.Cell> cells : table.header()) {
      header.add(row(table, cells, widths, style.headerBackground()));
    }
    List<TableBox.Row> rows = new ArrayList<>();
    for (int r = 0; r < table.rows().size(); r++) {
      Optional<Rgb> stripe = r % 2 == 1 ? style.stripeBackground() : Optional.empty();
      rows.add(row(table, table.rows().get(r), widths, stripe));
    }
    return new TableBox(widths, header, rows, style);
  }

  private TableBox.Row row(
      Table table, List<Table.Cell> cells, float[] widths, Optional<Rgb> background) {
    float padding = table.style().padding();
    List<List<Line>> lines = new ArrayList<>();
    for (int c = 0; c < cells.size(); c++) {
      List<Line> cellLines = new ArrayList<>();
      for (Paragraph p : cells.get(c).paragraphs()) {
        cellLines.addAll(
            breaker.lines(
                p.aligned(table.columns().get(c).align()), Math.max(1, widths[c] - 2 * padding)));
      }
      lines.add(cellLines);
    }
    return new TableBox.Row(lines, padding, background);
  }
}
