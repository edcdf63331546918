package org.ocnkit.cli.evidence;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.ocnkit.cli.Cli;
import org.ocnkit.cli.ExitCode;
import org.ocnkit.cli.JsonOption;
import org.ocnkit.cli.TerminalText;
import org.ocnkit.cli.learner.JsonValues;
import org.ocnkit.evidence.AttachedFile;
import org.ocnkit.evidence.CoveredCriterion;
import org.ocnkit.evidence.EvidenceFilter;
import org.ocnkit.evidence.EvidenceItem;
import org.ocnkit.evidence.EvidenceItemId;
import org.ocnkit.evidence.EvidenceSignOff;
import org.ocnkit.evidence.Judgement;
import org.ocnkit.evidence.NewEvidence;
import org.ocnkit.evidence.WorkbookImport;
import org.ocnkit.evidence.WrittenWorkbook;
import org.ocnkit.learner.ApprenticeId;
import org.ocnkit.learner.Code;
import org.ocnkit.learner.EnrolmentId;
import org.ocnkit.unit.AssessmentMethod;
import org.ocnkit.unit.CriterionId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ocn evidence add|sign-off|list|workbook|import}: evidence and its judgement. */
@Command(
    name = "evidence",
    mixinStandardHelpOptions = true,
    resourceBundle = "org.ocnkit.cli.evidence.messages",
    subcommands = {
      EvidenceCommand.Add.class,
      EvidenceCommand.SignOffItems.class,
      EvidenceCommand.ListItems.class,
      EvidenceCommand.Workbook.class,
      EvidenceCommand.Import.class
    })
public final class EvidenceCommand {

  /** Records an evidence item, or a correction of one. */
  @Command(name = "add", mixinStandardHelpOptions = true)
  static final class Add implements Callable<Integer> {
    private final Cli cli;
    @Spec CommandSpec spec;

    @Option(names = "--enrolment", paramLabel = "E", descriptionKey = "evidence.add.enrolment")
    String enrolment;

    @Option(names = "--supersedes", paramLabel = "EV", descriptionKey = "evidence.add.supersedes")
    String supersedes;

    @Option(names = "--reason", paramLabel = "TEXT", descriptionKey = "evidence.add.reason")
    String reason;

    @Option(
        names = "--date",
        required = true,
        paramLabel = "YYYY-MM-DD",
        descriptionKey = "evidence.add.date")
    LocalDate date;

    @Option(
        names = "--method",
        required = true,
        paramLabel = "METHOD",
        converter = Texts.MethodConverter.class,
        descriptionKey = "evidence.add.method")
    AssessmentMethod method;

    @Option(
        names = "--criteria",
        required = true,
        paramLabel = "1.1,1.2",
        converter = Texts.CriteriaConverter.class,
        descriptionKey = "evidence.add.criteria")
    Set<CriterionId> criteria;

    @Option(
        names = "--description",
        required = true,
        paramLabel = "TEXT",
        descriptionKey = "evidence.add.description")
    String description;

    @Option(
        names = "--recorded-by",
        required = true,
        paramLabel = "CODE",
        descriptionKey = "evidence.add.recordedBy")
    String recordedBy;

    @Option(
        names = "--claim",
        paramLabel = "met|not-yet",
        converter = Texts.JudgementConverter.class,
        descriptionKey = "evidence.add.claim")
    Judgement claim;

    @Option(names = "--attach", paramLabel = "FILE", descriptionKey = "evidence.add.attach")
    List<Path> attachments = new ArrayList<>();

    @Mixin JsonOption json;

    Add(Cli cli) {
      this.cli = cli;
    }

    @Override
    public Integer call() {
      if ((enrolment == null) == (supersedes == null)) {
        throw new ParameterException(spec.commandLine(), Texts.of(cli, "evidence.add.which"));
      }
      if (reason != null && supersedes == null) {
        throw new ParameterException(spec.commandLine(), Texts.of(cli, "evidence.add.reasonOnly"));
      }
      NewEvidence.Builder b =
          NewEvidence.builder()
              .date(date)
              .method(method)
              .description(description)
              .criteria(criteria)
              .recordedBy(Code.parse(recordedBy));
      if (enrolment != null) {
        b.enrolment(EnrolmentId.parse(enrolment));
      } else {
        b.supersedes(EvidenceItemId.parse(supersedes), reason == null ? "" : reason);
      }
      if (claim != null) {
        b.claim(claim);
      }
      attachments.forEach(f -> b.attachment(cli.path(f)));
      EvidenceItem item = cli.ocn().evidence().add(cli.actor(), b.build());
      return cli.print(
          json,
          () -> JsonValues.plain(item),
          () -> {
            cli.out()
                .println(
                    Texts.of(
                        cli,
                        item.supersedes().isPresent()
                            ? "evidence.add.corrected"
                            : "evidence.add.done",
                        item.id(),
                        item.enrolment(),
                        ids(item),
                        item.supersedes().map(Object::toString).orElse("")));
          });
    }
  }

