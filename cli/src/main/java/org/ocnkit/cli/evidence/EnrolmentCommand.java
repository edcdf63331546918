package org.ocnkit.cli.evidence;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.ocnkit.cli.Cli;
import org.ocnkit.cli.JsonOption;
import org.ocnkit.cli.TextTable;
import org.ocnkit.cli.learner.JsonValues;
import org.ocnkit.evidence.Achievement;
import org.ocnkit.evidence.EnrolmentProgress;
import org.ocnkit.learner.ApprenticeId;
import org.ocnkit.learner.Code;
import org.ocnkit.learner.EnrolmentId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ocn enrolment sign-off|list}: units achieved. */
@Command(
    name = "enrolment",
    mixinStandardHelpOptions = true,
    resourceBundle = "org.ocnkit.cli.evidence.messages",
    subcommands = {EnrolmentCommand.SignOff.class, EnrolmentCommand.ListEnrolments.class})
public final class EnrolmentCommand {

  /** The assessor signs a unit off as achieved. */
  @Command(name = "sign-off", mixinStandardHelpOptions = true)
  static final class SignOff implements Callable<Integer> {
    private final Cli cli;

    @Parameters(paramLabel = "E", descriptionKey = "enrolment.id")
    String enrolment;

    @Option(
        names = "--by",
        required = true,
        paramLabel = "ASSESSOR",
        descriptionKey = "enrolment.signOff.by")
    String by;

    @Mixin JsonOption json;

    SignOff(Cli cli) {
      this.cli = cli;
    }

    @Override
    public Integer call() {
      Achievement a =
          cli.ocn()
              .evidence()
              .signOffUnit(cli.actor(), EnrolmentId.parse(enrolment), Code.parse(by));
      return cli.print(
          json,
          () -> JsonValues.plain(a),
          () -> {
            cli.out()
                .println(
                    Texts.of(
                        cli,
                        "enrolment.signOff.done",
                        a.enrolment(),
                        a.apprentice(),
                        a.unit(),
                        a.unitTitle(),
                        a.achievedOn(),
                        a.assessorName()));
          });
    }
  }

  /** Lists enrolments with how far each has come. */
  @Command(name = "list", mixinStandardHelpOptions = true)
  static final class ListEnrolments implements Callable<Integer> {
    private final Cli cli;

    @Option(
        names = "--apprentice",
        paramLabel = "A",
        descriptionKey = "enrolment.list.option.apprentice")
    String apprentice;

    @Mixin JsonOption json;

    ListEnrolments(Cli cli) {
      this.cli = cli;
    }

    @Override
    public Integer call() {
      List<EnrolmentProgress> all =
          cli.ocn().evidence().progress(Optional.ofNullable(apprentice).map(ApprenticeId::parse));
      return cli.print(
          json,
          () ->
              JsonValues.plain(
                  all.stream()
                      .map(
                          p ->
                              new Row(
                                  p.enrolment(),
                                  p.apprentice(),
                                  p.unit(),
                                  p.placement(),
                                  p.assessor(),
                                  p.met(),
                                  p.total(),
                                  p.achievedOn()))
                      .toList()),
          () -> {
            TextTable table =
                new TextTable(
                    Texts.of(cli, "enrolment.list.id"),
                    Texts.of(cli, "enrolment.list.apprentice"),
                    Texts.of(cli, "enrolment.list.unit"),
                    Texts.of(cli, "enrolment.list.placement"),
                    Texts.of(cli, "enrolment.list.assessor"),
                    Texts.of(cli, "enrolment.list.met"),
                    Texts.of(cli, "enrolment.list.achieved"));
            for (EnrolmentProgress p : all) {
              table.row(
                  p.enrolment(),
                  p.apprentice() + " " + ProgressCommand.name(cli, p),
                  p.unit(),
                  p.placement(),
                  p.assessor(),
                  p.met() + "/" + p.total(),
                  p.achievedOn().map(Object::toString).orElse("-"));
            }
            table.print(cli.out());
          });
    }

    /** One enrolment in the JSON list. */
    record Row(
        EnrolmentId enrolment,
        ApprenticeId apprentice,
        org.ocnkit.unit.UnitRef unit,
        Code placement,
        Code assessor,
        int met,
        int total,
        Optional<java.time.LocalDate> achievedOn) {}
  }
}
