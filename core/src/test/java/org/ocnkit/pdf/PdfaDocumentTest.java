package org.ocnkit.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.ocnkit.InvalidInputException;
import org.ocnkit.pdf.internal.testing.PageImages;
import org.ocnkit.pdf.internal.testing.VeraPdf;

class PdfaDocumentTest {
  private static final Instant CREATED = Instant.parse("2026-06-01T10:15:30Z");
  private static final TextStyle BODY = TextStyle.of(FontFamily.SANS, 10);
  private static final TextStyle HEADING =
      TextStyle.of(FontFamily.SERIF, 16).bold().withColor(Rgb.parse("#1f4e79"));
  private static final PageBand FOOTER =
      new PageBand(
          (page, pages) -> new RunningText("ocnkit test", "", "page " + page + " of " + pages),
          TextStyle.of(FontFamily.SANS, 8).withColor(new Rgb(90, 90, 90)),
          Optional.of(new Rgb(180, 180, 180)),
          true);

  static DocumentInfo info(Instant created) {
    return new DocumentInfo(
        "Test document",
        "ocnkit tests",
        "A document for tests",
        Locale.forLanguageTag("sv"),
        created);
  }

  static byte[] png(int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(31, 78, 121, 200));
    g.fillOval(0, 0, width, height);
    g.dispose();
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(image, "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static Table table(int rows) {
    Table.Builder t =
        Table.builder()
            .column(2, Align.LEFT)
            .column(6, Align.LEFT)
            .column(1, Align.RIGHT)
            .style(
                new Table.Style(
                    4,
                    new Rgb(200, 200, 200),
                    0.5f,
                    Optional.of(new Rgb(230, 236, 244)),
                    Optional.of(new Rgb(247, 247, 247))))
            .header(
                Table.Cell.of("Code", BODY.bold()),
                Table.Cell.of("Title", BODY.bold()),
                Table.Cell.of("Credits", BODY.bold()));
    for (int i = 1; i <= rows; i++) {
      t.row(
          Table.Cell.of("ROW-" + i, BODY),
          Table.Cell.of(
              Paragraph.of(
                  "Row "
                      + i
                      + " title that is long enough to wrap onto a"
                      + " second line in its narrow column of the table",
                  BODY),
              Paragraph.of("English title " + i, BODY.italic().withColor(new Rgb(100, 100, 100)))),
          Table.Cell.of(Integer.toString(i), BODY));
    }
    return t.build();
  }

  static PdfaDocument.Builder sample(Instant created) {
    return PdfaDocument.builder(info(created), PageSetup.a4(56))
        .footer(FOOTER)
        .add(new Image(png(120, 60), 60, Align.LEFT))
        .add(Paragraph.heading("Rubrik / Heading", HEADING), new Spacer(6))
        .add(new Rule(1.5f, Rgb.parse("#1f4e79")), new Spacer(6))
        .add(
            Paragraph.of(
                new Span("Åsa Öberg-Ängström ", BODY.bold()),
                new Span("har genomfört / has achieved ", BODY)))
        .add(table(5))
        .add(
            Columns.of(
                12,
                Columns.Part.of(3, Paragraph.of("Left column text", BODY)),
                Columns.Part.of(
                    1, new QrCode("https://verify.example/OCN-1234#abc", 72, Align.RIGHT))))
        .attach(
            Attachment.text(
                "data.xml",
                "application/xml",
                AfRelationship.DATA,
                "The data",
                "<data>å</data>\n",
                created))
        .attach(
            Attachment.text(
                "proof.txt", "text/plain", AfRelationship.SUPPLEMENT, "", "proof\n", created));
  }

  @Test
  void renderedDocumentIsPdfA3b() {
    byte[] pdf = sample(CREATED).build().render();
    assertThat(VeraPdf.pdfa3bFailures(pdf)).isEmpty();
  }

  @Test
  void documentWithoutOutputIntentFailsValidation() throws IOException {
    byte[] pdf = sample(CREATED).build().render();
    byte[] broken;
    try (PDDocument document = Loader.loadPDF(pdf)) {
      document.getDocumentCatalog().getCOSObject().removeItem(COSName.OUTPUT_INTENTS);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      broken = out.toByteArray();
    }
    assertThat(VeraPdf.pdfa3bFailures(broken)).isNotEmpty();
  }

