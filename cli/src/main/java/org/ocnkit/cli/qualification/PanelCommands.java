package org.ocnkit.cli.qualification;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.ocnkit.cli.Cli;
import org.ocnkit.cli.ExitCode;
import org.ocnkit.cli.Json;
import org.ocnkit.cli.JsonOption;
import org.ocnkit.cli.TerminalText;
import org.ocnkit.cli.panel.PanelTexts;
import org.ocnkit.panel.Ballot;
import org.ocnkit.panel.Panel;
import org.ocnkit.panel.QualificationDecision;
import org.ocnkit.panel.QualificationStateChange;
import org.ocnkit.panel.QualificationVote;
import org.ocnkit.panel.VoteChoice;
import org.ocnkit.qualification.QualificationRef;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The panel's workflow for qualifications, under {@code ocn qualification}: submit, vote, decide,
 * conditions-met and render (the reading copy). Meetings and members are the panel's own ({@code
 * ocn panel meeting open}); the minutes ({@code ocn panel minutes}) list the qualifications after
 * the units.
 */
final class PanelCommands {
  private PanelCommands() {}

  private static QualificationRef exact(String text) {
    QualificationRef.Query query = QualificationRef.parse(text);
    return new QualificationRef(
        query.code(),
        query
            .version()
            .orElseThrow(
                () ->
                    new org.ocnkit.InvalidInputException(
                        org.ocnkit.Message.of(
                            QualificationTexts.class, "ref.versionMissing", text))));
  }

  static Map<String, Object> json(QualificationDecision d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", d.id());
    m.put("identifier", d.identifier());
    m.put("meeting", d.meetingId());
    m.put("date", d.date().toString());
    m.put("qualification", d.qualification().toString());
    m.put("hash", d.hash().hex());
    m.put("outcome", d.outcome());
    m.put("approve", d.tally().approve());
    m.put("approveWithConditions", d.tally().approveWithConditions());
    m.put("refer", d.tally().refer());
    m.put("reject", d.tally().reject());
    m.put("conditions", d.conditions());
    m.put("conditionsDue", d.conditionsDue().map(LocalDate::toString).orElse(null));
    m.put("approvedUntil", d.approvedUntil().map(LocalDate::toString).orElse(null));
    return m;
  }

  /** {@code ocn qualification submit CODE[@V]}. */
  @Command(name = "submit", mixinStandardHelpOptions = true)
  static final class Submit implements Callable<Integer> {
    private final Cli cli;

    @Parameters(paramLabel = "CODE[@V]", descriptionKey = "panel.qualification")
    String qualification;

    @Mixin JsonOption json;

    Submit(Cli cli) {
      this.cli = cli;
    }

    @Override
    public Integer call() {
      QualificationStateChange change =
          cli.ocn().qualificationPanel().submit(cli.actor(), QualificationRef.parse(qualification));
      return cli.print(
          json,
          () ->
              Json.object(
                  "qualification",
                  change.qualification().toString(),
                  "hash",
                  change.hash().hex(),
                  "from",
                  change.from(),
                  "to",
                  change.to()),
          () -> {
            cli.out()
                .println(
                    new QualificationTexts(cli)
                        .text("panel.submitted", change.qualification(), change.hash().prefix()));
          });
    }
  }

  /** {@code ocn qualification vote --meeting ID CODE@V --member M,... --vote V}. */
  @Command(name = "vote", mixinStandardHelpOptions = true)
  static final class Vote implements Callable<Integer> {
    private final Cli cli;

    @Option(
        names = "--meeting",
        paramLabel = "ID",
        required = true,
        descriptionKey = "panel.meeting")
    long meeting;

    @Parameters(paramLabel = "CODE@V", descriptionKey = "panel.qualification")
    String qualification;

    @Option(
        names = "--member",
        paramLabel = "MEMBER",
        split = ",",
        required = true,
        descriptionKey = "panel.member")
    List<String> members;

    @Option(names = "--vote", paramLabel = "VOTE", required = true, descriptionKey = "panel.vote")
    String vote;

    @Option(names = "--comment", paramLabel = "TEXT", descriptionKey = "panel.comment")
    String comment;

    @Option(names = "--conditions", paramLabel = "TEXT", descriptionKey = "panel.conditions")
    String conditions;

    @Option(names = "--due", paramLabel = "DATE|PERIOD", descriptionKey = "panel.due")
    String due;

    @Mixin JsonOption json;

    Vote(Cli cli) {
      this.cli = cli;
    }

