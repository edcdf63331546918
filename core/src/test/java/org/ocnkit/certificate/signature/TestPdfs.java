package org.ocnkit.certificate.signature;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.xml.XmpSerializer;

/** Small PDF/A-3b-like documents made with PDFBox, for signing in tests. */
final class TestPdfs {
  /**
   * A drawing operation that appears once in the page content stream of {@link #certificateLike},
   * uncompressed, so a test can find it in the file and flip a byte inside the signed range.
   */
  static final String MARKER = "123 456 78 90 re";

  private TestPdfs() {}

  /**
   * One A4 page with text in an embedded DejaVu Sans font and a rectangle, an sRGB output intent
   * and PDF/A-3b identification in XMP, as the certificate renderer will produce.
   */
  static byte[] certificateLike() {
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      PDType0Font font;
      try (InputStream ttf =
          TestPdfs.class.getResourceAsStream("/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf")) {
        font = PDType0Font.load(document, ttf);
      }
      try (PDPageContentStream content =
          new PDPageContentStream(
              document, page, PDPageContentStream.AppendMode.OVERWRITE, false)) {
        content.beginText();
        content.setFont(font, 18);
        content.newLineAtOffset(72, 760);
        content.showText("OCN-intyg / OCN certificate — test");
        content.endText();
        content.addRect(123, 456, 78, 90);
        content.stroke();
      }
      XMPMetadata xmp = XMPMetadata.createXMPMetadata();
      PDFAIdentificationSchema pdfa = xmp.createAndAddPDFAIdentificationSchema();
      pdfa.setPart(3);
      pdfa.setConformance("B");
      DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
      dc.setTitle("OCN certificate test");
      ByteArrayOutputStream xml = new ByteArrayOutputStream();
      new XmpSerializer().serialize(xmp, xml, true);
      PDMetadata metadata = new PDMetadata(document);
      metadata.importXMPMetadata(xml.toByteArray());
      document.getDocumentCatalog().setMetadata(metadata);
      PDOutputIntent intent =
          new PDOutputIntent(
              document,
              new ByteArrayInputStream(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData()));
      intent.setInfo("sRGB IEC61966-2.1");
      intent.setOutputCondition("sRGB IEC61966-2.1");
      intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
      intent.setRegistryName("http://www.color.org");
      document.getDocumentCatalog().addOutputIntent(intent);
      Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
      created.setTimeInMillis(1_790_000_000_000L);
      document.getDocumentInformation().setCreationDate(created);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (IOException
        | org.apache.xmpbox.type.BadFieldValueException
        | javax.xml.transform.TransformerException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The offset of the first occurrence of {@code text} (ISO-8859-1) in {@code bytes}, or -1. */
  static int indexOf(byte[] bytes, String text) {
    return indexOf(bytes, text, 0);
  }

  static int indexOf(byte[] bytes, String text, int from) {
    byte[] needle = text.getBytes(StandardCharsets.ISO_8859_1);
    outer:
    for (int i = from; i <= bytes.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (bytes[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
