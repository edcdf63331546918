package org.ocnkit.cli.learner;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.ocnkit.cli.Cli;
import org.ocnkit.cli.Json;
import org.ocnkit.cli.JsonOption;
import org.ocnkit.cli.TerminalText;
import org.ocnkit.cli.TextTable;
import org.ocnkit.erasure.ErasedData;
import org.ocnkit.learner.Apprentice;
import org.ocnkit.learner.ApprenticeId;
import org.ocnkit.learner.BornAbroad;
import org.ocnkit.learner.Enrolment;
import org.ocnkit.learner.Gender;
import org.ocnkit.learner.NewApprentice;
import org.ocnkit.learner.RosterImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ocn apprentice add|import|list|show|erase}: the participants. */
@Command(
    name = "apprentice",
    mixinStandardHelpOptions = true,
    resourceBundle = "org.ocnkit.cli.learner.messages",
    subcommands = {
      ApprenticeCommand.Add.class,
      ApprenticeCommand.Import.class,
      ApprenticeCommand.ListApprentices.class,
      ApprenticeCommand.Show.class,
      ApprenticeCommand.Erase.class,
      org.ocnkit.cli.report.OutcomeCommand.class
    })
public final class ApprenticeCommand {

  /** Adds one apprentice. */
  @Command(name = "add", mixinStandardHelpOptions = true)
  static final class Add implements Callable<Integer> {
    private final Cli cli;

    @Option(
        names = "--first-name",
        required = true,
        paramLabel = "NAME",
        descriptionKey = "apprentice.add.firstName")
    String firstName;

    @Option(
        names = "--last-name",
        required = true,
        paramLabel = "NAME",
        descriptionKey = "apprentice.add.lastName")
    String lastName;

    @Option(
        names = "--birth-date",
        required = true,
        paramLabel = "YYYY-MM-DD",
        descriptionKey = "apprentice.add.birthDate")
    LocalDate birthDate;

    @Option(
        names = "--gender",
        required = true,
        paramLabel = "GENDER",
        converter = Texts.GenderConverter.class,
        descriptionKey = "apprentice.add.gender")
    Gender gender;

    @Option(
        names = "--born-abroad",
        required = true,
        paramLabel = "yes|no|unknown",
        converter = Texts.BornAbroadConverter.class,
        descriptionKey = "apprentice.add.bornAbroad")
    BornAbroad bornAbroad;

    @Option(
        names = "--programme",
        required = true,
        paramLabel = "NAME",
        descriptionKey = "apprentice.add.programme")
    String programme;

    @Option(
        names = "--start",
        required = true,
        paramLabel = "YYYY-MM-DD",
        descriptionKey = "apprentice.add.start")
    LocalDate start;

    @Option(names = "--end", paramLabel = "YYYY-MM-DD", descriptionKey = "apprentice.add.end")
    LocalDate end;

    @Option(
        names = "--personal-number",
        paramLabel = "YYYYMMDD-NNNN",
        descriptionKey = "apprentice.add.personalNumber")
    String personalNumber;

    @Option(
        names = "--disability",
        paramLabel = "yes|no",
        descriptionKey = "apprentice.add.disability")
    String disability;

    @Spec CommandSpec spec;

    @Mixin JsonOption json;

    Add(Cli cli) {
      this.cli = cli;
    }

    @Override
    public Integer call() {
      Optional<Boolean> hasDisability;
      try {
        hasDisability = Optional.ofNullable(disability).map(new Texts.YesNoConverter(cli)::convert);
      } catch (picocli.CommandLine.TypeConversionException e) {
        throw new ParameterException(
            spec.commandLine(), "Invalid value for option '--disability': " + e.getMessage());
      }
      Apprentice a =
          cli.ocn()
              .apprentices()
              .add(
                  cli.actor(),
                  new NewApprentice(
                      firstName,
                      lastName,
                      birthDate,
                      gender,
                      bornAbroad,
                      programme,
                      start,
                      Optional.ofNullable(end),
                      Optional.ofNullable(personalNumber),
                      hasDisability));
      return cli.print(
          json,
          () -> JsonValues.plain(a),
          () -> {
            cli.out()
                .println(
                    Texts.of(
                        cli,
                        "apprentice.add.done",
                        a.id(),
                        TerminalText.of(a.fullName().orElse("")),
                        a.gender().displayName(cli.locale()),
                        a.ageAtEntry()));
          });
    }
  }