    @Override
    public Integer call() {
      QualificationRef ref = exact(qualification);
      Panel units = cli.ocn().panel();
      Optional<LocalDate> dueDate =
          due == null
              ? Optional.empty()
              : Optional.of(Ballot.parseDue(due, units.meeting(meeting).date()));
      Ballot ballot =
          Ballot.of(
              VoteChoice.parse(vote),
              Optional.ofNullable(comment),
              Optional.ofNullable(conditions),
              dueDate);
      List<QualificationVote> cast =
          cli.ocn().qualificationPanel().vote(cli.actor(), meeting, ref, members, ballot);
      return cli.print(
          json,
          () ->
              cast.stream()
                  .map(
                      v ->
                          Json.object(
                              "id",
                              v.id(),
                              "member",
                              v.member().name(),
                              "qualification",
                              v.qualification().toString(),
                              "vote",
                              v.ballot().choice()))
                  .toList(),
          () -> {
            QualificationTexts t = new QualificationTexts(cli);
            for (QualificationVote v : cast) {
              cli.out()
                  .println(
                      t.text(
                          "panel.voted",
                          v.member().name(),
                          v.qualification(),
                          v.ballot().choice().displayName(cli.locale())));
            }
          });
    }
  }

  /** {@code ocn qualification decide --meeting ID CODE@V}. */
  @Command(name = "decide", mixinStandardHelpOptions = true)
  static final class Decide implements Callable<Integer> {
    private final Cli cli;

    @Option(
        names = "--meeting",
        paramLabel = "ID",
        required = true,
        descriptionKey = "panel.meeting")
    long meeting;

    @Parameters(paramLabel = "CODE@V", descriptionKey = "panel.qualification")
    String qualification;

    @Mixin JsonOption json;

    Decide(Cli cli) {
      this.cli = cli;
    }

    @Override
    public Integer call() {
      QualificationDecision d =
          cli.ocn().qualificationPanel().decide(cli.actor(), meeting, exact(qualification));
      return cli.print(
          json,
          () -> json(d),
          () -> {
            QualificationTexts t = new QualificationTexts(cli);
            cli.out()
                .println(
                    t.text(
                        "panel.decided",
                        d.qualification(),
                        String.valueOf(meeting),
                        d.date(),
                        d.outcome().displayName(cli.locale())));
            cli.out().println("  " + t.text("panel.hash", d.hash().hex()));
            cli.out()
                .println(
                    "  "
                        + t.text(
                            "panel.tally",
                            d.tally().approve(),
                            d.tally().approveWithConditions(),
                            d.tally().refer(),
                            d.tally().reject()));
            d.approvedUntil().ifPresent(u -> cli.out().println("  " + t.text("panel.until", u)));
            d.conditions().forEach(c -> cli.out().println("  - " + TerminalText.of(c)));
          });
    }
  }

  /** {@code ocn qualification conditions-met CODE@V --by MEMBER}. */
  @Command(name = "conditions-met", mixinStandardHelpOptions = true)
  static final class ConditionsMet implements Callable<Integer> {
    private final Cli cli;

    @Parameters(paramLabel = "CODE@V", descriptionKey = "panel.qualification")
    String qualification;

    @Option(names = "--by", paramLabel = "MEMBER", required = true, descriptionKey = "panel.by")
    String by;

    ConditionsMet(Cli cli) {
      this.cli = cli;
    }

    @Override
    public Integer call() {
      QualificationRef ref = exact(qualification);
      cli.ocn().qualificationPanel().conditionsMet(cli.actor(), ref, by);
      cli.out().println(new QualificationTexts(cli).text("panel.conditionsMet", ref, by));
      return ExitCode.OK;
    }
  }

  /** {@code ocn qualification render CODE[@V] --out F.pdf}: the panel's reading copy. */
  @Command(name = "render", mixinStandardHelpOptions = true)
  static final class Render implements Callable<Integer> {
    private final Cli cli;

    @Parameters(paramLabel = "CODE[@V]", descriptionKey = "panel.qualification")
    String qualification;

    @Option(names = "--out", paramLabel = "FILE", required = true, descriptionKey = "panel.out")
    Path out;

    Render(Cli cli) {
      this.cli = cli;
    }

    @Override
    public Integer call() {
      QualificationRef.Query query = QualificationRef.parse(qualification);
      byte[] pdf = cli.ocn().qualificationPanel().renderReadingCopy(query);
      Path written = new PanelTexts(cli).write(out, pdf);
      cli.out().println(new QualificationTexts(cli).text("panel.rendered", query, written));
      return ExitCode.OK;
    }
  }
}
