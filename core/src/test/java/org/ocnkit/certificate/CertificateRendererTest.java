package org.ocnkit.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ocnkit.InvalidInputException;
import org.ocnkit.certificate.internal.CertificateLayout;
import org.ocnkit.certificate.internal.testing.SampleRecords;
import org.ocnkit.pdf.AfRelationship;
import org.ocnkit.pdf.Attachment;
import org.ocnkit.pdf.PdfContents;
import org.ocnkit.pdf.internal.testing.PageImages;
import org.ocnkit.pdf.internal.testing.VeraPdf;

class CertificateRendererTest {
  private static final CertificateRenderer RENDERER = CertificateRenderer.withPackagedTemplate();
  private static final RenderOptions OPTIONS = RenderOptions.of(SampleRecords.BASE_URL);

  private static byte[] render(CertificateRecord record) {
    return RENDERER.render(record, OPTIONS);
  }

  @Test
  void certificateIsPdfA3b() {
    byte[] pdf = render(SampleRecords.record("Åsa Öberg-Ängström", 5));
    assertThat(VeraPdf.pdfa3bFailures(pdf)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"Åsa Öberg-Ängström", "Łukasz Żółkiewski", "Ağrı Işıl Çağlar", "Nguyễn Thị Hương"})
  void holderNameIsExtractedExactlyAsWritten(String name) {
    CertificateRecord record = SampleRecords.record(name, 3);
    CertificateDocument document = CertificateDocument.read("c.pdf", render(record));
    assertThat(document.visibleText().lines()).contains(name);
    assertThat(document.record().orElseThrow().holder().name()).isEqualTo(name);
    assertThat(document.checks()).allSatisfy(c -> assertThat(c.passed()).as(c.toString()).isTrue());
  }

  @Test
  void thirtyUnitsContinueOnFurtherPagesWithTheHeaderRepeatedAndNothingCut() {
    CertificateRecord record = SampleRecords.record("Nguyễn Thị Hương", 30);
    byte[] pdf = render(record);
    PdfContents contents = PdfContents.read("c.pdf", pdf);
    assertThat(contents.pageCount()).isGreaterThanOrEqualTo(2);
    String all = contents.text();
    for (AchievedUnit unit : record.units()) {
      String code = unit.ref().code().value();
      assertThat(count(all, code)).as(code).isEqualTo(1);
      assertThat(compact(all)).contains(compact(unit.titleSv()));
      unit.titleEn().ifPresent(en -> assertThat(compact(all)).contains(compact(en)));
    }
    for (int p = 0; p < contents.pageCount(); p++) {
      String page = contents.pageTexts().get(p);
      boolean hasRows =
          record.units().stream().anyMatch(u -> count(page, u.ref().code().value()) > 0);
      if (hasRows) {
        assertThat(page)
            .as("page %d", p + 1)
            .contains(
                "Kod",
                "Kursenhet",
                "EQF-nivå",
                "Poäng",
                "Uppnådd",
                "Code",
                "Unit",
                "EQF level",
                "Credits",
                "Achieved");
      }
      assertThat(page).contains("sida " + (p + 1) + " av " + contents.pageCount());
    }
    assertThat(contents.pageTexts().get(contents.pageCount() - 1))
        .contains(record.code().value(), Integer.toString(record.totalCredits()));
    assertThat(VeraPdf.pdfa3bFailures(pdf)).isEmpty();
    assertThat(CertificateDocument.read("c.pdf", pdf).checks())
        .allSatisfy(c -> assertThat(c.passed()).as(c.toString()).isTrue());
  }

