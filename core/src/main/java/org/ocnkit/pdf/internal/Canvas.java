package org.ocnkit.pdf.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;
import org.ocnkit.input.InputLimits;
import org.ocnkit.pdf.Image;
import org.ocnkit.pdf.Rgb;

/**
 * Draws on one page with coordinates measured from the page's top-left corner downwards, as the
 * layout thinks, converting to PDF's bottom-up coordinates.
 */
final class Canvas implements Closeable {
  private final PDDocument document;
  private final PDPageContentStream out;
  private final FontBook fonts;
  private final float pageHeight;
  private final Map<Image, PDImageXObject> images;

  /**
   * @param images image objects already in the document, shared between pages so each image is
   *     embedded once
   */
  Canvas(PDDocument document, PDPage page, FontBook fonts, Map<Image, PDImageXObject> images)
      throws IOException {
    this.document = document;
    this.out = new PDPageContentStream(document, page);
    this.fonts = fonts;
    this.pageHeight = page.getMediaBox().getHeight();
    this.images = images;
  }

  /** Text pieces left to right from {@code x}, on the baseline {@code baseline} down the page. */
  void text(float x, float baseline, List<Line.Piece> pieces) {
    if (pieces.isEmpty()) {
      return;
    }
    try {
      out.beginText();
      float px = x;
      for (Line.Piece piece : pieces) {
        out.setFont(fonts.font(piece.style()), piece.style().size());
        float[] c = piece.style().color().components();
        out.setNonStrokingColor(c[0], c[1], c[2]);
        out.setTextMatrix(Matrix.getTranslateInstance(px, pageHeight - baseline));
        out.showText(piece.text());
        px += piece.width();
      }
      out.endText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void fillRect(float x, float top, float width, float height, Rgb color) {
    addRect(x, top, width, height);
    fillPath(color);
  }

  /** Adds a rectangle to the current path; {@link #fillPath} fills them all at once. */
  void addRect(float x, float top, float width, float height) {
    try {
      out.addRect(x, pageHeight - top - height, width, height);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void fillPath(Rgb color) {
    try {
      float[] c = color.components();
      out.setNonStrokingColor(c[0], c[1], c[2]);
      out.fill();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void image(Image image, float x, float top, float width, float height) {
    try {
      PDImageXObject xobject = images.get(image);
      if (xobject == null) {
        InputLimits.checkImage(image.png(), "image");
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(image.png()));
        if (decoded == null) {
          throw new IllegalArgumentException("the PNG image cannot be decoded");
        }
        xobject = LosslessFactory.createFromImage(document, decoded);
        images.put(image, xobject);
      }
      out.drawImage(xobject, x, pageHeight - top - height, width, height);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
