package org.ocnkit.panel.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ocnkit.Message;
import org.ocnkit.pdf.Align;
import org.ocnkit.pdf.Block;
import org.ocnkit.pdf.DocumentInfo;
import org.ocnkit.pdf.PageBand;
import org.ocnkit.pdf.Paragraph;
import org.ocnkit.pdf.PdfaDocument;
import org.ocnkit.pdf.Rule;
import org.ocnkit.pdf.RunningText;
import org.ocnkit.pdf.Spacer;
import org.ocnkit.pdf.Table;
import org.ocnkit.pdf.TextStyle;
import org.ocnkit.unit.AssessmentCriterion;
import org.ocnkit.unit.CourseUnit;
import org.ocnkit.unit.EqfDescriptors;
import org.ocnkit.unit.LearningOutcome;
import org.ocnkit.unit.catalog.UnitState;

/**
 * Lays out the panel's reading copy of a unit version: Swedish, with the English title where the
 * unit has one; facts (code, version, state, arena, level, credits and hours, author, review
 * period, hash); the EQF level's three descriptors in Swedish; purpose; every outcome with every
 * criterion; assessment methods; evidence requirements. The footer of every page names the version
 * and its full content hash, so a page on its own still says what the panel read.
 */
public final class ReadingCopyLayout {
  private final CourseUnit unit;
  private final UnitState state;
  private final Optional<LocalDate> approvedUntil;
  private final String organisation;
  private final DocumentStyle s;

  private ReadingCopyLayout(
      CourseUnit unit, UnitState state, Optional<LocalDate> approvedUntil, String organisation) {
    this.unit = unit;
    this.state = state;
    this.approvedUntil = approvedUntil;
    this.organisation = organisation;
    this.s = new DocumentStyle(Message.SWEDISH);
  }

  /** The reading copy as PDF/A-3b bytes, stamped {@code created}. */
  public static byte[] render(
      CourseUnit unit,
      UnitState state,
      Optional<LocalDate> approvedUntil,
      String organisation,
      Instant created) {
    return new ReadingCopyLayout(unit, state, approvedUntil, organisation)
        .document(created)
        .render();
  }

  private PdfaDocument document(Instant created) {
    DocumentInfo info =
        new DocumentInfo(
            s.text("copy.docTitle", unit.ref(), unit.titleSv()),
            organisation.isBlank() ? unit.author() : organisation,
            s.text("copy.subject", unit.hash().hex()),
            s.locale(),
            created);
    PdfaDocument.Builder doc =
        PdfaDocument.builder(info, DocumentStyle.page())
            .footer(
                new PageBand(
                    this::footer, DocumentStyle.band(), Optional.of(DocumentStyle.RULE), true));
    doc.addAll(head());
    doc.add(facts());
    doc.add(new Spacer(14));
    doc.addAll(eqf());
    doc.addAll(section("copy.purpose", unit.purpose()));
    doc.addAll(outcomes());
    doc.addAll(
        section(
            "copy.methods",
            unit.assessmentMethods().stream()
                .map(m -> m.displayName(s.locale()))
                .collect(Collectors.joining(", "))));
    doc.addAll(section("copy.evidence", unit.evidenceRequirements()));
    return doc.build();
  }

  private List<Block> head() {
    List<Block> blocks = new ArrayList<>();
    if (!organisation.isBlank()) {
      blocks.add(Paragraph.of(organisation, DocumentStyle.small().bold()));
      blocks.add(new Spacer(4));
    }
    blocks.add(Paragraph.of(s.text("copy.kind"), DocumentStyle.small()));
    blocks.add(Paragraph.of(unit.titleSv(), DocumentStyle.title()).withLineHeight(1.2f));
    TextStyle english = DocumentStyle.body().withSize(12).italic().withColor(DocumentStyle.MUTED);
    unit.titleEn().ifPresent(en -> blocks.add(Paragraph.of(en, english)));
    blocks.add(new Spacer(6));
    blocks.add(new Rule(1, DocumentStyle.ACCENT));
    blocks.add(new Spacer(10));
    return blocks;
  }