  @Test
  void embeddedRecordRoundTripsAndItsHashIsThePrintedFingerprint() throws IOException {
    CertificateRecord record = SampleRecords.record("Åsa Öberg-Ängström", 4, Language.EN);
    byte[] pdf = render(record);
    CertificateDocument document = CertificateDocument.read("c.pdf", pdf);
    byte[] embedded = document.recordBytes().orElseThrow();
    assertThat(embedded).isEqualTo(record.toXml());
    assertThat(CertificateRecord.read("certificate.xml", embedded)).isEqualTo(record);
    Matcher printed =
        Pattern.compile("([0-9a-f]{8}(\\s+[0-9a-f]{8}){7})").matcher(document.visibleText());
    assertThat(printed.find()).isTrue();
    assertThat(printed.group(1).replaceAll("\\s+", ""))
        .isEqualTo(Fingerprint.of(embedded).hex())
        .isEqualTo(sha256Hex(embedded));
    assertThat(document.visibleText())
        .contains(CertificateCode.of(Fingerprint.of(embedded)).value());
    Attachment attachment = document.attachment(CertificateRecord.FILE_NAME).orElseThrow();
    assertThat(attachment.mimeType()).isEqualTo("application/xml");
    assertThat(attachment.relationship()).isEqualTo(AfRelationship.DATA);
    try (PDDocument pd = Loader.loadPDF(pdf)) {
      PDDocumentNameDictionary names = pd.getDocumentCatalog().getNames();
      PDEmbeddedFilesNameTreeNode tree = names.getEmbeddedFiles();
      PDComplexFileSpecification spec = tree.getNames().get(CertificateRecord.FILE_NAME);
      assertThat(spec.getFile()).isEqualTo(CertificateRecord.FILE_NAME);
      assertThat(spec.getFileUnicode()).isEqualTo(CertificateRecord.FILE_NAME);
      PDEmbeddedFile file = spec.getEmbeddedFileUnicode();
      assertThat(file.getSize()).isEqualTo(embedded.length);
      assertThat(file.getModDate()).isNotNull();
    }
    assertThat(PdfContents.read("c.pdf", pdf).associatedFiles())
        .containsExactly(CertificateRecord.FILE_NAME);
  }

  @Test
  void qrCodeCarriesTheVerificationLink() {
    CertificateRecord record = SampleRecords.record("Ağrı Işıl Çağlar", 5);
    byte[] pdf = render(record);
    int last = PdfContents.read("c.pdf", pdf).pageCount() - 1;
    BufferedImage page = PageImages.render(pdf, last, 150);
    assertThat(PageImages.decodeQr(page))
        .contains(SampleRecords.BASE_URL + "/" + record.code() + "#" + record.fingerprint());
  }

