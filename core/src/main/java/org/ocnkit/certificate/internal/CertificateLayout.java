package org.ocnkit.certificate.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ocnkit.certificate.AchievedUnit;
import org.ocnkit.certificate.CertificateCode;
import org.ocnkit.certificate.CertificateRecord;
import org.ocnkit.certificate.CertificateTemplate;
import org.ocnkit.certificate.Fingerprint;
import org.ocnkit.certificate.Language;
import org.ocnkit.certificate.RenderOptions;
import org.ocnkit.certificate.Signatory;
import org.ocnkit.pdf.AfRelationship;
import org.ocnkit.pdf.Align;
import org.ocnkit.pdf.Attachment;
import org.ocnkit.pdf.Block;
import org.ocnkit.pdf.Columns;
import org.ocnkit.pdf.DocumentInfo;
import org.ocnkit.pdf.FontFace;
import org.ocnkit.pdf.Image;
import org.ocnkit.pdf.KeepTogether;
import org.ocnkit.pdf.PageBand;
import org.ocnkit.pdf.Paragraph;
import org.ocnkit.pdf.PdfaDocument;
import org.ocnkit.pdf.QrCode;
import org.ocnkit.pdf.Rgb;
import org.ocnkit.pdf.Rule;
import org.ocnkit.pdf.RunningText;
import org.ocnkit.pdf.Spacer;
import org.ocnkit.pdf.Span;
import org.ocnkit.pdf.Table;
import org.ocnkit.pdf.TextStyle;

/**
 * Composes the certificate page from a record and a template: title, holder, programme, the units
 * table, the total, the explanation of credits and levels, and the issuer and verification block
 * with the QR code. Every label is printed in the record's main language, then in the other.
 */
public final class CertificateLayout {
  private final CertificateTemplate t;
  private final CertificateRecord record;
  private final Language first;
  private final Language second;
  private final Fingerprint fingerprint;
  private final CertificateCode code;

  private CertificateLayout(
      CertificateTemplate template, CertificateRecord record, Fingerprint fingerprint) {
    this.t = template;
    this.record = record;
    this.first = record.language();
    this.second = first.other();
    this.fingerprint = fingerprint;
    this.code = CertificateCode.of(fingerprint);
  }

  /**
   * The PDF showing {@code shown} with {@code recordBytes} embedded as {@code certificate.xml}. The
   * printed fingerprint, code and QR link are those of {@code recordBytes}. The public renderer
   * always passes {@code shown.toXml()}; tests pass other bytes to make a forged certificate whose
   * visible text does not match its record.
   */
  public static byte[] render(
      CertificateTemplate template,
      CertificateRecord shown,
      byte[] recordBytes,
      RenderOptions options) {
    Fingerprint fingerprint = Fingerprint.of(recordBytes);
    return new CertificateLayout(template, shown, fingerprint)
        .document(recordBytes, options)
        .render();
  }

  private PdfaDocument document(byte[] recordBytes, RenderOptions options) {
    Instant created =
        options.created().orElse(record.issueDate().atStartOfDay(ZoneOffset.UTC).toInstant());
    DocumentInfo info =
        new DocumentInfo(
            t.text(first, "title")
                + " \u00b7 "
                + t.text(second, "title")
                + " \u2013 "
                + record.holder().name(),
            record.issuer().organisation(),
            t.text(first, subtitleKey()) + " \u00b7 " + code,
            first.locale(),
            created);
    PdfaDocument.Builder doc =
        PdfaDocument.builder(info, t.page())
            .header(
                new PageBand(
                    this::continuationHeader,
                    style("size.footer", Rgb.BLACK).withColor(t.colour("colour.muted")),
                    Optional.of(t.colour("colour.rule")),
                    false))
            .footer(
                new PageBand(
                    this::footer,
                    style("size.footer", t.colour("colour.muted")),
                    Optional.of(t.colour("colour.rule")),
                    true));
    doc.addAll(titleBlock());
    doc.addAll(holderBlock());
    doc.add(unitsTable());
    doc.addAll(totalAndExplanation());
    doc.add(new Spacer(16));
    doc.add(verificationBlock(options.verificationBaseUrl(), options.signatory()));
    doc.attach(
        new Attachment(
            CertificateRecord.FILE_NAME,
            CertificateRecord.MIME_TYPE,
            AfRelationship.DATA,
            "Intygets post \u00b7 Certificate record",
            recordBytes,
            created));
    options.attachments().forEach(doc::attach);
    return doc.build();
  }

