package org.ocnkit.panel.internal;

import java.time.Instant;
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
import org.ocnkit.qualification.Exclusion;
import org.ocnkit.qualification.LevelCredits;
import org.ocnkit.qualification.ListedUnit;
import org.ocnkit.qualification.Qualification;
import org.ocnkit.qualification.RuleResult;
import org.ocnkit.qualification.UnitGroup;
import org.ocnkit.qualification.catalog.StoredQualification;
import org.ocnkit.unit.UnitCode;
import org.ocnkit.unit.catalog.UnitState;
import org.ocnkit.unit.catalog.UnitSummary;

/**
 * Lays out the panel's reading copy of a qualification version in Swedish: facts (code, version,
 * state, EQF level, author, review period, hash), purpose, the units with their stored titles,
 * levels, credits and states, and every rule of combination. The footer of every page names the
 * version and its full content hash.
 */
public final class QualificationReadingCopy {
  private final Qualification q;
  private final StoredQualification stored;
  private final UnitState state;
  private final String organisation;
  private final List<UnitSummary> units;
  private final DocumentStyle s = new DocumentStyle(Message.SWEDISH);

  private QualificationReadingCopy(
      StoredQualification stored, UnitState state, String organisation, List<UnitSummary> units) {
    this.q = stored.qualification();
    this.stored = stored;
    this.state = state;
    this.organisation = organisation;
    this.units = units;
  }

  /**
   * The reading copy as PDF/A-3b bytes, stamped {@code created}.
   *
   * @param units every stored unit version, to show each listed unit's title, level and credits
   */
  public static byte[] render(
      StoredQualification stored,
      UnitState state,
      String organisation,
      List<UnitSummary> units,
      Instant created) {
    return new QualificationReadingCopy(stored, state, organisation, units)
        .document(created)
        .render();
  }

  private PdfaDocument document(Instant created) {
    DocumentInfo info =
        new DocumentInfo(
            s.text("qcopy.docTitle", q.ref(), q.titleSv()),
            organisation.isBlank() ? q.author() : organisation,
            s.text("copy.subject", q.hash().hex()),
            s.locale(),
            created);
    PdfaDocument.Builder doc =
        PdfaDocument.builder(info, DocumentStyle.page())
            .footer(
                new PageBand(
                    this::footer, DocumentStyle.band(), Optional.of(DocumentStyle.RULE), true));
    if (!organisation.isBlank()) {
      doc.add(Paragraph.of(organisation, DocumentStyle.small().bold()));
      doc.add(new Spacer(4));
    }
    doc.add(Paragraph.of(s.text("qcopy.kind"), DocumentStyle.small()));
    doc.add(Paragraph.of(q.titleSv(), DocumentStyle.title()).withLineHeight(1.2f));
    TextStyle english = DocumentStyle.body().withSize(12).italic().withColor(DocumentStyle.MUTED);
    q.titleEn().ifPresent(en -> doc.add(Paragraph.of(en, english)));
    doc.add(new Spacer(6));
    doc.add(new Rule(1, DocumentStyle.ACCENT));
    doc.add(new Spacer(10));
    doc.add(facts());
    doc.add(new Spacer(14));
    doc.add(Paragraph.heading(s.text("copy.purpose"), DocumentStyle.heading()));
    doc.add(new Spacer(4));
    doc.add(Paragraph.of(q.purpose(), DocumentStyle.body()).withLineHeight(1.4f));
    doc.add(new Spacer(14));
    doc.addAll(unitTable());
    doc.addAll(rules());
    return doc.build();
  }

  private Table facts() {
    TextStyle label = DocumentStyle.small();
    TextStyle value = DocumentStyle.body();
    Table.Builder table =
        Table.builder().column(1.6f, Align.LEFT).column(5, Align.LEFT).style(DocumentStyle.facts());
    String stateText =
        state.displayName(s.locale())
            + stored
                .approvedUntil()
                .filter(
                    d ->
                        state == UnitState.APPROVED
                            || state == UnitState.APPROVED_WITH_CONDITIONS
                            || state == UnitState.REVIEW_DUE)
                .map(d -> " " + s.text("copy.until", d))
                .orElse("");
    row(table, "copy.code", q.ref().toString(), label, value.bold());
    row(table, "copy.state", stateText, label, value);
    row(table, "copy.level", s.text("copy.levelValue", q.level().value()), label, value);
    row(table, "copy.author", q.author(), label, value);
    q.reviewPeriodYears()
        .ifPresent(y -> row(table, "copy.review", s.text("copy.reviewValue", y), label, value));
    row(table, "copy.hash", q.hash().hex(), label, DocumentStyle.mono());
    return table.build();
  }