  private Table facts() {
    TextStyle label = DocumentStyle.small();
    TextStyle value = DocumentStyle.body();
    Table.Builder table =
        Table.builder().column(1.6f, Align.LEFT).column(5, Align.LEFT).style(DocumentStyle.facts());
    String stateText =
        state.displayName(s.locale())
            + approvedUntil
                .filter(
                    d ->
                        state == UnitState.APPROVED
                            || state == UnitState.APPROVED_WITH_CONDITIONS
                            || state == UnitState.REVIEW_DUE)
                .map(d -> " " + s.text("copy.until", d))
                .orElse("");
    fact(table, "copy.code", unit.ref().toString(), label, value.bold());
    fact(table, "copy.state", stateText, label, value);
    fact(table, "copy.arena", unit.arena().displayName(s.locale()), label, value);
    fact(table, "copy.level", s.text("copy.levelValue", unit.level().value()), label, value);
    fact(
        table,
        "copy.credits",
        s.text("copy.creditsValue", unit.credits(), unit.notionalHours()),
        label,
        value);
    fact(table, "copy.author", unit.author(), label, value);
    unit.reviewPeriodYears()
        .ifPresent(y -> fact(table, "copy.review", s.text("copy.reviewValue", y), label, value));
    fact(table, "copy.hash", unit.hash().hex(), label, DocumentStyle.mono());
    return table.build();
  }

  private void fact(
      Table.Builder table, String key, String text, TextStyle label, TextStyle value) {
    table.row(DocumentStyle.cell(s.text(key), label), DocumentStyle.cell(text, value));
  }

  private List<Block> eqf() {
    EqfDescriptors d = unit.level().descriptors(s.locale());
    TextStyle body = DocumentStyle.body().withSize(8.5f);
    Table table =
        Table.builder()
            .column(1, Align.LEFT)
            .column(1, Align.LEFT)
            .column(1, Align.LEFT)
            .style(DocumentStyle.table())
            .header(
                DocumentStyle.head(s.text("copy.knowledge")),
                DocumentStyle.head(s.text("copy.skills")),
                DocumentStyle.head(s.text("copy.responsibility")))
            .row(
                DocumentStyle.cell(d.knowledge(), body),
                DocumentStyle.cell(d.skills(), body),
                DocumentStyle.cell(d.responsibilityAndAutonomy(), body))
            .build();
    return List.of(
        Paragraph.heading(s.text("copy.eqf", unit.level().value()), DocumentStyle.heading()),
        new Spacer(4),
        table,
        new Spacer(14));
  }

  private List<Block> section(String key, String text) {
    return List.of(
        Paragraph.heading(s.text(key), DocumentStyle.heading()),
        new Spacer(4),
        Paragraph.of(text, DocumentStyle.body()).withLineHeight(1.4f),
        new Spacer(14));
  }

  private List<Block> outcomes() {
    TextStyle body = DocumentStyle.body();
    Table.Builder table =
        Table.builder()
            .column(0.7f, Align.LEFT)
            .column(8, Align.LEFT)
            .style(DocumentStyle.table())
            .header(
                DocumentStyle.head(s.text("copy.number")),
                Table.Cell.of(
                    Paragraph.of(s.text("copy.outcomeHeader"), body.bold()),
                    Paragraph.of(s.text("copy.criterionHeader"), DocumentStyle.small())));
    for (LearningOutcome outcome : unit.outcomes()) {
      table.row(
          DocumentStyle.cell(outcome.id().toString(), body.bold()),
          DocumentStyle.cell(outcome.statement(), body.bold()));
      for (AssessmentCriterion criterion : outcome.criteria()) {
        table.row(
            DocumentStyle.cell(criterion.id().toString(), body),
            DocumentStyle.cell(criterion.text(), body));
      }
    }
    return List.of(
        Paragraph.heading(s.text("copy.outcomes"), DocumentStyle.heading()), new Spacer(4),
        table.build(), new Spacer(14));
  }

  private RunningText footer(int page, int pages) {
    return new RunningText(
        unit.ref() + " \u00b7 " + s.text("page", page, pages), "", "SHA-256 " + unit.hash().hex());
  }
}
