package org.ocnkit.cli.moderation;

import java.util.Arrays;
import java.util.concurrent.Callable;
import org.ocnkit.cli.Cli;
import org.ocnkit.cli.JsonOption;
import org.ocnkit.cli.OptionConverter;
import org.ocnkit.learner.Code;
import org.ocnkit.learner.EnrolmentId;
import org.ocnkit.moderation.ModerationOutcome;
import org.ocnkit.moderation.NewOutcome;
import org.ocnkit.moderation.Verdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ocn moderate record}: the moderator confirms or rejects an assessor's sign-off. */
@Command(name = "record", mixinStandardHelpOptions = true)
final class RecordCommand implements Callable<Integer> {
  private final Cli cli;

  @Option(
      names = "--enrolment",
      required = true,
      paramLabel = "E",
      descriptionKey = "record.enrolment")
  String enrolment;

  @Option(names = "--by", required = true, paramLabel = "MODERATOR", descriptionKey = "record.by")
  String by;

  @Option(
      names = "--outcome",
      required = true,
      paramLabel = "confirm|reject",
      converter = VerdictConverter.class,
      descriptionKey = "record.outcome")
  Verdict outcome;

  @Option(
      names = "--comment",
      required = true,
      paramLabel = "TEXT",
      descriptionKey = "record.comment")
  String comment;

  @Mixin JsonOption json;

  RecordCommand(Cli cli) {
    this.cli = cli;
  }

  @Override
  public Integer call() {
    ModerationOutcome o =
        cli.ocn()
            .moderation()
            .record(
                cli.actor(),
                new NewOutcome(EnrolmentId.parse(enrolment), Code.parse(by), outcome, comment));
    return cli.print(
        json,
        () -> Texts.json(o),
        () -> {
          cli.out()
              .println(
                  Texts.of(
                      cli, "record.done." + o.verdict().code(), o.enrolment(), o.moderatorName()));
        });
  }

  /** {@code confirm} or {@code reject}. */
  static final class VerdictConverter extends OptionConverter<Verdict> {
    VerdictConverter(Cli cli) {
      super(cli);
    }

    @Override
    public Verdict convert(String value) {
      return Verdict.fromCode(value.strip().toLowerCase(java.util.Locale.ROOT))
          .orElseThrow(
              () ->
                  notOneOf(
                      value,
                      String.join(
                          ", ", Arrays.stream(Verdict.values()).map(Verdict::code).toList())));
    }
  }
}
