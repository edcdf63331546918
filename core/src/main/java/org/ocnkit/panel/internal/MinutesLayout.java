package org.ocnkit.panel.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ocnkit.Message;
import org.ocnkit.panel.Conflict;
import org.ocnkit.panel.Meeting;
import org.ocnkit.panel.Minutes;
import org.ocnkit.panel.PanelDecision;
import org.ocnkit.panel.PanelMember;
import org.ocnkit.panel.QualificationDecision;
import org.ocnkit.panel.QualificationVote;
import org.ocnkit.panel.Vote;
import org.ocnkit.pdf.Align;
import org.ocnkit.pdf.Block;
import org.ocnkit.pdf.DocumentInfo;
import org.ocnkit.pdf.KeepTogether;
import org.ocnkit.pdf.PageBand;
import org.ocnkit.pdf.Paragraph;
import org.ocnkit.pdf.PdfaDocument;
import org.ocnkit.pdf.Rule;
import org.ocnkit.pdf.RunningText;
import org.ocnkit.pdf.Spacer;
import org.ocnkit.pdf.Table;
import org.ocnkit.pdf.TextStyle;

/**
 * Lays out the minutes ("protokoll") of a panel meeting in Swedish: organisation, date, chair,
 * attendance with sectors, conflicts of interest, then one numbered paragraph (§) per unit version
 * with its code, version, full content hash, the votes with comments and conditions, the decision,
 * its conditions and due date, and the approval period; a signature line for the chair.
 */
public final class MinutesLayout {
  private final Minutes minutes;
  private final DocumentStyle s;

  private MinutesLayout(Minutes minutes) {
    this.minutes = minutes;
    this.s = new DocumentStyle(Message.SWEDISH);
  }

  /** The minutes as PDF/A-3b bytes, stamped {@code created}. */
  public static byte[] render(Minutes minutes, Instant created) {
    return new MinutesLayout(minutes).document(created).render();
  }

  private PdfaDocument document(Instant created) {
    Meeting meeting = minutes.meeting();
    String title = s.text("minutes.title") + " " + meeting.date();
    DocumentInfo info =
        new DocumentInfo(
            title,
            minutes.organisation().isBlank() ? DocumentInfo.PRODUCER : minutes.organisation(),
            s.text("minutes.subject", String.valueOf(meeting.id()), meeting.date()),
            s.locale(),
            created);
    PdfaDocument.Builder doc =
        PdfaDocument.builder(info, DocumentStyle.page())
            .footer(
                new PageBand(
                    this::footer, DocumentStyle.band(), Optional.of(DocumentStyle.RULE), true));
    doc.addAll(head(meeting));
    doc.addAll(attendance(meeting));
    doc.addAll(conflicts());
    doc.add(Paragraph.heading(s.text("minutes.items"), DocumentStyle.heading()));
    doc.add(new Spacer(4));
    if (minutes.items().isEmpty() && minutes.qualifications().isEmpty()) {
      doc.add(Paragraph.of(s.text("minutes.noItems"), DocumentStyle.body()));
    }
    int paragraph = 1;
    for (Minutes.Item item : minutes.items()) {
      doc.addAll(item(paragraph++, item));
    }
    for (Minutes.QualificationItem item : minutes.qualifications()) {
      doc.addAll(qualification(paragraph++, item));
    }
    doc.add(new Spacer(24));
    doc.add(signature(meeting));
    return doc.build();
  }

  private List<Block> head(Meeting meeting) {
    List<Block> blocks = new ArrayList<>();
    if (!minutes.organisation().isBlank()) {
      blocks.add(Paragraph.of(minutes.organisation(), DocumentStyle.small().bold()));
      blocks.add(new Spacer(4));
    }
    blocks.add(Paragraph.of(s.text("minutes.title"), DocumentStyle.title()).withLineHeight(1.2f));
    blocks.add(
        Paragraph.of(
            s.text("minutes.meeting", String.valueOf(meeting.id()), meeting.date()),
            DocumentStyle.body().withSize(11)));
    blocks.add(new Spacer(6));
    blocks.add(new Rule(1, DocumentStyle.ACCENT));
    blocks.add(new Spacer(10));
    blocks.add(
        DocumentStyle.labelled(
            s.text("minutes.date"), meeting.date().toString(), DocumentStyle.body()));
    blocks.add(
        DocumentStyle.labelled(
            s.text("minutes.chair"), meeting.chair().name(), DocumentStyle.body()));
    blocks.add(new Spacer(10));
    return blocks;
  }

