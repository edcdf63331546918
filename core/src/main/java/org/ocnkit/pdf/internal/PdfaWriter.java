package org.ocnkit.pdf.internal;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import javax.xml.transform.TransformerException;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;
import org.ocnkit.pdf.Attachment;
import org.ocnkit.pdf.DocumentInfo;
import org.ocnkit.pdf.Image;
import org.ocnkit.pdf.PageBand;
import org.ocnkit.pdf.PageSetup;
import org.ocnkit.pdf.PdfaDocument;
import org.ocnkit.pdf.RunningText;
import org.ocnkit.pdf.TextStyle;

/**
 * Writes a {@link PdfaDocument} as PDF/A-3b (ISO 19005-3, level B): every font embedded, an sRGB
 * output intent, XMP metadata that agrees with the information dictionary and declares part 3
 * conformance B, and attachments as associated files. The trailer ID is derived from the content
 * (the SHA-256 of the file written with a zero ID), so equal input gives equal bytes.
 */
public final class PdfaWriter {
  /** The output condition named in the output intent. */
  static final String SRGB = "sRGB IEC61966-2.1";

  private static final float BAND_GAP = 5;
  private static final float BAND_SPACE = 12;

  private PdfaWriter() {}

  /**
   * The PDF bytes of {@code document}.
   *
   * @throws FontBook.MissingGlyphException if text has a character the fonts cannot show
   * @throws IllegalStateException if a block that cannot be split is taller than a page
   */
  public static byte[] write(PdfaDocument document) {
    try (PDDocument pd = new PDDocument();
        FontBook fonts = new FontBook(pd)) {
      pd.getDocument().setVersion(1.7f);
      pd.setVersion(1.7f);
      PageSetup setup = document.page();
      List<Box> boxes = new Boxer(fonts).boxes(document.blocks(), setup.bodyWidth());
      List<List<Paginator.Placed>> pages =
          Paginator.paginate(
              boxes,
              i ->
                  setup.height()
                      - setup.marginTop()
                      - setup.marginBottom()
                      - reserve(document.header(), i, fonts)
                      - reserve(document.footer(), i, fonts));
      Map<Image, PDImageXObject> images = new HashMap<>();
      for (int i = 0; i < pages.size(); i++) {
        PDPage page = new PDPage(new PDRectangle(setup.width(), setup.height()));
        pd.addPage(page);
        try (Canvas canvas = new Canvas(pd, page, fonts, images)) {
          float bodyTop = setup.marginTop() + reserve(document.header(), i, fonts);
          for (Paginator.Placed placed : pages.get(i)) {
            placed.box().draw(canvas, setup.marginLeft(), bodyTop + placed.top());
          }
          drawBands(canvas, document, fonts, i + 1, pages.size());
        }
      }
      PDDocumentCatalog catalog = pd.getDocumentCatalog();
      catalog.setLanguage(document.info().language().toLanguageTag());
      writeMetadata(pd, document.info());
      catalog.addOutputIntent(srgbIntent(pd));
      attach(pd, document.attachments());
      return saveWithContentId(pd);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The height a band takes from the body of page {@code index} (0-based). */
  private static float reserve(Optional<PageBand> band, int index, FontBook fonts) {
    if (band.isEmpty() || (index == 0 && !band.get().onFirstPage())) {
      return 0;
    }
    return lineHeight(band.get().style()) + BAND_GAP + BAND_SPACE;
  }

  private static float lineHeight(TextStyle style) {
    return style.size() * 1.3f;
  }

  private static void drawBands(
      Canvas canvas, PdfaDocument document, FontBook fonts, int page, int pages) {
    PageSetup setup = document.page();
    document
        .header()
        .filter(b -> page > 1 || b.onFirstPage())
        .ifPresent(
            band -> {
              float top = setup.marginTop();
              drawBand(canvas, band, fonts, setup, top, page, pages);
              band.rule()
                  .ifPresent(
                      color ->
                          canvas.fillRect(
                              setup.marginLeft(),
                              top + lineHeight(band.style()) + BAND_GAP / 2,
                              setup.bodyWidth(),
                              0.5f,
                              color));
            });
    document
        .footer()
        .filter(b -> page > 1 || b.onFirstPage())
        .ifPresent(
            band -> {
              float top = setup.height() - setup.marginBottom() - lineHeight(band.style());
              band.rule()
                  .ifPresent(
                      color ->
                          canvas.fillRect(
                              setup.marginLeft(),
                              top - BAND_GAP / 2 - 0.5f,
                              setup.bodyWidth(),
                              0.5f,
                              color));
              drawBand(canvas, band, fonts, setup, top, page, pages);
            });
  }

  private static void drawBand(
      Canvas canvas,
      PageBand band,
      FontBook fonts,
      PageSetup setup,
      float top,
      int page,
      int pages) {
    RunningText text = band.text().on(page, pages);
    TextStyle style = band.style();
    float baseline =
        top
            + (lineHeight(style) - fonts.ascent(style) - fonts.descent(style)) / 2
            + fonts.ascent(style);
    String[] parts = {text.left(), text.center(), text.right()};
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i].strip();
      if (part.isEmpty()) {
        continue;
      }
      float w = fonts.width(part, style);
      float x =
          switch (i) {
            case 0 -> setup.marginLeft();
            case 1 -> setup.marginLeft() + (setup.bodyWidth() - w) / 2;
            default -> setup.marginLeft() + setup.bodyWidth() - w;
          };
      canvas.text(x, baseline, List.of(new Line.Piece(part, style, w)));
    }
  }

