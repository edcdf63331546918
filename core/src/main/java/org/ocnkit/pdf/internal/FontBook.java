package org.ocnkit.pdf.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
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
 * loaded on first use and embedded as subsets (only the glyphs used), as PDF/A requires. Closed
 * after the document is saved, which gives its parsed fonts back for the next document.
 */
public final class FontBook implements AutoCloseable {
  private static final String FONT_FOLDER = "/net/sf/jasperreports/fonts/dejavu/";

  /** Font files are read from the classpath once per JVM. */
  private static final Map<String, byte[]> FILES = new ConcurrentHashMap<>();

  /**
   * Parsed font files that no document is using. Parsing a DejaVu face took about a quarter of
   * rendering a certificate, so a batch parses each face once per rendering thread instead of once
   * per certificate. A parsed font reads its tables lazily and is not safe to share between
   * threads, so each is lent to one document at a time ({@link #close()} gives it back); at most
   * {@link #IDLE_PER_FILE} wait per file.
   */
  private static final Map<String, Deque<TrueTypeFont>> IDLE = new ConcurrentHashMap<>();

  private static final int IDLE_PER_FILE = 2 * Runtime.getRuntime().availableProcessors();

  private final PDDocument document;
  private final Map<FontFamily, Map<FontFace, PDType0Font>> fonts = new EnumMap<>(FontFamily.class);
  private final Map<String, TrueTypeFont> borrowed = new HashMap<>();

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
    try {
      TrueTypeFont ttf = IDLE.computeIfAbsent(file, f -> new ConcurrentLinkedDeque<>()).pollFirst();
      if (ttf == null) {
        byte[] bytes = FILES.computeIfAbsent(file, FontBook::readFontFile);
        ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
        // DejaVu's GSUB table has Latin ligatures ("fi", "fl"), which PDFBox 3 applies when it
        // shows text; a text extractor (a search, an applicant-tracking system, a screen reader)
        // then reads "ﬁ" (U+FB01), not "fi", and finds no "certificate". Without glyph
        // substitution every character is its own glyph and extracted text equals printed text.
        ttf.setEnableGsub(false);
      }
      borrowed.put(file, ttf);
      // Not closed with the document (PDFBox closes only fonts it opened itself).
      return PDType0Font.load(document, ttf, true);
    } catch (IOException e) {
      throw new IllegalStateException("font " + file + " does not load", e);
    }
  }

  /** Gives the document's parsed fonts back for the next document; call after saving it. */
  @Override
  public void close() {
    borrowed.forEach(
        (file, ttf) -> {
          Deque<TrueTypeFont> idle = IDLE.get(file);
          if (idle.size() < IDLE_PER_FILE) {
            idle.addFirst(ttf);
          }
        });
    borrowed.clear();
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
