package org.ocnkit.cli.learner;

import java.util.concurrent.Callable;
import org.ocnkit.cli.Cli;
import org.ocnkit.cli.JsonOption;
import org.ocnkit.learner.ApprenticeId;
import org.ocnkit.learner.Code;
import org.ocnkit.learner.Enrolment;
import org.ocnkit.learner.NewEnrolment;
import org.ocnkit.unit.UnitRef;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ocn enrol APPRENTICE --unit CODE[@V] --placement P --assessor A}: an apprentice on an
 * approved unit version; refused with the panel's reason otherwise.
 */
@Command(
    name = "enrol",
    mixinStandardHelpOptions = true,
    resourceBundle = "org.ocnkit.cli.learner.messages")
public final class EnrolCommand implements Callable<Integer> {
  private final Cli cli;

  @Parameters(paramLabel = "APPRENTICE", descriptionKey = "apprentice.id")
  String apprentice;

  @Option(names = "--unit", required = true, paramLabel = "CODE[@V]", descriptionKey = "enrol.unit")
  String unit;

  @Option(
      names = "--placement",
      required = true,
      paramLabel = "PLACEMENT",
      descriptionKey = "placement.code")
  String placement;

  @Option(
      names = "--assessor",
      required = true,
      paramLabel = "ASSESSOR",
      descriptionKey = "enrol.assessor")
  String assessor;

  @Mixin JsonOption json;

  EnrolCommand(Cli cli) {
    this.cli = cli;
  }

  @Override
  public Integer call() {
    Enrolment e =
        cli.ocn()
            .enrolments()
            .enrol(
                cli.actor(),
                new NewEnrolment(
                    ApprenticeId.parse(apprentice),
                    UnitRef.parse(unit),
                    Code.parse(placement),
                    Code.parse(assessor)));
    return cli.print(
        json,
        () -> JsonValues.plain(e),
        () -> {
          cli.out()
              .println(
                  Texts.of(
                      cli,
                      "enrol.done",
                      e.apprentice(),
                      e.unit(),
                      e.unitTitle(),
                      e.placement(),
                      e.assessor(),
                      e.id()));
        });
  }
}
