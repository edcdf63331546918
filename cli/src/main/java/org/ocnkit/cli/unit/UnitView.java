package org.ocnkit.cli.unit;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ocnkit.cli.Cli;
import org.ocnkit.cli.Json;
import org.ocnkit.cli.TerminalText;
import org.ocnkit.unit.AssessmentCriterion;
import org.ocnkit.unit.AssessmentMethod;
import org.ocnkit.unit.CourseUnit;
import org.ocnkit.unit.EqfDescriptors;
import org.ocnkit.unit.LearningOutcome;

/** Prints a course unit for a reader, or as JSON. */
final class UnitView {
  private final Cli cli;

  UnitView(Cli cli) {
    this.cli = cli;
  }

  void print(CourseUnit unit) {
    PrintWriter out = cli.out();
    out.println(unit.titleSv() + unit.titleEn().map(en -> " / " + en).orElse(""));
    out.println(unit.ref() + "  " + cli.text("unit.show.hash") + " " + unit.hash().hex());
    out.println();
    out.println(cli.text("unit.show.arena") + ": " + unit.arena().displayName(cli.locale()));
    out.println(cli.text("unit.show.credits", unit.credits(), unit.notionalHours()));
    EqfDescriptors eqf = unit.level().descriptors(cli.locale());
    out.println(cli.text("unit.show.level", unit.level().value()));
    out.println("  " + cli.text("unit.show.knowledge") + ": " + eqf.knowledge());
    out.println("  " + cli.text("unit.show.skills") + ": " + eqf.skills());
    out.println(
        "  " + cli.text("unit.show.responsibility") + ": " + eqf.responsibilityAndAutonomy());
    out.println();
    out.println(cli.text("unit.show.purpose") + ": " + TerminalText.of(unit.purpose()));
    out.println();
    out.println(cli.text("unit.show.outcomes"));
    for (LearningOutcome outcome : unit.outcomes()) {
      out.println("  " + outcome.id() + "  " + TerminalText.of(outcome.statement()));
      for (AssessmentCriterion criterion : outcome.criteria()) {
        out.println("     " + criterion.id() + "  " + TerminalText.of(criterion.text()));
      }
    }
    out.println();
    out.println(
        cli.text("unit.show.methods")
            + ": "
            + String.join(
                ", ",
                unit.assessmentMethods().stream().map(m -> m.displayName(cli.locale())).toList()));
    out.println(
        cli.text("unit.show.evidence") + ": " + TerminalText.of(unit.evidenceRequirements()));
    out.println(cli.text("unit.show.author") + ": " + TerminalText.of(unit.author()));
    unit.reviewPeriodYears().ifPresent(y -> out.println(cli.text("unit.show.review", y)));
  }

  Map<String, Object> toJson(CourseUnit unit) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("code", unit.code().value());
    json.put("version", unit.version());
    json.put("hash", unit.hash().hex());
    json.put("titleSv", unit.titleSv());
    json.put("titleEn", unit.titleEn());
    json.put("arena", unit.arena().code());
    json.put("eqfLevel", unit.level().value());
    EqfDescriptors eqf = unit.level().descriptors(cli.locale());
    json.put(
        "eqfDescriptors",
        Json.object(
            "language", eqf.language().getLanguage(),
            "knowledge", eqf.knowledge(),
            "skills", eqf.skills(),
            "responsibilityAndAutonomy", eqf.responsibilityAndAutonomy()));
    json.put("credits", unit.credits());
    json.put("notionalHours", unit.notionalHours());
    json.put("purpose", unit.purpose());
    json.put(
        "outcomes",
        unit.outcomes().stream()
            .map(
                o -> {
                  Map<String, Object> outcome = new LinkedHashMap<>();
                  outcome.put("id", o.id().toString());
                  outcome.put("statement", o.statement());
                  outcome.put(
                      "criteria",
                      o.criteria().stream()
                          .map(c -> Json.object("id", c.id().toString(), "text", c.text()))
                          .toList());
                  return outcome;
                })
            .toList());
    json.put(
        "assessmentMethods",
        unit.assessmentMethods().stream().map(AssessmentMethod::code).toList());
    json.put("evidenceRequirements", unit.evidenceRequirements());
    json.put("author", unit.author());
    json.put("reviewPeriodYears", unit.reviewPeriodYears());
    return json;
  }
}
