package org.ocnkit.report.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.ocnkit.Message;
import org.ocnkit.certificate.CertificateCode;
import org.ocnkit.certificate.CertificateTemplate;
import org.ocnkit.pdf.Align;
import org.ocnkit.pdf.Block;
import org.ocnkit.pdf.DocumentInfo;
import org.ocnkit.pdf.FontFace;
import org.ocnkit.pdf.Image;
import org.ocnkit.pdf.KeepTogether;
import org.ocnkit.pdf.PageBand;
import org.ocnkit.pdf.Paragraph;
import org.ocnkit.pdf.PdfaDocument;
import org.ocnkit.pdf.Rgb;
import org.ocnkit.pdf.Rule;
import org.ocnkit.pdf.RunningText;
import org.ocnkit.pdf.Spacer;
import org.ocnkit.pdf.Span;
import org.ocnkit.pdf.Table;
import org.ocnkit.pdf.TextStyle;
import org.ocnkit.report.MeritPortfolio;
import org.ocnkit.unit.AssessmentCriterion;
import org.ocnkit.unit.CourseUnit;
import org.ocnkit.unit.LearningOutcome;

/**
 * Lays out a merit portfolio ("meritportfölj") in the look of the certificate template (page,
 * colours, fonts, logo): the holder and programme, then every unit achieved with its level,
 * credits, date, workplace, the codes of the certificates that list it and every learning outcome
 * with its criteria; then the certificates held and how to verify them. Labels are printed in the
 * main language, then in the other one, as on the certificate; the units' own texts are in the
 * language they were written in.
 */
public final class PortfolioLayout {
  private static final Locale SWEDISH = Message.SWEDISH;

  private final PortfolioContent content;
  private final CertificateTemplate t;
  private final Locale first;
  private final Locale second;
  private final List<org.ocnkit.report.QualificationProgress.Standing> qualifications;

  private PortfolioLayout(
      PortfolioContent content,
      CertificateTemplate template,
      Locale first,
      List<org.ocnkit.report.QualificationProgress.Standing> qualifications) {
    this.qualifications = List.copyOf(qualifications);
    this.content = content;
    this.t = template;
    this.first = "en".equals(first.getLanguage()) ? Locale.ENGLISH : SWEDISH;
    this.second = SWEDISH.equals(this.first) ? Locale.ENGLISH : SWEDISH;
  }

  /** The portfolio as PDF/A-3b bytes, its labels in {@code first}, then in the other language. */
  public static byte[] render(
      PortfolioContent content, CertificateTemplate template, Locale first) {
    return render(content, template, first, List.of());
  }

  /**
   * With the holder's standing against each approved qualification, listed after the units: met
   * (with certified units or not) or what is still missing.
   */
  public static byte[] render(
      PortfolioContent content,
      CertificateTemplate template,
      Locale first,
      List<org.ocnkit.report.QualificationProgress.Standing> qualifications) {
    return new PortfolioLayout(content, template, first, qualifications).document().render();
  }

  private PdfaDocument document() {
    DocumentInfo info =
        new DocumentInfo(
            text(first, "portfolio.title")
                + " \u00b7 "
                + text(second, "portfolio.title")
                + " \u2013 "
                + content.holder(),
            content.organisation().isBlank() ? content.holder() : content.organisation(),
            text(first, "portfolio.subject", content.apprentice().toString()),
            first,
            content.created());
    PdfaDocument.Builder doc =
        PdfaDocument.builder(info, t.page())
            .footer(
                new PageBand(
                    this::footer,
                    style("size.footer", t.colour("colour.muted")),
                    Optional.of(t.colour("colour.rule")),
                    true));
    doc.addAll(title());
    doc.addAll(holder());
    for (PortfolioContent.Unit unit : content.units()) {
      doc.addAll(unit(unit));
    }
    if (!qualifications.isEmpty()) {
      doc.addAll(qualifications());
    }
    doc.addAll(closing());
    return doc.build();
  }