  private static void writeMetadata(PDDocument pd, DocumentInfo info) throws IOException {
    Calendar created = calendar(info.created());
    PDDocumentInformation dict = pd.getDocumentInformation();
    dict.setTitle(info.title());
    dict.setAuthor(info.author());
    if (!info.subject().isEmpty()) {
      dict.setSubject(info.subject());
    }
    dict.setCreator(DocumentInfo.PRODUCER);
    dict.setProducer(DocumentInfo.PRODUCER);
    dict.setCreationDate(created);
    dict.setModificationDate(created);

    XMPMetadata xmp = XMPMetadata.createXMPMetadata();
    DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
    dc.setTitle(info.title());
    dc.addCreator(info.author());
    if (!info.subject().isEmpty()) {
      dc.setDescription(info.subject());
    }
    dc.setFormat("application/pdf");
    dc.addLanguage(info.language().toLanguageTag());
    XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
    basic.setCreatorTool(DocumentInfo.PRODUCER);
    basic.setCreateDate(created);
    basic.setModifyDate(created);
    basic.setMetadataDate(created);
    AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
    pdf.setProducer(DocumentInfo.PRODUCER);
    PDFAIdentificationSchema id = xmp.createAndAddPDFAIdentificationSchema();
    try {
      id.setPart(3);
      id.setConformance("B");
    } catch (BadFieldValueException e) {
      throw new IllegalStateException("xmpbox rejects PDF/A-3B identification", e);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      new XmpSerializer().serialize(xmp, out, true);
    } catch (TransformerException e) {
      throw new IllegalStateException("XMP metadata cannot be serialized", e);
    }
    PDMetadata metadata = new PDMetadata(pd);
    metadata.importXMPMetadata(out.toByteArray());
    pd.getDocumentCatalog().setMetadata(metadata);
  }

  /** The sRGB profile the JDK ships (no display needed), as the document's output intent. */
  private static PDOutputIntent srgbIntent(PDDocument pd) throws IOException {
    PDOutputIntent intent = new PDOutputIntent(pd, new ByteArrayInputStream(Srgb.ICC));
    intent.setInfo(SRGB);
    intent.setOutputCondition(SRGB);
    intent.setOutputConditionIdentifier(SRGB);
    intent.setRegistryName("http://www.color.org");
    return intent;
  }

  /** The profile's bytes, read once per process (every PDF of a batch embeds them). */
  private static final class Srgb {
    static final byte[] ICC = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
  }

  /**
   * Embeds each attachment and lists it both in the EmbeddedFiles name tree and in the catalog's
   * {@code /AF} array, as PDF/A-3 requires of associated files.
   */
  private static void attach(PDDocument pd, List<Attachment> attachments) throws IOException {
    if (attachments.isEmpty()) {
      return;
    }
    Map<String, PDComplexFileSpecification> byName = new LinkedHashMap<>();
    COSArray af = new COSArray();
    for (Attachment a : attachments) {
      Calendar modified = calendar(a.modified());
      PDEmbeddedFile file =
          new PDEmbeddedFile(pd, new ByteArrayInputStream(a.content()), COSName.FLATE_DECODE);
      file.setSubtype(a.mimeType());
      file.setSize(a.size());
      file.setCreationDate(modified);
      file.setModDate(modified);
      COSDictionary params = file.getCOSObject().getCOSDictionary(COSName.PARAMS);
      COSString checksum = new COSString(md5(a.content()), true);
      params.setItem(COSName.CHECK_SUM, checksum);

      PDComplexFileSpecification spec = new PDComplexFileSpecification();
      spec.setFile(a.name());
      spec.setFileUnicode(a.name());
      spec.setEmbeddedFile(file);
      spec.setEmbeddedFileUnicode(file);
      if (!a.description().isEmpty()) {
        spec.setFileDescription(a.description());
      }
      spec.getCOSObject()
          .setItem(COSName.AF_RELATIONSHIP, COSName.getPDFName(a.relationship().pdfName()));
      spec.getCOSObject().setDirect(false);
      byName.put(a.name(), spec);
      af.add(spec);
    }
    PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
    tree.setNames(byName);
    PDDocumentCatalog catalog = pd.getDocumentCatalog();
    PDDocumentNameDictionary names = new PDDocumentNameDictionary(catalog);
    names.setEmbeddedFiles(tree);
    catalog.setNames(names);
    catalog.getCOSObject().setItem(COSName.AF, af);
  }

  /**
   * Saves twice: first with a zero ID, then with an ID made of the first 16 bytes of the SHA-256 of
   * that first file. The ID thus changes whenever the content does, and never otherwise.
   */
  private static byte[] saveWithContentId(PDDocument pd) throws IOException {
    setId(pd, new byte[16]);
    byte[] draft = save(pd);
    setId(pd, Arrays.copyOf(sha256(draft), 16));
    return save(pd);
  }

  private static void setId(PDDocument pd, byte[] id) {
    COSArray array = new COSArray();
    array.add(new COSString(id, true));
    array.add(new COSString(id, true));
    pd.getDocument().setDocumentID(array);
  }

  private static byte[] save(PDDocument pd) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    pd.save(out, CompressParameters.NO_COMPRESSION);
    return out.toByteArray();
  }

  private static Calendar calendar(Instant instant) {
    GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
    calendar.setTimeInMillis(instant.toEpochMilli());
    return calendar;
  }

  private static byte[] sha256(byte[] bytes) {
    return digest("SHA-256", bytes);
  }

  private static byte[] md5(byte[] bytes) {
    return digest("MD5", bytes);
  }

  private static byte[] digest(String algorithm, byte[] bytes) {
    try {
      return MessageDigest.getInstance(algorithm).digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has " + algorithm, e);
    }
  }
}