  private List<Block> attendance(Meeting meeting) {
    Table.Builder table =
        Table.builder()
            .column(3, Align.LEFT)
            .column(4, Align.LEFT)
            .column(2, Align.LEFT)
            .column(1.6f, Align.LEFT)
            .style(DocumentStyle.table())
            .header(
                DocumentStyle.head(s.text("minutes.name")),
                DocumentStyle.head(s.text("minutes.organisation")),
                DocumentStyle.head(s.text("minutes.sector")),
                DocumentStyle.head(s.text("minutes.role")));
    TextStyle body = DocumentStyle.body();
    for (PanelMember m : meeting.present()) {
      table.row(
          DocumentStyle.cell(m.name(), body),
          DocumentStyle.cell(m.organisation(), body),
          DocumentStyle.cell(m.sector().displayName(s.locale()), body),
          DocumentStyle.cell(
              m.id() == meeting.chair().id() ? s.text("minutes.chairRole") : "", body));
    }
    return List.of(
        Paragraph.heading(
            s.text("minutes.present", meeting.present().size()), DocumentStyle.heading()),
        new Spacer(4),
        table.build(),
        new Spacer(12));
  }

  private List<Block> conflicts() {
    List<Block> blocks = new ArrayList<>();
    blocks.add(Paragraph.heading(s.text("minutes.conflicts"), DocumentStyle.heading()));
    blocks.add(new Spacer(4));
    List<Conflict> conflicts = minutes.conflicts();
    if (conflicts.isEmpty()) {
      blocks.add(Paragraph.of(s.text("minutes.noConflicts"), DocumentStyle.body()));
    } else {
      Table.Builder table =
          Table.builder()
              .column(3, Align.LEFT)
              .column(2.4f, Align.LEFT)
              .column(5, Align.LEFT)
              .style(DocumentStyle.table())
              .header(
                  DocumentStyle.head(s.text("minutes.member")),
                  DocumentStyle.head(s.text("minutes.unit")),
                  DocumentStyle.head(s.text("minutes.reason")));
      TextStyle body = DocumentStyle.body();
      for (Conflict c : conflicts) {
        table.row(
            DocumentStyle.cell(c.member().name(), body),
            DocumentStyle.cell(c.unit().toString(), body),
            DocumentStyle.cell(c.reason().orElse("\u2013"), body));
      }
      blocks.add(table.build());
    }
    blocks.add(new Spacer(14));
    return blocks;
  }

  private List<Block> item(int number, Minutes.Item item) {
    List<Block> blocks = new ArrayList<>();
    TextStyle body = DocumentStyle.body();
    blocks.add(
        Paragraph.heading(
            "\u00a7 " + number + "  " + item.unit() + "  " + item.titleSv(),
            DocumentStyle.subheading().withSize(10.5f)));
    item.titleEn()
        .ifPresent(
            en -> blocks.add(Paragraph.of(en, DocumentStyle.small().italic()).keptWithNext()));
    blocks.add(new Spacer(3));
    blocks.add(
        DocumentStyle.labelled(
            s.text("minutes.unitVersion"),
            s.text(
                "minutes.unitVersionValue",
                item.unit().code().value(),
                String.valueOf(item.unit().version())),
            body));
    blocks.add(
        DocumentStyle.labelled(s.text("minutes.hash"), item.hash().hex(), DocumentStyle.mono()));
    if (!item.authors().isEmpty()) {
      blocks.add(
          DocumentStyle.labelled(s.text("minutes.authorsNotVoting"), names(item.authors()), body));
    }
    if (!item.conflicts().isEmpty()) {
      blocks.add(
          DocumentStyle.labelled(
              s.text("minutes.conflictsNotVoting"),
              names(item.conflicts().stream().map(Conflict::member).toList()),
              body));
    }
    blocks.add(new Spacer(5));
    if (item.votes().isEmpty()) {
      blocks.add(Paragraph.of(s.text("minutes.noVotes"), body));
    } else {
      blocks.add(votes(item));
    }
    blocks.add(new Spacer(5));
    blocks.addAll(decision(item));
    // A unit's paragraph starts on a new page rather than be split (unless longer than a page).
    return List.of(new KeepTogether(blocks), new Spacer(14));
  }