  // Styles -----------------------------------------------------------------------------------

  private TextStyle style(String sizeKey, Rgb colour) {
    return new TextStyle(t.font("font.body"), FontFace.REGULAR, t.length(sizeKey), colour);
  }

  private TextStyle body(String sizeKey) {
    return style(sizeKey, t.colour("colour.text"));
  }

  private TextStyle muted(String sizeKey) {
    return style(sizeKey, t.colour("colour.muted"));
  }

  private TextStyle titleFont(String sizeKey, Rgb colour) {
    return style(sizeKey, colour).withFamily(t.font("font.title"));
  }

  private TextStyle codeFont(String sizeKey, Rgb colour) {
    return style(sizeKey, colour).withFamily(t.font("font.code"));
  }

  /** "Label · Etikett": the main language, a dot, the other language in italics. */
  private Paragraph label(String key, Object... args) {
    TextStyle s = muted("size.label");
    return Paragraph.of(
            new Span(t.text(first, key, args), s),
            new Span(" \u00b7 ", s),
            new Span(t.text(second, key, args), s.italic()))
        .withLineHeight(1.35f);
  }

  // Blocks -----------------------------------------------------------------------------------

  private List<Block> titleBlock() {
    List<Block> blocks = new ArrayList<>();
    t.logo()
        .ifPresent(
            png -> {
              blocks.add(new Image(png, t.length("logo.width"), Align.LEFT));
              blocks.add(new Spacer(14));
            });
    Rgb accent = t.colour("colour.accent");
    blocks.add(
        Paragraph.of(t.text(first, "title"), titleFont("size.title", accent).bold())
            .withLineHeight(1.1f));
    blocks.add(
        Paragraph.of(
                t.text(second, "title"),
                titleFont("size.subtitle", t.colour("colour.muted")).italic())
            .withLineHeight(1.3f));
    blocks.add(new Spacer(6));
    blocks.add(label(subtitleKey()));
    blocks.add(new Spacer(8));
    blocks.add(new Rule(t.length("rule.thickness"), accent));
    blocks.add(new Spacer(18));
    return blocks;
  }

  private List<Block> holderBlock() {
    List<Block> blocks = new ArrayList<>();
    blocks.add(label("certifies"));
    blocks.add(new Spacer(4));
    blocks.add(
        Paragraph.of(record.holder().name(), titleFont("size.name", t.colour("colour.text")).bold())
            .withLineHeight(1.2f));
    String born = record.holder().dateOfBirth().toString();
    TextStyle m = muted("size.body");
    blocks.add(
        Paragraph.of(
            new Span(t.text(first, "born", born), m),
            new Span(" \u00b7 ", m),
            new Span(t.text(second, "born", born), m.italic())));
    blocks.add(new Spacer(12));
    blocks.add(label("programme.intro"));
    blocks.add(new Spacer(2));
    blocks.add(Paragraph.of(record.programme(), body("size.programme").bold()));
    blocks.add(new Spacer(12));
    record
        .qualification()
        .ifPresent(
            q -> {
              blocks.add(label("qualification.intro"));
              blocks.add(new Spacer(2));
              blocks.add(
                  Paragraph.of(
                          q.title(first), titleFont("size.name", t.colour("colour.accent")).bold())
                      .withLineHeight(1.2f));
              Optional<String> other =
                  first == Language.SV ? q.titleEn() : q.titleEn().map(en -> q.titleSv());
              other.ifPresent(o -> blocks.add(Paragraph.of(o, muted("size.programme").italic())));
              blocks.add(new Spacer(2));
              blocks.add(label("qualification.level", q.level().value()));
              blocks.add(
                  Paragraph.of(
                      q.ref().toString(), codeFont("size.small", t.colour("colour.muted"))));
              blocks.add(new Spacer(12));
            });
    blocks.add(
        label(record.qualification().isPresent() ? "qualification.units" : "achieved.intro")
            .keptWithNext());
    blocks.add(new Spacer(6));
    return blocks;
  }

  /** The subtitle: a certificate of units, or a qualification certificate. */
  private String subtitleKey() {
    return record.qualification().isPresent() ? "qualification.subtitle" : "subtitle";
  }