  /** Adds every apprentice of a roster, all or nothing. */
  @Command(name = "import", mixinStandardHelpOptions = true)
  static final class Import implements Callable<Integer> {
    private final Cli cli;

    @Parameters(paramLabel = "FILE", descriptionKey = "apprentice.import.file")
    Path file;

    @Mixin JsonOption json;

    Import(Cli cli) {
      this.cli = cli;
    }

    @Override
    public Integer call() {
      RosterImport result =
          cli.ocn().apprentices().importRoster(cli.actor(), cli.path(file), file.toString());
      return cli.print(
          json,
          () -> JsonValues.plain(result.added()),
          () -> {
            for (Apprentice a : result.added()) {
              cli.out()
                  .println(
                      Texts.of(cli, "apprentice.import.added", a.id(), a.fullName().orElse("")));
            }
            cli.out().println(Texts.of(cli, "apprentice.import.summary", result.added().size()));
          });
    }
  }

  /** Lists the apprentices. */
  @Command(name = "list", mixinStandardHelpOptions = true)
  static final class ListApprentices implements Callable<Integer> {
    private final Cli cli;

    @Mixin JsonOption json;

    ListApprentices(Cli cli) {
      this.cli = cli;
    }

    @Override
    public Integer call() {
      List<Apprentice> all = cli.ocn().apprentices().list();
      return cli.print(
          json,
          () -> JsonValues.plain(all),
          () -> {
            TextTable table =
                new TextTable(
                    Texts.of(cli, "apprentice.list.id"),
                    Texts.of(cli, "apprentice.list.name"),
                    Texts.of(cli, "apprentice.list.born"),
                    Texts.of(cli, "apprentice.list.gender"),
                    Texts.of(cli, "apprentice.list.abroad"),
                    Texts.of(cli, "apprentice.list.programme"),
                    Texts.of(cli, "apprentice.list.period"));
            for (Apprentice a : all) {
              table.row(
                  a.id(),
                  name(cli, a),
                  Texts.or(a.birthDate()),
                  a.gender().displayName(cli.locale()),
                  a.bornAbroad().displayName(cli.locale()),
                  a.programme(),
                  a.startDate() + " - " + Texts.or(a.endDate()));
            }
            table.print(cli.out());
            cli.out().println(Texts.of(cli, "apprentice.list.count", all.size()));
          });
    }
  }

  /** Shows one apprentice and their enrolments. */
  @Command(name = "show", mixinStandardHelpOptions = true)
  static final class Show implements Callable<Integer> {
    private final Cli cli;

    @Parameters(paramLabel = "APPRENTICE", descriptionKey = "apprentice.id")
    String id;

    @Mixin JsonOption json;

    Show(Cli cli) {
      this.cli = cli;
    }

    @Override
    public Integer call() {
      ApprenticeId apprenticeId = ApprenticeId.parse(id);
      record Shown(Apprentice apprentice, List<Enrolment> enrolments) {}
      Shown shown =
          new Shown(
              cli.ocn().apprentices().get(apprenticeId),
              cli.ocn().enrolments().ofApprentice(apprenticeId));
      return cli.print(
          json,
          () -> {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("apprentice", shown.apprentice());
            out.put("enrolments", shown.enrolments());
            return JsonValues.plain(out);
          },
          () -> {
            Apprentice a = shown.apprentice();
            cli.out().println(a.id() + "  " + name(cli, a));
            if (a.birthDate().isPresent()) {
              line("apprentice.show.born", a.birthDate().get(), a.ageAtEntry());
            } else {
              line("apprentice.show.bornErased", a.ageAtEntry());
            }
            line("apprentice.show.gender", a.gender().displayName(cli.locale()));
            line("apprentice.show.abroad", a.bornAbroad().displayName(cli.locale()));
            line("apprentice.show.programme", a.programme(), a.startDate(), Texts.or(a.endDate()));
            line(a.personalNumberRecorded() ? "apprentice.show.pin" : "apprentice.show.noPin");
            a.erasedAt().ifPresent(at -> line("apprentice.show.erased", at));
            cli.out().println();
            if (shown.enrolments().isEmpty()) {
              cli.out().println(Texts.of(cli, "apprentice.show.noEnrolments"));
            }
            for (Enrolment e : shown.enrolments()) {
              cli.out()
                  .println(
                      Texts.of(
                          cli,
                          "apprentice.show.enrolment",
                          e.id(),
                          e.unit(),
                          e.unitTitle(),
                          e.placement(),
                          e.assessor(),
                          e.enrolledOn()));
            }
          });
    }