  private Table votes(Minutes.Item item) {
    TextStyle body = DocumentStyle.body();
    Table.Builder table =
        Table.builder()
            .column(3, Align.LEFT)
            .column(3.4f, Align.LEFT)
            .column(5, Align.LEFT)
            .style(DocumentStyle.table())
            .header(
                DocumentStyle.head(s.text("minutes.member")),
                DocumentStyle.head(s.text("minutes.vote")),
                DocumentStyle.head(s.text("minutes.comment")));
    for (Vote v : item.votes()) {
      List<Paragraph> choice = new ArrayList<>();
      choice.add(Paragraph.of(v.ballot().choice().displayName(s.locale()), body.bold()));
      v.ballot()
          .conditions()
          .ifPresent(
              c ->
                  choice.add(
                      Paragraph.of(s.text("minutes.voteConditions", c.text(), c.due()), body)));
      if (!item.counts(v)) {
        choice.add(Paragraph.of(s.text("minutes.notCounted"), DocumentStyle.small().italic()));
      }
      table.row(
          Table.Cell.of(
              Paragraph.of(v.member().name(), body),
              Paragraph.of(v.member().sector().displayName(s.locale()), DocumentStyle.small())),
          new Table.Cell(choice),
          DocumentStyle.cell(v.ballot().comment().orElse(""), body));
    }
    return table.build();
  }

  private List<Block> decision(Minutes.Item item) {
    List<Block> blocks = new ArrayList<>();
    TextStyle body = DocumentStyle.body();
    if (item.decision().isEmpty()) {
      blocks.add(Paragraph.of(s.text("minutes.noDecision"), body.italic()));
      return blocks;
    }
    PanelDecision d = item.decision().get();
    blocks.add(
        DocumentStyle.labelled(
            s.text("minutes.decision"),
            d.outcome().displayName(s.locale()),
            body.bold().withColor(DocumentStyle.ACCENT)));
    blocks.add(
        Paragraph.of(
            s.text(
                "minutes.tally",
                d.tally().approve(),
                d.tally().approveWithConditions(),
                d.tally().refer(),
                d.tally().reject()),
            body));
    if (d.chairDecided()) {
      blocks.add(
          Paragraph.of(s.text("minutes.chairDecided", minutes.meeting().chair().name()), body));
    }
    if (!d.conditions().isEmpty()) {
      blocks.add(Paragraph.of(s.text("minutes.conditions"), body.bold()).keptWithNext());
      for (String condition : d.conditions()) {
        blocks.add(Paragraph.of("\u2013 " + condition, body));
      }
      d.conditionsDue()
          .ifPresent(due -> blocks.add(Paragraph.of(s.text("minutes.conditionsDue", due), body)));
    }
    d.approvedUntil()
        .ifPresent(
            until ->
                blocks.add(Paragraph.of(s.text("minutes.approvalPeriod", d.date(), until), body)));
    item.conditionsMet()
        .ifPresent(
            met ->
                blocks.add(
                    Paragraph.of(
                        s.text("minutes.conditionsMet", met.by().name(), met.on()),
                        body.italic())));
    return blocks;
  }