  private Table unitsTable() {
    TextStyle head = body("size.table").bold();
    TextStyle headSecond = muted("size.small").italic();
    TextStyle cell = body("size.table");
    TextStyle cellSecond = muted("size.small").italic();
    Table.Builder table =
        Table.builder()
            .column(2.1f, Align.LEFT)
            .column(5.6f, Align.LEFT)
            .column(1.6f, Align.CENTER)
            .column(1.5f, Align.RIGHT)
            .column(1.9f, Align.RIGHT)
            .style(
                new Table.Style(
                    5,
                    t.colour("colour.rule"),
                    0.5f,
                    Optional.of(t.colour("colour.tableHeader")),
                    Optional.of(t.colour("colour.stripe"))));
    List<Table.Cell> header = new ArrayList<>();
    for (String key :
        List.of("table.code", "table.unit", "table.level", "table.credits", "table.date")) {
      header.add(
          Table.Cell.of(
              Paragraph.of(t.text(first, key), head),
              Paragraph.of(t.text(second, key), headSecond)));
    }
    table.header(header.toArray(Table.Cell[]::new));
    for (AchievedUnit unit : record.units()) {
      List<Paragraph> title = new ArrayList<>();
      title.add(Paragraph.of(unit.title(first), cell));
      secondTitle(unit).ifPresent(s -> title.add(Paragraph.of(s, cellSecond)));
      List<Paragraph> code = new ArrayList<>();
      code.add(Paragraph.of(unit.ref().code().value(), cell.bold()));
      record
          .qualification()
          .flatMap(q -> q.certificateOf(unit.ref().code()))
          .ifPresent(
              c ->
                  code.add(
                      Paragraph.of(c.value(), codeFont("size.small", t.colour("colour.muted")))));
      table.row(
          new Table.Cell(code),
          new Table.Cell(title),
          Table.Cell.of(Integer.toString(unit.level().value()), cell),
          Table.Cell.of(Integer.toString(unit.credits()), cell),
          Table.Cell.of(unit.achieved().toString(), cell));
    }
    return table.build();
  }

  /** The title in the second language, when it differs from the first one shown. */
  private Optional<String> secondTitle(AchievedUnit unit) {
    if (first == Language.SV) {
      return unit.titleEn();
    }
    return unit.titleEn().isPresent() ? Optional.of(unit.titleSv()) : Optional.empty();
  }

  private List<Block> totalAndExplanation() {
    List<Block> blocks = new ArrayList<>();
    TextStyle m = muted("size.body");
    blocks.add(new Spacer(6));
    blocks.add(
        Paragraph.of(
                new Span(t.text(first, "total"), m),
                new Span(" \u00b7 ", m),
                new Span(t.text(second, "total"), m.italic()),
                new Span("   ", m),
                new Span(
                    Integer.toString(record.totalCredits()),
                    body("size.programme").bold().withColor(t.colour("colour.accent"))))
            .aligned(Align.RIGHT));
    blocks.add(new Spacer(10));
    TextStyle small = muted("size.small");
    blocks.add(Paragraph.of(t.text(first, "explanation"), small).withLineHeight(1.4f));
    blocks.add(new Spacer(3));
    blocks.add(Paragraph.of(t.text(second, "explanation"), small.italic()).withLineHeight(1.4f));
    return blocks;
  }