  @Test
  void sameInputAndTimeGiveSameBytesAndTheIdFollowsTheContent() throws IOException {
    byte[] first = sample(CREATED).build().render();
    byte[] second = sample(CREATED).build().render();
    byte[] later = sample(CREATED.plusSeconds(1)).build().render();
    assertThat(first).isEqualTo(second);
    assertThat(later).isNotEqualTo(first);
    assertThat(documentId(later)).isNotEqualTo(documentId(first));
    assertThat(new String(first, 0, 8, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-1.7");
  }

  @Test
  void parsedFontsLentToOneDocumentLeaveNothingInTheNext() throws IOException {
    // The parsed fonts are reused across documents (FontBook): a document with other glyphs in
    // between must not change the next one's bytes, nor miss glyphs of its own.
    byte[] before = sample(CREATED).build().render();
    byte[] other =
        PdfaDocument.builder(info(CREATED), PageSetup.a4(56))
            .add(Paragraph.of("Ωmega € Zürich ĳ Łódź", BODY.bold()))
            .add(Paragraph.of("Ωmega € Zürich ĳ Łódź", BODY))
            .build()
            .render();
    byte[] after = sample(CREATED).build().render();
    assertThat(after).isEqualTo(before);
    assertThat(VeraPdf.pdfa3bFailures(other)).isEmpty();
    try (PDDocument document = Loader.loadPDF(other)) {
      assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document))
          .contains("Ωmega € Zürich ĳ Łódź");
    }
  }

  @Test
  void attachmentsAreAssociatedFilesAndRoundTrip() throws IOException {
    byte[] pdf = sample(CREATED).build().render();
    PdfContents contents = PdfContents.read("sample.pdf", pdf);
    assertThat(contents.attachments())
        .extracting(Attachment::name)
        .containsExactly("data.xml", "proof.txt");
    Attachment data = contents.attachment("data.xml").orElseThrow();
    assertThat(new String(data.content(), StandardCharsets.UTF_8)).isEqualTo("<data>å</data>\n");
    assertThat(data.mimeType()).isEqualTo("application/xml");
    assertThat(data.relationship()).isEqualTo(AfRelationship.DATA);
    assertThat(data.description()).isEqualTo("The data");
    assertThat(data.modified()).isEqualTo(CREATED);
    assertThat(contents.attachment("proof.txt").orElseThrow().relationship())
        .isEqualTo(AfRelationship.SUPPLEMENT);
    assertThat(contents.associatedFiles()).containsExactly("data.xml", "proof.txt");
    try (PDDocument document = Loader.loadPDF(pdf)) {
      COSArray af = document.getDocumentCatalog().getCOSObject().getCOSArray(COSName.AF);
      assertThat(af.getObject(0))
          .isInstanceOfSatisfying(
              org.apache.pdfbox.cos.COSDictionary.class,
              d ->
                  assertThat(d.getDictionaryObject(COSName.AF_RELATIONSHIP))
                      .isEqualTo(COSName.getPDFName("Data")));
    }
  }

  @Test
  void textInManyScriptsIsExtractedAsWritten() {
    List<String> names =
        List.of(
            "Åsa Öberg-Ängström",
            "Łukasz Żółkiewski",
            "Ağrı Işıl Çağlar",
            "Nguyễn Thị Hương",
            "Ελένη Παπαδοπούλου",
            "Ольга Смирнова");
    PdfaDocument.Builder b = PdfaDocument.builder(info(CREATED), PageSetup.a4(56));
    for (String name : names) {
      b.add(Paragraph.of(name, TextStyle.of(FontFamily.SERIF, 20).bold()));
      b.add(Paragraph.of(name, BODY));
    }
    byte[] pdf = b.build().render();
    assertThat(VeraPdf.pdfa3bFailures(pdf)).isEmpty();
    List<String> lines = PdfContents.read("names.pdf", pdf).text().lines().toList();
    List<String> expected = new ArrayList<>();
    names.forEach(
        n -> {
          expected.add(n);
          expected.add(n);
        });
    assertThat(lines).containsExactlyElementsOf(expected);
  }

  @Test
  void decomposedAccentsAreDrawnPrecomposed() {
    String decomposed = "Nguye\u0302\u0303n";
    byte[] pdf =
        PdfaDocument.builder(info(CREATED), PageSetup.a4(56))
            .add(Paragraph.of(decomposed, BODY))
            .build()
            .render();
    assertThat(PdfContents.read("nfc.pdf", pdf).text().strip()).isEqualTo("Nguyễn");
  }