  /** A qualification version's paragraph: like a unit's, without conflicts of interest. */
  private List<Block> qualification(int number, Minutes.QualificationItem item) {
    List<Block> blocks = new ArrayList<>();
    TextStyle body = DocumentStyle.body();
    blocks.add(
        Paragraph.heading(
            "\u00a7 " + number + "  " + item.qualification() + "  " + item.titleSv(),
            DocumentStyle.subheading().withSize(10.5f)));
    item.titleEn()
        .ifPresent(
            en -> blocks.add(Paragraph.of(en, DocumentStyle.small().italic()).keptWithNext()));
    blocks.add(new Spacer(3));
    blocks.add(
        DocumentStyle.labelled(
            s.text("minutes.qualificationVersion"),
            s.text(
                "minutes.unitVersionValue",
                item.qualification().code().value(),
                String.valueOf(item.qualification().version())),
            body));
    blocks.add(
        DocumentStyle.labelled(s.text("minutes.hash"), item.hash().hex(), DocumentStyle.mono()));
    if (!item.authors().isEmpty()) {
      blocks.add(
          DocumentStyle.labelled(s.text("minutes.authorsNotVoting"), names(item.authors()), body));
    }
    blocks.add(new Spacer(5));
    if (item.votes().isEmpty()) {
      blocks.add(Paragraph.of(s.text("minutes.noVotes"), body));
    } else {
      Table.Builder table =
          Table.builder()
              .column(3, Align.LEFT)
              .column(3.4f, Align.LEFT)
              .column(5, Align.LEFT)
              .style(DocumentStyle.table())
              .header(
                  DocumentStyle.head(s.text("minutes.member")),
                  DocumentStyle.head(s.text("minutes.vote")),
                  DocumentStyle.head(s.text("minutes.comment")));
      for (QualificationVote v : item.votes()) {
        List<Paragraph> choice = new ArrayList<>();
        choice.add(Paragraph.of(v.ballot().choice().displayName(s.locale()), body.bold()));
        v.ballot()
            .conditions()
            .ifPresent(
                c ->
                    choice.add(
                        Paragraph.of(s.text("minutes.voteConditions", c.text(), c.due()), body)));
        if (item.authors().stream().anyMatch(a -> a.id() == v.member().id())) {
          choice.add(Paragraph.of(s.text("minutes.notCounted"), DocumentStyle.small().italic()));
        }
        table.row(
            Table.Cell.of(
                Paragraph.of(v.member().name(), body),
                Paragraph.of(v.member().sector().displayName(s.locale()), DocumentStyle.small())),
            new Table.Cell(choice),
            DocumentStyle.cell(v.ballot().comment().orElse(""), body));
      }
      blocks.add(table.build());
    }
    blocks.add(new Spacer(5));
    if (item.decision().isEmpty()) {
      blocks.add(Paragraph.of(s.text("minutes.noDecision"), body.italic()));
    } else {
      QualificationDecision d = item.decision().get();
      blocks.add(
          DocumentStyle.labelled(
              s.text("minutes.decision"),
              d.outcome().displayName(s.locale()),
              body.bold().withColor(DocumentStyle.ACCENT)));
      blocks.add(
          Paragraph.of(
              s.text(
                  "minutes.tally",
                  d.tally().approve(),
                  d.tally().approveWithConditions(),
                  d.tally().refer(),
                  d.tally().reject()),
              body));
      if (d.chairDecided()) {
        blocks.add(
            Paragraph.of(s.text("minutes.chairDecided", minutes.meeting().chair().name()), body));
      }
      if (!d.conditions().isEmpty()) {
        blocks.add(Paragraph.of(s.text("minutes.conditions"), body.bold()).keptWithNext());
        for (String condition : d.conditions()) {
          blocks.add(Paragraph.of("\u2013 " + condition, body));
        }
        d.conditionsDue()
            .ifPresent(due -> blocks.add(Paragraph.of(s.text("minutes.conditionsDue", due), body)));
      }
      d.approvedUntil()
          .ifPresent(
              until ->
                  blocks.add(
                      Paragraph.of(s.text("minutes.approvalPeriod", d.date(), until), body)));
    }
    return List.of(new KeepTogether(blocks), new Spacer(14));
  }

  private Block signature(Meeting meeting) {
    TextStyle body = DocumentStyle.body();
    return KeepTogether.of(
        Paragraph.of(s.text("minutes.signature"), body),
        new Spacer(30),
        new Rule(0.5f, DocumentStyle.MUTED),
        Paragraph.of(meeting.chair().name() + ", " + s.text("minutes.chairRole"), body));
  }

  private RunningText footer(int page, int pages) {
    Meeting meeting = minutes.meeting();
    return new RunningText(
        s.text("minutes.footer", String.valueOf(meeting.id()), meeting.date()),
        "",
        s.text("page", page, pages));
  }

  private static String names(List<PanelMember> members) {
    return members.stream().map(PanelMember::name).collect(Collectors.joining(", "));
  }
}