  @Test
  void furtherAttachmentsAreEmbeddedAsSupplements() {
    CertificateRecord record = SampleRecords.record("Anna Berg", 2);
    Attachment proof =
        Attachment.text(
            "log-proof.txt",
            "text/plain",
            AfRelationship.SUPPLEMENT,
            "Transparency-log inclusion proof",
            "proof lines\n",
            Instant.parse("2026-06-01T12:00:00Z"));
    byte[] pdf = RENDERER.render(record, OPTIONS.attach(proof));
    CertificateDocument document = CertificateDocument.read("c.pdf", pdf);
    assertThat(document.attachments())
        .extracting(Attachment::name)
        .containsExactly(CertificateRecord.FILE_NAME, "log-proof.txt");
    assertThat(document.attachment("log-proof.txt").orElseThrow()).isEqualTo(proof);
    assertThat(VeraPdf.pdfa3bFailures(pdf)).isEmpty();
    assertThatThrownBy(
            () ->
                OPTIONS.attach(
                    Attachment.text(
                        CertificateRecord.FILE_NAME,
                        "application/xml",
                        AfRelationship.DATA,
                        "",
                        "<x/>",
                        Instant.EPOCH)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void renderingIsDeterministic() {
    CertificateRecord record = SampleRecords.record("Łukasz Żółkiewski", 6);
    assertThat(render(record)).isEqualTo(render(record));
  }

  @Test
  void aPageThatShowsAnotherNameThanItsRecordFailsTheVisibleTextCheck() {
    CertificateRecord real = SampleRecords.record("Anna Berg", 3);
    CertificateRecord shown = SampleRecords.record("Eva Forsberg", 3);
    byte[] forged =
        CertificateLayout.render(CertificateTemplate.packaged(), shown, real.toXml(), OPTIONS);
    List<Check> checks = CertificateDocument.read("forged.pdf", forged).checks();
    assertThat(checks)
        .extracting(Check::name)
        .containsExactly(
            CertificateDocument.RECORD,
            CertificateDocument.RECORD_HASH,
            CertificateDocument.VISIBLE_TEXT);
    assertThat(checks.get(0).passed()).isTrue();
    assertThat(checks.get(1).passed()).isTrue();
    Check text = checks.get(2);
    assertThat(text.passed()).isFalse();
    assertThat(text.reason().key()).isEqualTo("check.text.mismatch");
    assertThat(text.reason().toString()).contains("Anna Berg");
    assertThat(text.reason().format(java.util.Locale.forLanguageTag("sv")))
        .contains("Anna Berg", "finns inte på sidan");
  }

  @Test
  void aRecordSwappedInFromAnotherCertificateFailsTheHashCheck() throws IOException {
    CertificateRecord original = SampleRecords.record("Anna Berg", 3);
    CertificateRecord other = SampleRecords.record("Anna Berg", 4);
    byte[] pdf = render(original);
    byte[] swapped;
    try (PDDocument pd = Loader.loadPDF(pdf)) {
      PDComplexFileSpecification spec =
          pd.getDocumentCatalog()
              .getNames()
              .getEmbeddedFiles()
              .getNames()
              .get(CertificateRecord.FILE_NAME);
      PDEmbeddedFile replacement =
          new PDEmbeddedFile(pd, new java.io.ByteArrayInputStream(other.toXml()));
      spec.setEmbeddedFile(replacement);
      spec.setEmbeddedFileUnicode(replacement);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      pd.save(out);
      swapped = out.toByteArray();
    }
    List<Check> checks = CertificateDocument.read("swapped.pdf", swapped).checks();
    assertThat(checks.get(0).passed()).isTrue();
    assertThat(checks.get(1).passed()).isFalse();
    assertThat(checks.get(1).reason().key()).isEqualTo("check.hash.mismatch");
    assertThat(checks.get(1).reason().toString()).contains(other.fingerprint().hex());
  }

  @Test
  void aPdfWithoutARecordFailsEveryCheck() {
    byte[] plain =
        org.ocnkit.pdf.PdfaDocument.builder(
                new org.ocnkit.pdf.DocumentInfo(
                    "x", "y", "", java.util.Locale.ENGLISH, Instant.EPOCH),
                org.ocnkit.pdf.PageSetup.a4(50))
            .add(
                org.ocnkit.pdf.Paragraph.of(
                    "Certificate of nothing",
                    org.ocnkit.pdf.TextStyle.of(org.ocnkit.pdf.FontFamily.SANS, 12)))
            .build()
            .render();
    List<Check> checks = CertificateDocument.read("plain.pdf", plain).checks();
    assertThat(checks).noneMatch(Check::passed);
    assertThat(checks.get(0).reason().key()).isEqualTo("check.record.missing");
  }

  @Test
  void theLowerPartNamesWhoIsResponsibleAndSaysHowToCheckBesideTheQrCode() throws IOException {
    CertificateRecord record = SampleRecords.record("Amina Hassan", 2);
    byte[] pdf =
        RENDERER.render(
            record,
            OPTIONS.withSignatory(
                Optional.of(
                    new Signatory(
                        "Maria Lind", "programansvarig", Optional.of("programme manager")))));
    String text = PdfContents.read("c.pdf", pdf).text().replaceAll("\\s+", " ");
    assertThat(text)
        .contains(
            "Ansvarig för intyget · Responsible for the award",
            "Maria Lind",
            "programansvarig · programme manager",
            "Så kontrollerar du intyget · How to check this certificate",
            "1. Skanna QR-koden, eller gå till "
                + SampleRecords.BASE_URL
                + " och skriv in kontrollkoden.",
            "Scan the QR code, or go to "
                + SampleRecords.BASE_URL
                + " and enter the verification code.");
    // The box sits beside the QR code, which still carries the link, on the same page.
    BufferedImage page = PageImages.render(pdf, 0, 150);
    assertThat(PageImages.decodeQr(page))
        .contains(SampleRecords.BASE_URL + "/" + record.code() + "#" + record.fingerprint());
    assertThat(CertificateDocument.read("c.pdf", pdf).pageCount()).isEqualTo(1);
    assertThat(VeraPdf.pdfa3bFailures(pdf)).isEmpty();
    String dump = System.getProperty("ocnkit.certificatePng");
    if (dump != null) {
      javax.imageio.ImageIO.write(page, "png", new java.io.File(dump));
    }
    // Without a signatory the box is there, and no empty signatory column.
    String plain = PdfContents.read("c.pdf", render(record)).text();
    assertThat(plain).contains("How to check this certificate").doesNotContain("Responsible for");
  }

  @Test
  void templateFolderChangesTextsAndAddsALogo(@TempDir Path dir) throws IOException {
    for (String name :
        List.of("messages_sv.properties", "messages_en.properties", "layout.properties")) {
      try (InputStream in = getClass().getResourceAsStream("/templates/certificate/" + name)) {
        Files.write(dir.resolve(name), in.readAllBytes());
      }
    }
    Path sv = dir.resolve("messages_sv.properties");
    Files.writeString(
        sv,
        Files.readString(sv, StandardCharsets.UTF_8).replace("title=Intyg", "title=Kompetensintyg"),
        StandardCharsets.UTF_8);
    Files.write(dir.resolve("logo.png"), logo());
    CertificateRenderer renderer = new CertificateRenderer(CertificateTemplate.load(dir));
    byte[] pdf = renderer.render(SampleRecords.record("Anna Berg", 2), OPTIONS);
    assertThat(PdfContents.read("c.pdf", pdf).text()).startsWith("Kompetensintyg\n");
    try (PDDocument pd = Loader.loadPDF(pdf)) {
      assertThat(pd.getPage(0).getResources().getXObjectNames()).hasSize(1);
    }
    assertThat(VeraPdf.pdfa3bFailures(pdf)).isEmpty();
  }

  @Test
  void aBrokenTemplateReportsEveryProblem(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("messages_sv.properties"), "title=Intyg\n");
    Files.writeString(
        dir.resolve("layout.properties"), "page.size=A5\ncolour.accent=blue\nfont.body=comic\n");
    assertThatThrownBy(() -> CertificateTemplate.load(dir))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              List<String> keys = e.problems().stream().map(p -> p.message().key()).toList();
              assertThat(keys)
                  .contains(
                      "template.fileMissing",
                      "template.keyMissing",
                      "template.badColour",
                      "template.badFont",
                      "template.badPageSize");
              assertThat(e.problems())
                  .anySatisfy(p -> assertThat(p.location()).endsWith("messages_en.properties"));
              assertThat(e.getMessage()).contains("colour.accent", "blue");
            });
  }

  private static byte[] logo() throws IOException {
    BufferedImage image = new BufferedImage(220, 80, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(31, 78, 121));
    g.fillRoundRect(0, 0, 220, 80, 24, 24);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  /** How often {@code code} occurs as a whole unit code (not part of a longer one). */
  private static int count(String text, String code) {
    Matcher m =
        Pattern.compile("(?<![A-Z0-9-])" + Pattern.quote(code) + "(?![A-Z0-9-])").matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  private static String compact(String text) {
    return text.replaceAll("\\s+", "");
  }

  private static String sha256Hex(byte[] bytes) {
    try {
      return java.util.HexFormat.of()
          .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