  /**
   * The lower part of the page: who issued the certificate and who is responsible for the award,
   * the verification code and fingerprint; then a bilingual "how to check this certificate" box
   * beside the QR code.
   */
  private Block verificationBlock(String baseUrl, Optional<Signatory> signatory) {
    TextStyle value = body("size.body");
    Rgb accent = t.colour("colour.accent");
    String base = baseUrl.strip().replaceAll("/+$", "");
    String link = base + "/" + code + "#" + fingerprint;
    String hex = fingerprint.grouped();
    List<Block> issuerBlocks =
        new ArrayList<>(
            List.of(
                label("issuer"),
                Paragraph.of(record.issuer().organisation(), value.bold()),
                new Spacer(8),
                label("issueDate"),
                Paragraph.of(record.issueDate().toString(), value)));
    List<Block> responsibleBlocks = new ArrayList<>();
    if (signatory.isPresent()) {
      Signatory who = signatory.get();
      TextStyle m = muted("size.table");
      responsibleBlocks.add(label("responsible"));
      responsibleBlocks.add(new Spacer(14));
      responsibleBlocks.add(new Rule(0.5f, t.colour("colour.muted")));
      responsibleBlocks.add(new Spacer(3));
      responsibleBlocks.add(Paragraph.of(who.name(), value.bold()));
      String roleFirst = who.role(first);
      String roleSecond = who.role(second);
      responsibleBlocks.add(
          roleFirst.equals(roleSecond)
              ? Paragraph.of(roleFirst, m)
              : Paragraph.of(
                  new Span(roleFirst, m),
                  new Span(" \u00b7 ", m),
                  new Span(roleSecond, m.italic())));
    } else {
      issuerBlocks.add(new Spacer(8));
      issuerBlocks.add(label("issuerCertificate"));
      issuerBlocks.add(
          Paragraph.of(
              record.issuer().abbreviatedCertificateSha256(),
              codeFont("size.small", t.colour("colour.text"))));
    }
    List<Block> codeBlocks =
        new ArrayList<>(
            List.of(
                label("code"),
                Paragraph.of(code.value(), codeFont("size.programme", accent).bold()),
                new Spacer(8),
                label("fingerprint"),
                Paragraph.of(
                        hex.substring(0, 35) + "\n" + hex.substring(36),
                        codeFont("size.small", t.colour("colour.text")))
                    .withLineHeight(1.4f)));
    if (signatory.isPresent()) {
      codeBlocks.add(new Spacer(6));
      codeBlocks.add(label("issuerCertificate"));
      codeBlocks.add(
          Paragraph.of(
              record.issuer().abbreviatedCertificateSha256(),
              codeFont("size.small", t.colour("colour.text"))));
    }
    Columns facts =
        signatory.isPresent()
            ? Columns.of(
                16,
                Columns.Part.of(1.1f, issuerBlocks.toArray(Block[]::new)),
                Columns.Part.of(1.1f, responsibleBlocks.toArray(Block[]::new)),
                Columns.Part.of(1.3f, codeBlocks.toArray(Block[]::new)))
            : Columns.of(
                16,
                Columns.Part.of(1.15f, issuerBlocks.toArray(Block[]::new)),
                Columns.Part.of(1.3f, codeBlocks.toArray(Block[]::new)));
    Columns.Part qr = Columns.Part.of(0.8f, new QrCode(link, t.length("qr.size"), Align.RIGHT));
    Columns.Part howTo = Columns.Part.of(2.6f, howToCheck(base));
    return KeepTogether.of(
        new Rule(0.5f, t.colour("colour.rule")),
        new Spacer(10),
        facts,
        new Spacer(14),
        Columns.of(16, howTo, qr));
  }

  /** The "how to check this certificate" box: three short steps, in both languages. */
  private Table howToCheck(String base) {
    TextStyle head = body("size.table").bold().withColor(t.colour("colour.accent"));
    TextStyle step = body("size.small");
    TextStyle stepSecond = muted("size.small").italic();
    List<Paragraph> lines = new ArrayList<>();
    lines.add(
        Paragraph.of(
            new Span(t.text(first, "howToCheck.title"), head),
            new Span(" \u00b7 ", muted("size.table")),
            new Span(t.text(second, "howToCheck.title"), muted("size.table").italic())));
    for (int i = 1; i <= 3; i++) {
      lines.add(
          Paragraph.of(i + ". " + t.text(first, "howToCheck." + i, base), step)
              .withLineHeight(1.35f));
      lines.add(
          Paragraph.of("    " + t.text(second, "howToCheck." + i, base), stepSecond)
              .withLineHeight(1.35f));
    }
    return Table.builder()
        .column(1, Align.LEFT)
        .style(
            new Table.Style(
                7,
                t.colour("colour.rule"),
                0.75f,
                Optional.of(t.colour("colour.stripe")),
                Optional.empty()))
        .header(new Table.Cell(lines))
        .build();
  }

  // Bands ------------------------------------------------------------------------------------

  private RunningText continuationHeader(int page, int pages) {
    return new RunningText(
        t.text(first, "title")
            + " \u00b7 "
            + t.text(second, "title")
            + " \u2013 "
            + record.holder().name(),
        "",
        "(" + t.text(first, "continued") + " \u00b7 " + t.text(second, "continued") + ")");
  }

  private RunningText footer(int page, int pages) {
    return new RunningText(
        code.value(),
        t.text(first, "page", page, pages) + " \u00b7 " + t.text(second, "page", page, pages),
        fingerprint.abbreviated());
  }
}
