package org.ocnkit.cli.qualification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ocnkit.cli.Cli;
import org.ocnkit.cli.Json;
import org.ocnkit.cli.JsonOption;
import org.ocnkit.learner.ApprenticeId;
import org.ocnkit.qualification.CountedUnit;
import org.ocnkit.qualification.Evaluation;
import org.ocnkit.qualification.RuleResult;
import org.ocnkit.qualification.SetAside;
import org.ocnkit.report.QualificationProgress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code ocn qualification progress APPRENTICE [--json]}: per approved qualification, each rule of
 * combination met or not and what is missing, the units counted with their certificates.
 */
@Command(name = "progress", mixinStandardHelpOptions = true)
final class ProgressCommand implements Callable<Integer> {
  private final Cli cli;

  @Parameters(paramLabel = "APPRENTICE", descriptionKey = "progress.apprentice")
  String apprentice;

  @Mixin JsonOption json;

  ProgressCommand(Cli cli) {
    this.cli = cli;
  }

  @Override
  public Integer call() {
    ApprenticeId id = ApprenticeId.parse(apprentice);
    List<QualificationProgress.Standing> all = cli.ocn().reports().qualificationProgress(id);
    QualificationTexts t = new QualificationTexts(cli);
    return cli.print(
        json,
        () -> all.stream().map(this::json).toList(),
        () -> {
          if (all.isEmpty()) {
            cli.out().println(t.text("progress.none"));
          }
          for (QualificationProgress.Standing s : all) {
            Evaluation e = s.evaluation();
            cli.out()
                .println(
                    t.text(
                        "progress.heading",
                        id,
                        s.qualification(),
                        s.title(cli.locale()),
                        t.text(
                            s.certified()
                                ? "progress.certifiable"
                                : e.met() ? "progress.met" : "progress.notMet"),
                        e.countedCredits()));
            for (RuleResult r : e.rules()) {
              String line = (r.met() ? "  [x] " : "  [ ] ") + cli.text(r.rule());
              if (!r.met()) {
                line +=
                    "  \u2013 "
                        + t.text(
                            "progress.missing",
                            String.join("; ", r.missing().stream().map(cli::text).toList()));
              }
              cli.out().println(line);
            }
            for (CountedUnit c : e.counted()) {
              cli.out()
                  .println(
                      "    "
                          + t.text(
                              "progress.counted",
                              c.unit().ref(),
                              c.unit().credits(),
                              c.group().map(g -> t.text("progress.group", g)).orElse(""),
                              s.certificates().containsKey(c.unit().ref())
                                  ? t.text(
                                      "progress.certificate", s.certificates().get(c.unit().ref()))
                                  : t.text("progress.noCertificate")));
            }
            for (SetAside a : e.setAside()) {
              if (a.reason() != SetAside.Reason.NOT_LISTED) {
                cli.out().println("    " + t.text("progress.setAside", cli.text(a.describe())));
              }
            }
          }
        });
  }

  private Map<String, Object> json(QualificationProgress.Standing s) {
    Evaluation e = s.evaluation();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("apprentice", s.apprentice().toString());
    m.put("qualification", s.qualification().toString());
    m.put("title", s.title(cli.locale()));
    m.put("met", e.met());
    m.put("certified", s.certified());
    m.put("countedCredits", e.countedCredits());
    List<Object> rules = new ArrayList<>();
    for (RuleResult r : e.rules()) {
      Map<String, Object> rule = new LinkedHashMap<>();
      rule.put("kind", r.kind());
      rule.put("subject", r.subject());
      rule.put("rule", cli.text(r.rule()));
      rule.put("met", r.met());
      rule.put("requiredCredits", r.requiredCredits());
      rule.put("countedCredits", r.countedCredits());
      rule.put("requiredUnits", r.requiredUnits());
      rule.put("countedUnits", r.countedUnits());
      rule.put("missing", r.missing().stream().map(cli::text).toList());
      rules.add(rule);
    }
    m.put("rules", rules);
    m.put(
        "counted",
        e.counted().stream()
            .map(
                c -> {
                  Map<String, Object> u = new LinkedHashMap<>();
                  u.put("unit", c.unit().ref().toString());
                  u.put("credits", c.unit().credits());
                  u.put("group", c.group().orElse(null));
                  u.put(
                      "certificate",
                      s.certificates().containsKey(c.unit().ref())
                          ? s.certificates().get(c.unit().ref()).toString()
                          : null);
                  return u;
                })
            .toList());
    m.put(
        "setAside",
        e.setAside().stream()
            .map(a -> Json.object("unit", a.unit().ref().toString(), "reason", a.reason()))
            .toList());
    return m;
  }
}
