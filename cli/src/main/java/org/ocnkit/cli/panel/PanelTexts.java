package org.ocnkit.cli.panel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ocnkit.EnvironmentException;
import org.ocnkit.Message;
import org.ocnkit.cli.Cli;
import org.ocnkit.cli.TextTable;
import org.ocnkit.io.AtomicFiles;
import org.ocnkit.panel.ConditionsSignOff;
import org.ocnkit.panel.Meeting;
import org.ocnkit.panel.PanelDecision;
import org.ocnkit.panel.PanelMember;
import org.ocnkit.panel.UnitStateChange;
import org.ocnkit.panel.Vote;

/**
 * What the panel commands print: their texts in the user's language (from this package's bundle),
 * the JSON shapes of the panel's records, and the writing of PDF files. Public so the {@code unit
 * submit|render|withdraw} commands share it.
 */
public final class PanelTexts {
  private final Cli cli;

  public PanelTexts(Cli cli) {
    this.cli = cli;
  }

  /** A text of this package's bundle in the user's language. */
  public String text(String key, Object... args) {
    return cli.text(PanelTexts.class, key, args);
  }

  /** "Name (sector)" or "Name (sector, chair)". */
  String member(PanelMember m, boolean chairing) {
    String sector = m.sector().displayName(cli.locale());
    return m.name() + " (" + (chairing ? text("member.sectorChair", sector) : sector) + ")";
  }

  void printDecision(PanelDecision d, Meeting meeting) {
    cli.out()
        .println(
            text(
                "decide.result",
                d.unit(),
                String.valueOf(d.meetingId()),
                d.date(),
                d.outcome().displayName(cli.locale())));
    cli.out().println("  " + text("decide.hash", d.hash().hex()));
    cli.out()
        .println(
            "  "
                + text(
                    "decide.tally",
                    d.votes().size(),
                    d.tally().approve(),
                    d.tally().approveWithConditions(),
                    d.tally().refer(),
                    d.tally().reject()));
    TextTable table =
        new TextTable("  " + text("table.member"), text("table.vote"), text("table.comment"));
    for (Vote v : d.votes()) {
      table.row(
          "  " + member(v.member(), v.member().id() == meeting.chair().id()),
          v.ballot().choice().displayName(cli.locale()),
          v.ballot().comment().orElse(""));
    }
    table.print(cli.out());
    if (d.chairDecided()) {
      cli.out().println("  " + text("decide.chairDecided", meeting.chair().name()));
    }
    for (String condition : d.conditions()) {
      cli.out().println("  " + text("decide.condition", condition));
    }
    d.conditionsDue().ifPresent(due -> cli.out().println("  " + text("decide.due", due)));
    d.approvedUntil().ifPresent(until -> cli.out().println("  " + text("decide.until", until)));
  }

  // JSON -------------------------------------------------------------------------------------

  static Map<String, Object> json(PanelMember m) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", m.id());
    json.put("name", m.name());
    json.put("organisation", m.organisation());
    json.put("sector", m.sector().code());
    json.put("chair", m.chair());
    return json;
  }

  static Map<String, Object> json(Meeting meeting) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", meeting.id());
    json.put("date", meeting.date());
    json.put("chair", json(meeting.chair()));
    json.put("present", meeting.present().stream().map(PanelTexts::json).toList());
    return json;
  }

  static Map<String, Object> json(Vote v) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", v.id());
    json.put("meeting", v.meetingId());
    json.put("unit", v.unit().toString());
    json.put("member", json(v.member()));
    json.put("vote", v.ballot().choice().code());
    json.put("comment", v.ballot().comment());
    json.put("conditions", v.ballot().conditions().map(c -> c.text()));
    json.put("due", v.ballot().conditions().map(c -> c.due()));
    return json;
  }

  static Map<String, Object> json(PanelDecision d) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", d.id());
    json.put("identifier", d.identifier());
    json.put("meeting", d.meetingId());
    json.put("date", d.date());
    json.put("unit", d.unit().toString());
    json.put("hash", d.hash().hex());
    json.put("outcome", d.outcome());
    json.put("tally", d.tally());
    json.put("chairDecided", d.chairDecided());
    json.put("votes", d.votes().stream().map(PanelTexts::json).toList());
    json.put("conditions", d.conditions());
    json.put("conditionsDue", d.conditionsDue());
    json.put("approvedUntil", d.approvedUntil());
    return json;
  }

  static Map<String, Object> json(ConditionsSignOff s) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", s.id());
    json.put("unit", s.decision().unit().toString());
    json.put("decision", s.decision().identifier());
    json.put("by", json(s.by()));
    json.put("on", s.on());
    json.put("approvedUntil", s.decision().approvedUntil());
    return json;
  }

  /** A unit's move from one state to another, as JSON. */
  public static Map<String, Object> json(UnitStateChange change) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("unit", change.unit().toString());
    json.put("hash", change.hash().hex());
    json.put("from", change.from());
    json.put("to", change.to());
    return json;
  }

  static List<Map<String, Object>> members(List<PanelMember> members) {
    return members.stream().map(PanelTexts::json).toList();
  }

  // Files ------------------------------------------------------------------------------------

  /**
   * Writes {@code bytes} to {@code file} (replacing it) through a temporary file in the same
   * folder, so a reader never sees half a document.
   *
   * @return the file written, absolute
   */
  public Path write(Path file, byte[] bytes) {
    Path target = cli.path(file).toAbsolutePath();
    try {
      AtomicFiles.replace(target, bytes);
    } catch (IOException e) {
      throw new EnvironmentException(
          Message.of(PanelTexts.class, "file.cannotWrite", target, String.valueOf(e.getMessage())),
          e);
    } catch (UncheckedIOException e) {
      throw new EnvironmentException(
          Message.of(PanelTexts.class, "file.cannotWrite", target, String.valueOf(e.getMessage())),
          e);
    }
    return target;
  }
}