  private void row(Table.Builder table, String key, String text, TextStyle label, TextStyle value) {
    table.row(DocumentStyle.cell(s.text(key), label), DocumentStyle.cell(text, value));
  }

  private List<Block> unitTable() {
    TextStyle body = DocumentStyle.body();
    Table.Builder table =
        Table.builder()
            .column(2.2f, Align.LEFT)
            .column(5, Align.LEFT)
            .column(1, Align.LEFT)
            .column(1, Align.LEFT)
            .column(2.2f, Align.LEFT)
            .style(DocumentStyle.table())
            .header(
                DocumentStyle.head(s.text("qcopy.unit")),
                DocumentStyle.head(s.text("qcopy.title")),
                DocumentStyle.head("EQF"),
                DocumentStyle.head(s.text("copy.credits")),
                DocumentStyle.head(s.text("copy.state")));
    for (ListedUnit listed : q.units()) {
      Optional<UnitSummary> newest =
          units.stream().filter(u -> listed.accepts(u.ref(), u.hash())).reduce((a, b) -> b);
      String versions =
          listed
              .hash()
              .map(h -> s.text("qcopy.exact", h.prefix()))
              .orElse(s.text("qcopy.versions", listed.versionsText()));
      table.row(
          Table.Cell.of(
              Paragraph.of(listed.code().value(), body),
              Paragraph.of(versions, DocumentStyle.small())),
          DocumentStyle.cell(newest.map(UnitSummary::titleSv).orElse("\u2013"), body),
          DocumentStyle.cell(newest.map(u -> String.valueOf(u.level().value())).orElse(""), body),
          DocumentStyle.cell(newest.map(u -> String.valueOf(u.credits())).orElse(""), body),
          DocumentStyle.cell(
              newest.map(u -> u.state().displayName(s.locale())).orElse(s.text("qcopy.notStored")),
              body));
    }
    return List.of(
        Paragraph.heading(s.text("qcopy.units"), DocumentStyle.heading()),
        new Spacer(4),
        table.build(),
        new Spacer(14));
  }

  private List<Block> rules() {
    List<Block> blocks = new ArrayList<>();
    TextStyle body = DocumentStyle.body();
    blocks.add(Paragraph.heading(s.text("qcopy.rules"), DocumentStyle.heading()));
    blocks.add(new Spacer(4));
    var rules = q.rules();
    List<Message> lines = new ArrayList<>();
    lines.add(new RuleResult(RuleResult.Kind.TOTAL, "", rules.totalCredits(), 0, 0, 0).rule());
    for (UnitCode code : rules.mandatory()) {
      lines.add(new RuleResult(RuleResult.Kind.MANDATORY, code.value(), 0, 0, 1, 0).rule());
    }
    for (UnitGroup g : rules.groups()) {
      lines.add(
          new RuleResult(RuleResult.Kind.GROUP, g.id(), g.minCredits(), 0, g.minUnits(), 0).rule());
    }
    for (LevelCredits l : rules.levelCredits()) {
      lines.add(
          new RuleResult(RuleResult.Kind.LEVEL, l.level().toString(), l.minCredits(), 0, 0, 0)
              .rule());
    }
    for (Message line : lines) {
      blocks.add(Paragraph.of("\u2013 " + line.format(s.locale()), body));
    }
    for (UnitGroup g : rules.groups()) {
      blocks.add(
          Paragraph.of(
              "   "
                  + s.text(
                      "qcopy.group",
                      g.id(),
                      g.title(s.locale()),
                      g.units().stream().map(UnitCode::value).collect(Collectors.joining(", "))),
              DocumentStyle.small()));
    }
    for (Exclusion e : rules.exclusions()) {
      blocks.add(
          Paragraph.of(
              "\u2013 "
                  + s.text(
                      "qcopy.exclusion",
                      e.units().stream().map(UnitCode::value).collect(Collectors.joining(", "))),
              body));
    }
    rules
        .unitValidityYears()
        .ifPresent(y -> blocks.add(Paragraph.of("\u2013 " + s.text("qcopy.validity", y), body)));
    rules
        .otherProviders()
        .ifPresent(
            o ->
                blocks.add(
                    Paragraph.of(
                        "\u2013 "
                            + s.text(
                                "qcopy.providers",
                                String.join(", ", o.providers()),
                                o.maxCredits().isPresent()
                                    ? s.text("qcopy.providersCap", o.maxCredits().getAsInt())
                                    : ""),
                        body)));
    blocks.add(Paragraph.of("\u2013 " + s.text("qcopy.countOnce"), body));
    return blocks;
  }

  private RunningText footer(int page, int pages) {
    return new RunningText(
        q.ref() + " \u00b7 " + s.text("page", page, pages), "", "SHA-256 " + q.hash().hex());
  }
}
