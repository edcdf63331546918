package org.ocnkit.cli.evidence;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.ocnkit.cli.Cli;
import org.ocnkit.cli.JsonOption;
import org.ocnkit.cli.learner.JsonValues;
import org.ocnkit.evidence.CriterionProgress;
import org.ocnkit.evidence.EnrolmentProgress;
import org.ocnkit.learner.ApprenticeId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code ocn progress [APPRENTICE] [--json]}: per enrolment, each criterion met, awaiting the
 * assessor, not yet, or without evidence, and the share met: the gap list to plan from.
 */
@Command(
    name = "progress",
    mixinStandardHelpOptions = true,
    resourceBundle = "org.ocnkit.cli.evidence.messages")
public final class ProgressCommand implements Callable<Integer> {
  private final Cli cli;

  @Parameters(paramLabel = "APPRENTICE", arity = "0..1", descriptionKey = "progress.apprentice")
  String apprentice;

  @Mixin JsonOption json;

  ProgressCommand(Cli cli) {
    this.cli = cli;
  }

  @Override
  public Integer call() {
    List<EnrolmentProgress> all =
        cli.ocn().evidence().progress(Optional.ofNullable(apprentice).map(ApprenticeId::parse));
    return cli.print(
        json,
        () -> JsonValues.plain(all.stream().map(ProgressCommand::json).toList()),
        () -> {
          if (all.isEmpty()) {
            cli.out().println(Texts.of(cli, "progress.none"));
          }
          for (EnrolmentProgress p : all) {
            cli.out()
                .println(
                    Texts.of(
                        cli,
                        "progress.enrolment",
                        p.enrolment(),
                        p.apprentice(),
                        name(cli, p),
                        p.unit(),
                        p.unitTitle(),
                        p.placement(),
                        p.met(),
                        p.total(),
                        p.share().movePointRight(2).intValue()));
            p.achievedOn()
                .ifPresent(d -> cli.out().println("    " + Texts.of(cli, "progress.achieved", d)));
            int width = 0;
            for (CriterionProgress c : p.criteria()) {
              width = Math.max(width, c.status().displayName(cli.locale()).length());
            }
            for (CriterionProgress c : p.criteria()) {
              String status = c.status().displayName(cli.locale());
              cli.out()
                  .println(
                      "    "
                          + c.id()
                          + "  "
                          + status
                          + " ".repeat(width - status.length())
                          + "  "
                          + c.text());
            }
          }
        });
  }

  /** The apprentice's name, or "(erased)". */
  static String name(Cli cli, EnrolmentProgress p) {
    return p.apprenticeName().orElse(Texts.of(cli, "progress.erased"));
  }

  /** An enrolment's progress as {@code --json} shows it, with the counts and the share met. */
  private static Map<String, Object> json(EnrolmentProgress p) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("enrolment", p.enrolment());
    out.put("apprentice", p.apprentice());
    out.put("apprenticeName", p.apprenticeName());
    out.put("unit", p.unit());
    out.put("unitTitle", p.unitTitle());
    out.put("placement", p.placement());
    out.put("assessor", p.assessor());
    out.put("met", p.met());
    out.put("total", p.total());
    out.put("share", p.share());
    out.put("achievedOn", p.achievedOn());
    out.put("criteria", p.criteria());
    return out;
  }
}