  @Test
  void longTableContinuesWithItsHeaderOnEveryPage() {
    byte[] pdf =
        PdfaDocument.builder(info(CREATED), PageSetup.a4(56))
            .footer(FOOTER)
            .add(Paragraph.heading("Units", HEADING))
            .add(table(40))
            .build()
            .render();
    PdfContents contents = PdfContents.read("table.pdf", pdf);
    assertThat(contents.pageCount()).isGreaterThanOrEqualTo(3);
    for (int p = 0; p < contents.pageCount(); p++) {
      String page = contents.pageTexts().get(p);
      assertThat(page)
          .as("page %d", p + 1)
          .contains("Code", "Title", "Credits")
          .contains("page " + (p + 1) + " of " + contents.pageCount());
    }
    String all = contents.text().replaceAll("\\s+", " ");
    for (int i = 1; i <= 40; i++) {
      assertThat(all)
          .contains(
              "ROW-"
                  + i
                  + " Row "
                  + i
                  + " title that is long enough to wrap"
                  + " onto a second line in its narrow column of the table English title "
                  + i
                  + " "
                  + i);
    }
    assertThat(VeraPdf.pdfa3bFailures(pdf)).isEmpty();
  }

  @Test
  void aWordWiderThanTheLineIsBrokenNotCut() {
    String word = "x".repeat(30) + "ABCDEFGHIJKLMNOPQRSTUVWXYZ".repeat(8);
    Table t =
        Table.builder()
            .column(1, Align.LEFT)
            .column(1, Align.LEFT)
            .header(Table.Cell.of("A", BODY), Table.Cell.of("B", BODY))
            .row(Table.Cell.of(word, BODY), Table.Cell.of("short", BODY))
            .build();
    byte[] pdf =
        PdfaDocument.builder(info(CREATED), PageSetup.a4(56))
            .add(Paragraph.of(word, BODY), t)
            .build()
            .render();
    String text = PdfContents.read("long.pdf", pdf).text();
    assertThat(text.replaceAll("\\s+", "")).isEqualTo(word + "AB" + word + "short");
    assertThat(text.lines().count()).isGreaterThan(4);
  }

  @Test
  void aCellTallerThanAPageIsSplitBetweenLines() {
    StringBuilder longText = new StringBuilder();
    for (int i = 1; i <= 160; i++) {
      longText.append("line").append(i).append('\n');
    }
    Table t =
        Table.builder()
            .column(1, Align.LEFT)
            .column(1, Align.LEFT)
            .header(Table.Cell.of("Head A", BODY), Table.Cell.of("Head B", BODY))
            .row(Table.Cell.of(longText.toString(), BODY), Table.Cell.of("right", BODY))
            .build();
    byte[] pdf = PdfaDocument.builder(info(CREATED), PageSetup.a4(56)).add(t).build().render();
    PdfContents contents = PdfContents.read("tall.pdf", pdf);
    assertThat(contents.pageCount()).isGreaterThan(1);
    contents.pageTexts().forEach(page -> assertThat(page).contains("Head A"));
    List<String> words = List.of(contents.text().split("\\s+"));
    for (int i = 1; i <= 160; i++) {
      assertThat(words).contains("line" + i);
    }
  }

  @Test
  void qrCodeScansFromTheRenderedPage() {
    String link =
        "https://verify.example.org/OCN-7K3M-Q9TX-2B4R-H#"
            + "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    byte[] pdf =
        PdfaDocument.builder(info(CREATED), PageSetup.a4(56))
            .add(Paragraph.of("Scan me", BODY), new QrCode(link, 90, Align.CENTER))
            .build()
            .render();
    assertThat(PageImages.decodeQr(PageImages.render(pdf, 0, 150))).contains(link);
  }

  @Test
  void aCharacterTheFontsLackIsReportedNotDropped() {
    PdfaDocument document =
        PdfaDocument.builder(info(CREATED), PageSetup.a4(56))
            .add(Paragraph.of("Name 中文", BODY))
            .build();
    assertThatThrownBy(document::render)
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.problems().get(0).message().key()).isEqualTo("glyph.missing");
              assertThat(e.getMessage()).contains("U+4E2D", "Name 中文");
            });
  }

  @Test
  void headingMovesToTheNextPageWithItsParagraph() {
    PdfaDocument.Builder b = PdfaDocument.builder(info(CREATED), PageSetup.a4(56));
    b.add(new Spacer(PageSetup.A4_HEIGHT - 2 * 56 - 30));
    b.add(Paragraph.heading("Lonely heading", HEADING));
    b.add(Paragraph.of("Body paragraph one.\nBody two.\nBody three.", BODY));
    PdfContents contents = PdfContents.read("keep.pdf", b.build().render());
    assertThat(contents.pageCount()).isEqualTo(2);
    assertThat(contents.pageTexts().get(0)).doesNotContain("Lonely heading");
    assertThat(contents.pageTexts().get(1)).startsWith("Lonely heading");
  }

  @Test
  void notAPdfIsInvalidInput() {
    assertThatThrownBy(
            () -> PdfContents.read("notes.txt", "hello".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.problems().get(0).message().key()).isEqualTo("read.notPdf"));
  }

  private static String documentId(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return HexFormat.of()
          .formatHex(document.getDocument().getDocumentID().getString(0).getBytes());
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