  /** A qualified assessor judges and signs items off. */
  @Command(name = "sign-off", mixinStandardHelpOptions = true)
  static final class SignOffItems implements Callable<Integer> {
    private final Cli cli;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "EV", arity = "0..*", descriptionKey = "evidence.signOff.items")
    List<String> items = new ArrayList<>();

    @Option(names = "--enrolment", paramLabel = "E", descriptionKey = "evidence.signOff.enrolment")
    String enrolment;

    @Option(
        names = "--by",
        required = true,
        paramLabel = "ASSESSOR",
        descriptionKey = "evidence.signOff.by")
    String by;

    @Option(
        names = "--met",
        paramLabel = "1.1,1.2",
        converter = Texts.CriteriaConverter.class,
        descriptionKey = "evidence.signOff.met")
    Set<CriterionId> met = new LinkedHashSet<>();

    @Option(
        names = "--not-yet",
        paramLabel = "2.1",
        converter = Texts.CriteriaConverter.class,
        descriptionKey = "evidence.signOff.notYet")
    Set<CriterionId> notYet = new LinkedHashSet<>();

    @Option(names = "--as-claimed", descriptionKey = "evidence.signOff.asClaimed")
    boolean asClaimed;

    @Mixin JsonOption json;

    SignOffItems(Cli cli) {
      this.cli = cli;
    }