    private void line(String key, Object... args) {
      cli.out().println("  " + Texts.of(cli, key, args));
    }
  }

  /** Erases an apprentice's personal data. */
  @Command(name = "erase", mixinStandardHelpOptions = true)
  static final class Erase implements Callable<Integer> {
    private final Cli cli;

    @Parameters(paramLabel = "APPRENTICE", descriptionKey = "apprentice.id")
    String id;

    @Option(names = "--files", descriptionKey = "apprentice.erase.files")
    boolean files;

    @Option(names = "--confirm", descriptionKey = "apprentice.erase.confirm")
    boolean confirm;

    @Mixin JsonOption json;

    @Spec CommandSpec spec;

    Erase(Cli cli) {
      this.cli = cli;
    }

    @Override
    public Integer call() {
      if (confirm && !files) {
        throw new ParameterException(
            spec.commandLine(), Texts.of(cli, "apprentice.erase.confirmWithoutFiles"));
      }
      ApprenticeId apprentice = ApprenticeId.parse(id);
      if (files && !confirm) {
        List<Path> naming = cli.ocn().filesNaming(apprentice);
        return cli.print(
            json,
            () ->
                Json.object(
                    "apprentice",
                    apprentice.toString(),
                    "namingFiles",
                    naming.stream().map(Path::toString).toList()),
            () -> {
              cli.out()
                  .println(Texts.of(cli, "apprentice.erase.filesFound", apprentice, naming.size()));
              naming.forEach(f -> cli.out().println("  " + f));
              cli.out()
                  .println(
                      Texts.of(
                          cli,
                          naming.isEmpty()
                              ? "apprentice.erase.filesNone"
                              : "apprentice.erase.filesHowTo",
                          apprentice));
            });
      }
      ErasedData report = cli.ocn().erase(cli.actor(), apprentice, files);
      return cli.print(
          json,
          () -> {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("apprentice", report.apprentice().toString());
            out.put("evidenceItems", report.evidenceItems());
            out.put("attachments", report.attachments());
            out.put("otherTexts", report.otherTexts());
            out.put("databaseFilesRewritten", report.oldCopies().complete());
            out.put("administratorStatements", report.oldCopies().administratorStatements());
            out.put("namingFiles", report.namingFiles().stream().map(Path::toString).toList());
            out.put("filesRemoved", report.filesRemoved());
            return out;
          },
          () -> {
            cli.out()
                .println(
                    Texts.of(
                        cli,
                        "apprentice.erase.done",
                        report.apprentice(),
                        report.evidenceItems(),
                        report.attachments(),
                        report.otherTexts()));
            cli.out().println(Texts.of(cli, "apprentice.erase.kept"));
            cli.out().println(cli.text(report.oldCopies().message()));
            if (!report.namingFiles().isEmpty()) {
              cli.out()
                  .println(
                      Texts.of(
                          cli,
                          report.filesRemoved()
                              ? "apprentice.erase.filesRemoved"
                              : "apprentice.erase.filesLeft",
                          report.namingFiles().size()));
              report.namingFiles().forEach(f -> cli.out().println("  " + f));
            }
            cli.out().println(Texts.of(cli, "apprentice.erase.notReached"));
          });
    }
  }

  /** The name, or "(erased)". */
  static String name(Cli cli, Apprentice a) {
    return TerminalText.of(a.fullName().orElse(Texts.of(cli, "apprentice.erased")));
  }
}
