package org.ocnkit.certificate.credential.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** A small PNG of a PDF's first page, for a credential's display parameters. */
public final class PagePreview {
  /** Resolution of the preview: an A4 page becomes about 500 x 700 pixels. */
  public static final float DPI = 60f;

  private PagePreview() {}

  /** The first page of {@code pdf} as a PNG. */
  public static byte[] firstPage(byte[] pdf) {
    System.setProperty("java.awt.headless", "true");
    try (PDDocument document = Loader.loadPDF(pdf)) {
      BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, DPI, ImageType.RGB);
      ByteArrayOutputStream png = new ByteArrayOutputStream();
      ImageIO.write(image, "png", png);
      return png.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException("a certificate PDF just rendered can be read back", e);
    }
  }
}
