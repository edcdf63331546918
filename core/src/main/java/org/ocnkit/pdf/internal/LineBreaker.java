package org.ocnkit.pdf.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.ocnkit.pdf.Paragraph;
import org.ocnkit.pdf.Span;
import org.ocnkit.pdf.TextStyle;

/**
 * Breaks a paragraph into lines no wider than a given width: greedily, at spaces and after hyphens
 * and slashes; a word wider than a whole line is broken between characters. Text is normalized to
 * Unicode NFC first, so "e" followed by a combining accent is drawn with the font's precomposed
 * glyph.
 */
public final class LineBreaker {
  private final FontBook fonts;

  public LineBreaker(FontBook fonts) {
    this.fonts = fonts;
  }

  /** An unbreakable run of pieces, with whether a space separates it from the run before. */
  private record Word(List<Line.Piece> pieces, TextStyle spaceStyle, boolean lineBreakBefore) {
    float width() {
      float w = 0;
      for (Line.Piece p : pieces) {
        w += p.width();
      }
      return w;
    }
  }

  /** The lines of {@code paragraph} set in {@code width} points. */
  public List<Line> lines(Paragraph paragraph, float width) {
    try {
      return breakLines(paragraph, width);
    } catch (FontBook.MissingGlyphException e) {
      throw e.in(paragraph.text());
    }
  }

  private List<Line> breakLines(Paragraph paragraph, float width) {
    List<Word> words = words(paragraph);
    List<Line> lines = new ArrayList<>();
    List<Line.Piece> current = new ArrayList<>();
    float used = 0;
    TextStyle lastStyle = paragraph.spans().get(0).style();
    for (Word word : words) {
      if (word.lineBreakBefore()) {
        lines.add(line(current, used, lastStyle, paragraph));
        current = new ArrayList<>();
        used = 0;
      }
      if (word.pieces().isEmpty()) {
        continue;
      }
      lastStyle = word.pieces().get(word.pieces().size() - 1).style();
      float space =
          !current.isEmpty() && word.spaceStyle() != null ? fonts.width(" ", word.spaceStyle()) : 0;
      float w = word.width();
      if (used + space + w <= width) {
        if (space > 0) {
          current.add(new Line.Piece(" ", word.spaceStyle(), space));
        }
        current.addAll(word.pieces());
        used += space + w;
        continue;
      }
      if (!current.isEmpty()) {
        lines.add(line(current, used, lastStyle, paragraph));
        current = new ArrayList<>();
        used = 0;
      }
      if (w <= width) {
        current.addAll(word.pieces());
        used = w;
        continue;
      }
      // A word wider than the line: fill lines character by character.
      for (Line.Piece piece : word.pieces()) {
        int[] cps = piece.text().codePoints().toArray();
        StringBuilder run = new StringBuilder();
        float runWidth = 0;
        for (int cp : cps) {
          String ch = new String(Character.toChars(cp));
          float cw = fonts.width(ch, piece.style());
          if (used + runWidth + cw > width && (used > 0 || run.length() > 0)) {
            if (run.length() > 0) {
              current.add(new Line.Piece(run.toString(), piece.style(), runWidth));
            }
            lines.add(line(current, used + runWidth, piece.style(), paragraph));
            current = new ArrayList<>();
            used = 0;
            run.setLength(0);
            runWidth = 0;
          }
          run.append(ch);
          runWidth += cw;
        }
        if (run.length() > 0) {
          current.add(new Line.Piece(run.toString(), piece.style(), runWidth));
          used += runWidth;
        }
      }
    }
    if (!current.isEmpty() || lines.isEmpty()) {
      lines.add(line(current, used, lastStyle, paragraph));
    }
    return lines;
  }

  private Line line(
      List<Line.Piece> pieces, float width, TextStyle emptyStyle, Paragraph paragraph) {
    List<Line.Piece> merged = merge(pieces);
    float size = 0;
    float ascent = 0;
    float descent = 0;
    List<TextStyle> styles = new ArrayList<>();
    merged.forEach(p -> styles.add(p.style()));
    if (styles.isEmpty()) {
      styles.add(emptyStyle);
    }
    for (TextStyle s : styles) {
      size = Math.max(size, s.size());
      ascent = Math.max(ascent, fonts.ascent(s));
      descent = Math.max(descent, fonts.descent(s));
    }
    float height = size * paragraph.lineHeight();
    float baseline = (height - ascent - descent) / 2 + ascent;
    return new Line(merged, width, height, baseline, paragraph.align());
  }

  /** Joins neighbouring pieces of the same style into one, so each is drawn with one operator. */
  private static List<Line.Piece> merge(List<Line.Piece> pieces) {
    List<Line.Piece> merged = new ArrayList<>();
    for (Line.Piece p : pieces) {
      int last = merged.size() - 1;
      if (last >= 0 && merged.get(last).style().equals(p.style())) {
        Line.Piece prev = merged.get(last);
        merged.set(
            last, new Line.Piece(prev.text() + p.text(), p.style(), prev.width() + p.width()));
      } else {
        merged.add(p);
      }
    }
    return merged;
  }

  /** Splits the spans into words: at whitespace, after a hyphen or slash, and at {@code \n}. */
  private List<Word> words(Paragraph paragraph) {
    List<Word> words = new ArrayList<>();
    List<Line.Piece> pieces = new ArrayList<>();
    TextStyle pendingSpace = null;
    boolean pendingBreak = false;
    for (Span span : paragraph.spans()) {
      String text =
          Normalizer.normalize(span.text(), Normalizer.Form.NFC)
              .replace("\r\n", "\n")
              .replace('\r', '\n');
      TextStyle style = span.style();
      StringBuilder piece = new StringBuilder();
      int[] cps = text.codePoints().toArray();
      for (int i = 0; i < cps.length; i++) {
        int cp = cps[i];
        if (cp == '\n') {
          flushPiece(piece, style, pieces);
          flushWord(words, pieces, pendingSpace, pendingBreak);
          pieces = new ArrayList<>();
          pendingSpace = null;
          pendingBreak = true;
        } else if (Character.isWhitespace(cp) || Character.isISOControl(cp)) {
          flushPiece(piece, style, pieces);
          if (!pieces.isEmpty()) {
            flushWord(words, pieces, pendingSpace, pendingBreak);
            pieces = new ArrayList<>();
            pendingBreak = false;
          }
          pendingSpace = style;
        } else {
          piece.appendCodePoint(cp);
          boolean breakAfter =
              (cp == '-' || cp == '/')
                  && piece.length() > 1
                  && i + 1 < cps.length
                  && !Character.isWhitespace(cps[i + 1]);
          if (breakAfter) {
            flushPiece(piece, style, pieces);
            flushWord(words, pieces, pendingSpace, pendingBreak);
            pieces = new ArrayList<>();
            pendingSpace = null;
            pendingBreak = false;
          }
        }
      }
      flushPiece(piece, style, pieces);
    }
    flushWord(words, pieces, pendingSpace, pendingBreak);
    return words;
  }

  private void flushPiece(StringBuilder piece, TextStyle style, List<Line.Piece> pieces) {
    if (piece.length() > 0) {
      String text = piece.toString();
      pieces.add(new Line.Piece(text, style, fonts.width(text, style)));
      piece.setLength(0);
    }
  }

  private static void flushWord(
      List<Word> words, List<Line.Piece> pieces, TextStyle space, boolean lineBreakBefore) {
    if (!pieces.isEmpty() || lineBreakBefore) {
      words.add(new Word(List.copyOf(pieces), space, lineBreakBefore));
    }
  }
}