  // Texts and styles ---------------------------------------------------------------------------

  private static String text(Locale locale, String key, Object... args) {
    return Message.of(MeritPortfolio.class, key, args).format(locale);
  }

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

  /** "Etikett · Label": the main language, a dot, the other language in italics. */
  private Paragraph label(String key, Object... args) {
    TextStyle s = muted("size.label");
    return Paragraph.of(
            new Span(text(first, key, args), s),
            new Span(" \u00b7 ", s),
            new Span(text(second, key, args), s.italic()))
        .withLineHeight(1.35f);
  }

  /** The same text in both languages, the second in muted italics. */
  private List<Block> both(String key, TextStyle style, Object... args) {
    return List.of(
        Paragraph.of(text(first, key, args), style).withLineHeight(1.4f),
        new Spacer(2),
        Paragraph.of(text(second, key, args), style.italic().withColor(t.colour("colour.muted")))
            .withLineHeight(1.4f));
  }

  // Blocks ---------------------------------------------------------------------------------------

  private List<Block> title() {
    List<Block> blocks = new ArrayList<>();
    t.logo()
        .ifPresent(
            png -> {
              blocks.add(new Image(png, t.length("logo.width"), Align.LEFT));
              blocks.add(new Spacer(14));
            });
    Rgb accent = t.colour("colour.accent");
    blocks.add(
        Paragraph.of(text(first, "portfolio.title"), titleFont("size.title", accent).bold())
            .withLineHeight(1.1f));
    blocks.add(
        Paragraph.of(
                text(second, "portfolio.title"),
                titleFont("size.subtitle", t.colour("colour.muted")).italic())
            .withLineHeight(1.3f));
    blocks.add(new Spacer(6));
    blocks.add(label("portfolio.subtitle"));
    blocks.add(new Spacer(8));
    blocks.add(new Rule(t.length("rule.thickness"), accent));
    blocks.add(new Spacer(16));
    return blocks;
  }

  private List<Block> holder() {
    List<Block> blocks = new ArrayList<>();
    blocks.add(label("portfolio.holder"));
    blocks.add(new Spacer(3));
    blocks.add(
        Paragraph.of(content.holder(), titleFont("size.name", t.colour("colour.text")).bold())
            .withLineHeight(1.2f));
    String born = content.birthDate().toString();
    TextStyle m = muted("size.body");
    String id = content.apprentice().toString();
    blocks.add(
        Paragraph.of(
            new Span(text(first, "portfolio.born", born), m),
            new Span(" \u00b7 ", m),
            new Span(text(second, "portfolio.born", born), m.italic())));
    blocks.add(
        Paragraph.of(
            new Span(text(first, "portfolio.participantId", id), m),
            new Span(" \u00b7 ", m),
            new Span(text(second, "portfolio.participantId", id), m.italic())));
    blocks.add(new Spacer(10));
    blocks.add(label("portfolio.programme"));
    blocks.add(new Spacer(2));
    blocks.add(Paragraph.of(content.programme(), body("size.programme").bold()));
    blocks.add(
        Paragraph.of(
            content.start() + " \u2013 " + content.end().map(Object::toString).orElse(""),
            body("size.body")));
    blocks.add(new Spacer(10));
    TextStyle m2 = muted("size.body");
    Rgb accent = t.colour("colour.accent");
    int units = content.units().size();
    int credits = content.totalCredits();
    // One sentence per language: "3 kursenheter uppnådda, 9 poäng totalt · 3 units achieved, ..."
    blocks.add(
        Paragraph.of(
            new Span(
                text(first, "portfolio.summary", units, credits),
                body("size.programme").bold().withColor(accent)),
            new Span(" \u00b7 ", m2),
            new Span(text(second, "portfolio.summary", units, credits), m2.italic())));
    blocks.add(new Spacer(16));
    return blocks;
  }

