package org.ocnkit.pdf.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.ocnkit.pdf.FontFace;
import org.ocnkit.pdf.FontFamily;
import org.ocnkit.pdf.TextStyle;

/**
 * The fonts of one PDF document: DejaVu TrueType fonts from the jasperreports-fonts artifact,
 * loaded on first use and embedded as subsets (only the glyphs used), as PDF/A requires.
 */
public final class FontBook {
  private static final String FONT_FOLDER = "/net/sf/jasperreports/fonts/dejavu/";

  /** Font files are read from the classpath once per JVM; each document parses its own copy. */
  private static final Map<String, byte[]> FILES = new ConcurrentHashMap<>();

  private final PDDocument document;
  private final Map<FontFamily, Map<FontFace, PDType0Font>> fonts = new EnumMap<>(FontFamily.class);

  public FontBook(PDDocument document) {
    this.document = document;
  }

  /** The font for {@code style}, loaded into the document on first use. */
  public PDFont font(TextStyle style) {
    return fonts
        .computeIfAbsent(style.family(), f -> new EnumMap<>(FontFace.class))
        .computeIfAbsent(style.face(), face -> load(style.family(), face));
  }

  /** The width of {@code text} in {@code style}, in points. */
  public float width(String text, TextStyle style) {
    try {
      return font(style).getStringWidth(text) / 1000f * style.size();
    } catch (IllegalArgumentException e) {
      throw missingGlyph(text, style);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The height above the baseline of the font's tallest glyphs, in points. */
  public float ascent(TextStyle style) {
    PDFontDescriptor d = font(style).getFontDescriptor();
    return d.getAscent() / 1000f * style.size();
  }

  /** The depth below the baseline of the font's lowest glyphs, in points (positive). */
  public float descent(TextStyle style) {
    PDFontDescriptor d = font(style).getFontDescriptor();
    return Math.abs(d.getDescent()) / 1000f * style.size();
  }

  /** The first character of {@code text} the font cannot show, as an exception to report. */
  private MissingGlyphException missingGlyph(String text, TextStyle style) {
    PDFont font = font(style);
    int[] codePoints = text.codePoints().toArray();
    for (int cp : codePoints) {
      try {
        font.encode(new String(Character.toChars(cp)));
      } catch (IllegalArgumentException | IOException e) {
        return new MissingGlyphException(text, cp, style.family().fileName(style.face()));
      }
    }
    return new MissingGlyphException(
        text, codePoints.length == 0 ? 0 : codePoints[0], style.family().fileName(style.face()));
  }

  private PDType0Font load(FontFamily family, FontFace face) {
    String file = family.fileName(face) + ".ttf";
    byte[] bytes = FILES.computeIfAbsent(file, FontBook::readFontFile);
    try {
      // DejaVu's GSUB table has Latin ligatures ("fi", "fl"), which PDFBox 3 applies when it
      // shows text; a text extractor (a search, an applicant-tracking system, a screen reader)
      // then reads "ﬁ" (U+FB01), not "fi", and finds no "certificate". Without glyph
      // substitution every character is its own glyph and extracted text equals printed text.
      TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
      ttf.setEnableGsub(false);
      return PDType0Font.load(document, ttf, true);
    } catch (IOException e) {
      throw new IllegalStateException("font " + file + " does not load", e);
    }
  }

  private static byte[] readFontFile(String file) {
    try (InputStream in = FontBook.class.getResourceAsStream(FONT_FOLDER + file)) {
      if (in == null) {
        throw new IllegalStateException(
            "font "
                + file
                + " is not on the classpath: is the"
                + " net.sf.jasperreports:jasperreports-fonts artifact missing?");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Text has a character that the embedded font has no glyph for. */
  public static final class MissingGlyphException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String text;
    private final int codePoint;
    private final String font;

    MissingGlyphException(String text, int codePoint, String font) {
      super("font " + font + " has no glyph for U+" + hex(codePoint) + " in \"" + text + "\"");
      this.text = text;
      this.codePoint = codePoint;
      this.font = font;
    }

    /** The same problem, naming the whole {@code context} text the character was found in. */
    public MissingGlyphException in(String context) {
      return new MissingGlyphException(context, codePoint, font);
    }

    public String text() {
      return text;
    }

    public int codePoint() {
      return codePoint;
    }

    public String font() {
      return font;
    }

    /** The code point as {@code 4E2D}. */
    public static String hex(int codePoint) {
      return String.format("%04X", codePoint);
    }
  }
}