    @Override
    public Integer call() {
      if (items.isEmpty() == (enrolment == null)) {
        throw new ParameterException(spec.commandLine(), Texts.of(cli, "evidence.signOff.which"));
      }
      List<EvidenceItem> signed =
          cli.ocn()
              .evidence()
              .signOff(
                  cli.actor(),
                  new EvidenceSignOff(
                      items.stream().map(EvidenceItemId::parse).toList(),
                      Optional.ofNullable(enrolment).map(EnrolmentId::parse),
                      Code.parse(by),
                      met,
                      notYet,
                      asClaimed));
      return cli.print(
          json,
          () -> JsonValues.plain(signed),
          () -> {
            for (EvidenceItem item : signed) {
              cli.out()
                  .println(
                      Texts.of(
                          cli,
                          "evidence.signOff.done",
                          item.id(),
                          item.enrolment(),
                          judgements(cli, item)));
            }
          });
    }
  }

  /** Lists items, with their supersession and sign-off. */
  @Command(name = "list", mixinStandardHelpOptions = true)
  static final class ListItems implements Callable<Integer> {
    private final Cli cli;

    @Option(names = "--enrolment", paramLabel = "E", descriptionKey = "evidence.list.enrolment")
    String enrolment;

    @Option(names = "--apprentice", paramLabel = "A", descriptionKey = "evidence.list.apprentice")
    String apprentice;

    @Mixin JsonOption json;

    ListItems(Cli cli) {
      this.cli = cli;
    }

    @Override
    public Integer call() {
      List<EvidenceItem> items =
          cli.ocn()
              .evidence()
              .list(
                  new EvidenceFilter(
                      Optional.ofNullable(enrolment).map(EnrolmentId::parse),
                      Optional.ofNullable(apprentice).map(ApprenticeId::parse)));
      return cli.print(
          json,
          () -> JsonValues.plain(items),
          () -> {
            for (EvidenceItem item : items) {
              cli.out()
                  .println(
                      Texts.of(
                          cli,
                          "evidence.list.item",
                          item.id(),
                          item.enrolment(),
                          item.date(),
                          item.method().displayName(cli.locale()),
                          TerminalText.of(item.recordedBy().name()),
                          item.recordedBy().code(),
                          Texts.of(cli, "evidence.role." + item.recordedBy().role().name())));
              cli.out()
                  .println("    " + Texts.of(cli, "evidence.list.criteria", judgements(cli, item)));
              cli.out().println("    \"" + TerminalText.of(item.description()) + "\"");
              for (AttachedFile f : item.attachments()) {
                cli.out()
                    .println(
                        "    "
                            + Texts.of(
                                cli,
                                "evidence.list.attachment",
                                TerminalText.of(f.name()),
                                f.sizeBytes(),
                                f.sha256().substring(0, 12)));
              }
              item.supersedes()
                  .ifPresent(
                      old ->
                          cli.out()
                              .println(
                                  "    "
                                      + Texts.of(
                                          cli,
                                          "evidence.list.supersedes",
                                          old,
                                          TerminalText.of(item.supersedeReason().orElse("")))));
              item.signOff()
                  .ifPresent(
                      s ->
                          cli.out()
                              .println(
                                  "    "
                                      + Texts.of(
                                          cli,
                                          "evidence.list.signedOff",
                                          TerminalText.of(s.assessorName()),
                                          s.assessor(),
                                          s.at())));
              if (item.signOff().isEmpty() && item.current()) {
                cli.out().println("    " + Texts.of(cli, "evidence.list.waiting"));
              }
              item.supersededBy()
                  .ifPresent(
                      newer ->
                          cli.out()
                              .println(
                                  "    " + Texts.of(cli, "evidence.list.supersededBy", newer)));
            }
            cli.out().println(Texts.of(cli, "evidence.list.count", items.size()));
          });
    }
  }

  /** Writes the supervisor workbook of a placement. */
  @Command(name = "workbook", mixinStandardHelpOptions = true)
  static final class Workbook implements Callable<Integer> {
    private final Cli cli;

    @Option(
        names = "--placement",
        required = true,
        paramLabel = "PLACEMENT",
        descriptionKey = "evidence.workbook.placement")
    String placement;

    @Option(
        names = "--out",
        required = true,
        paramLabel = "FILE.xlsx",
        descriptionKey = "evidence.workbook.out")
    Path out;

    Workbook(Cli cli) {
      this.cli = cli;
    }

    @Override
    public Integer call() {
      WrittenWorkbook written =
          cli.ocn().evidence().writeWorkbook(Code.parse(placement), cli.path(out));
      for (WrittenWorkbook.Sheet s : written.sheets()) {
        cli.out()
            .println(
                Texts.of(
                    cli,
                    "evidence.workbook.sheet",
                    s.name(),
                    s.enrolment(),
                    s.unit(),
                    s.criteria()));
      }
      cli.out().println(Texts.of(cli, "evidence.workbook.done", out, written.sheets().size()));
      return ExitCode.OK;
    }
  }

  /** Imports a filled-in supervisor workbook, all or nothing. */
  @Command(name = "import", mixinStandardHelpOptions = true)
  static final class Import implements Callable<Integer> {
    private final Cli cli;

    @Parameters(paramLabel = "FILE.xlsx", descriptionKey = "evidence.import.file")
    Path file;

    @Mixin JsonOption json;

    Import(Cli cli) {
      this.cli = cli;
    }

    @Override
    public Integer call() {
      WorkbookImport result =
          cli.ocn().evidence().importWorkbook(cli.actor(), cli.path(file), file.toString());
      return cli.print(
          json,
          () -> JsonValues.plain(result),
          () -> {
            for (WorkbookImport.Row row : result.added()) {
              cli.out()
                  .println(
                      Texts.of(
                          cli,
                          "evidence.import.added",
                          row.item(),
                          row.location(),
                          row.enrolment(),
                          row.criterion(),
                          row.claim().displayName(cli.locale())));
            }
            cli.out()
                .println(
                    Texts.of(
                        cli,
                        "evidence.import.summary",
                        result.added().size(),
                        result.unchanged().size()));
          });
    }
  }

  private static String ids(EvidenceItem item) {
    return item.criteria().stream().map(c -> c.id().toString()).collect(Collectors.joining(", "));
  }

  /** "1.1 met, 1.2 not yet (claimed met)". */
  static String judgements(Cli cli, EvidenceItem item) {
    List<String> parts = new ArrayList<>();
    for (CoveredCriterion c : item.criteria()) {
      String text = c.id().toString();
      if (c.judgement().isPresent()) {
        text += " " + c.judgement().get().displayName(cli.locale());
      } else if (c.claim().isPresent()) {
        text += " " + Texts.of(cli, "evidence.claimed", c.claim().get().displayName(cli.locale()));
      }
      parts.add(text);
    }
    return String.join(", ", parts);
  }
}