  private List<Block> unit(PortfolioContent.Unit achieved) {
    CourseUnit u = achieved.unit();
    Rgb accent = t.colour("colour.accent");
    List<Block> head = new ArrayList<>();
    head.add(
        Paragraph.of(
                new Span(
                    u.code().value() + "   ",
                    style("size.programme", accent).withFamily(t.font("font.code")).bold()),
                new Span(u.titleSv(), body("size.programme").bold()))
            .withLineHeight(1.25f));
    u.titleEn().ifPresent(en -> head.add(Paragraph.of(en, muted("size.body").italic())));
    head.add(new Spacer(6));
    TextStyle value = body("size.table");
    Table.Builder facts =
        Table.builder()
            .column(1.6f, Align.LEFT)
            .column(4.4f, Align.LEFT)
            .style(
                new Table.Style(
                    3, t.colour("colour.rule"), 0.5f, Optional.empty(), Optional.empty()));
    fact(facts, "portfolio.unit.version", Integer.toString(u.version()), value);
    fact(
        facts,
        "portfolio.unit.arena",
        u.arena().displayName(first) + " \u00b7 " + u.arena().displayName(second),
        value);
    fact(facts, "portfolio.unit.level", Integer.toString(u.level().value()), value.bold());
    fact(
        facts,
        "portfolio.unit.credits",
        text(first, "portfolio.unit.creditsValue", u.credits(), u.notionalHours())
            + " \u00b7 "
            + text(second, "portfolio.unit.creditsValue", u.credits(), u.notionalHours()),
        value);
    fact(facts, "portfolio.unit.achieved", achieved.achievedOn().toString(), value);
    fact(
        facts,
        "portfolio.unit.workplace",
        workplace(achieved.workplace(), achieved.employer()),
        value);
    fact(
        facts,
        "portfolio.unit.certificates",
        achieved.certificates().isEmpty()
            ? text(first, "portfolio.unit.noCertificate")
                + " \u00b7 "
                + text(second, "portfolio.unit.noCertificate")
            : String.join(
                ", ", achieved.certificates().stream().map(CertificateCode::value).toList()),
        achieved.certificates().isEmpty()
            ? muted("size.table")
            : value.withFamily(t.font("font.code")));
    head.add(facts.build());
    head.add(new Spacer(8));
    head.add(label("portfolio.outcomes"));
    head.add(new Spacer(3));
    TextStyle cell = body("size.table");
    Table.Builder outcomes =
        Table.builder()
            .column(0.6f, Align.LEFT)
            .column(8, Align.LEFT)
            .style(
                new Table.Style(
                    3, t.colour("colour.rule"), 0.5f, Optional.empty(), Optional.empty()));
    for (LearningOutcome outcome : u.outcomes()) {
      outcomes.row(
          Table.Cell.of(outcome.id().toString(), cell.bold()),
          Table.Cell.of(outcome.statement(), cell.bold()));
      for (AssessmentCriterion criterion : outcome.criteria()) {
        outcomes.row(
            Table.Cell.of(criterion.id().toString(), muted("size.table")),
            Table.Cell.of(criterion.text(), cell));
      }
    }
    List<Block> blocks = new ArrayList<>();
    blocks.add(KeepTogether.of(head.toArray(Block[]::new)));
    blocks.add(outcomes.build());
    blocks.add(new Spacer(18));
    return blocks;
  }

  /**
   * The workplace and, in brackets, its employer, without saying a part twice: "Parkavdelningen,
   * Norrbacka kommun" run by "Norrbacka kommun, samhällsbyggnadsförvaltningen" is "Parkavdelningen
   * (Norrbacka kommun, samhällsbyggnadsförvaltningen)".
   */
  static String workplace(String workplace, String employer) {
    List<String> employerParts = parts(employer);
    List<String> own =
        parts(workplace).stream()
            .filter(p -> employerParts.stream().noneMatch(e -> e.equalsIgnoreCase(p)))
            .toList();
    if (employerParts.isEmpty()) {
      return workplace.strip();
    }
    if (own.isEmpty()) {
      return String.join(", ", employerParts);
    }
    return String.join(", ", own) + " (" + String.join(", ", employerParts) + ")";
  }

  private static List<String> parts(String text) {
    return java.util.Arrays.stream(text.split(","))
        .map(String::strip)
        .filter(p -> !p.isEmpty())
        .toList();
  }

  private void fact(Table.Builder table, String key, String text, TextStyle value) {
    table.row(Table.Cell.of(label(key)), Table.Cell.of(text, value));
  }

  /** Each approved qualification: its title and where the holder stands. */
  private List<Block> qualifications() {
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Rule(0.5f, t.colour("colour.rule")));
    blocks.add(new Spacer(10));
    blocks.add(label("portfolio.qualifications").keptWithNext());
    blocks.add(new Spacer(3));
    for (org.ocnkit.report.QualificationProgress.Standing q : qualifications) {
      // Both titles, as for units: the first language's in bold, the other's after it.
      String other = q.title(second);
      blocks.add(
          Paragraph.of(
                  new Span(q.qualification() + "  ", muted("size.body")),
                  new Span(q.title(first), body("size.body").bold()),
                  new Span(
                      other.equals(q.title(first)) ? "" : " \u00b7 " + other,
                      muted("size.body").italic()))
              .withLineHeight(1.4f));
      String key =
          q.certified()
              ? "portfolio.qualification.certified"
              : q.evaluation().met()
                  ? "portfolio.qualification.met"
                  : "portfolio.qualification.notMet";
      String missing =
          String.join(
              "; ",
              q.evaluation().unmet().stream()
                  .flatMap(u -> u.missing().stream())
                  .map(m -> m.format(first))
                  .toList());
      String missingOther =
          String.join(
              "; ",
              q.evaluation().unmet().stream()
                  .flatMap(u -> u.missing().stream())
                  .map(m -> m.format(second))
                  .toList());
      TextStyle small = muted("size.small");
      blocks.add(
          Paragraph.of(
                  new Span(text(first, key, q.evaluation().countedCredits(), missing), small),
                  new Span(" \u00b7 ", small),
                  new Span(
                      text(second, key, q.evaluation().countedCredits(), missingOther),
                      small.italic()))
              .withLineHeight(1.35f));
      blocks.add(new Spacer(6));
    }
    blocks.add(new Spacer(6));
    return blocks;
  }

  private List<Block> closing() {
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Rule(0.5f, t.colour("colour.rule")));
    blocks.add(new Spacer(10));
    blocks.add(label("portfolio.certificates").keptWithNext());
    blocks.add(new Spacer(3));
    TextStyle code = body("size.body").withFamily(t.font("font.code"));
    if (content.certificates().isEmpty()) {
      blocks.addAll(both("portfolio.noCertificates", muted("size.body")));
    } else {
      for (PortfolioContent.Certificate c : content.certificates()) {
        blocks.add(
            Paragraph.of(
                new Span(c.code().value(), code.bold()),
                new Span("   " + c.issued(), muted("size.body"))));
      }
    }
    blocks.add(new Spacer(10));
    String base = content.verificationBaseUrl().strip().replaceAll("/+$", "");
    blocks.addAll(both("portfolio.verify", muted("size.small"), base));
    blocks.add(new Spacer(8));
    blocks.addAll(both("portfolio.explanation", muted("size.small")));
    blocks.add(new Spacer(8));
    blocks.addAll(
        both(
            "portfolio.compiled",
            muted("size.small"),
            content.organisation().isBlank() ? "ocnkit" : content.organisation(),
            content.compiledOn().toString()));
    return blocks;
  }

  private RunningText footer(int page, int pages) {
    return new RunningText(
        text(first, "portfolio.title")
            + " \u00b7 "
            + text(second, "portfolio.title")
            + " \u2013 "
            + content.apprentice(),
        text(first, "portfolio.page", page, pages)
            + " \u00b7 "
            + text(second, "portfolio.page", page, pages),
        content.compiledOn().toString());
  }
}
