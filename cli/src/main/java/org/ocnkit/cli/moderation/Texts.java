package org.ocnkit.cli.moderation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ocnkit.cli.Cli;
import org.ocnkit.cli.TextTable;
import org.ocnkit.moderation.Assessment;
import org.ocnkit.moderation.ModerationOutcome;
import org.ocnkit.moderation.Moderator;
import org.ocnkit.moderation.PlanItem;
import org.ocnkit.moderation.Readiness;
import org.ocnkit.moderation.SamplePlan;
import org.ocnkit.moderation.SampleReason;
import org.ocnkit.moderation.Verdict;
import org.ocnkit.unit.AssessmentMethod;

/** The texts of the moderation commands, and how plans, outcomes and readiness are printed. */
final class Texts {
  private Texts() {}

  /** A text from {@code org.ocnkit.cli.moderation.messages} in the user's language. */
  static String of(Cli cli, String key, Object... args) {
    return cli.text(Texts.class, key, args);
  }

  /** A plan as text: its head, its rules, and a table of every sign-off. */
  static void print(Cli cli, SamplePlan plan) {
    cli.out()
        .println(
            of(
                cli,
                plan.seedGiven() ? "plan.head.seedGiven" : "plan.head",
                String.valueOf(plan.id()),
                plan.period().toString(),
                Long.toString(plan.seed()),
                plan.items().size(),
                plan.sampled().size(),
                plan.drawnBy(),
                plan.drawnAt().toString()));
    String cover =
        plan.rules().cover().isEmpty()
            ? "-"
            : String.join(
                ", ",
                java.util.EnumSet.copyOf(plan.rules().cover()).stream()
                    .map(d -> d.displayName(cli.locale()))
                    .toList());
    cli.out()
        .println(
            of(
                cli,
                "plan.rules",
                String.valueOf(plan.rules().newAssessorCount()),
                plan.rules().sharePercent(),
                cover));
    TextTable table =
        new TextTable(
            of(cli, "col.enrolment"),
            of(cli, "col.apprentice"),
            of(cli, "col.unit"),
            of(cli, "col.assessor"),
            of(cli, "col.site"),
            of(cli, "col.achievedOn"),
            of(cli, "col.sampled"),
            of(cli, "col.why"));
    for (PlanItem i : plan.items()) {
      Assessment a = i.assessment();
      List<String> why = new ArrayList<>();
      i.explanation().forEach(m -> why.add(cli.text(m)));
      i.outcome().ifPresent(o -> why.add(outcome(cli, o)));
      table.row(
          a.enrolment(),
          a.apprentice(),
          a.unit(),
          a.assessor(),
          a.site(),
          a.achievedOn(),
          of(cli, i.sampled() ? "yes" : "no"),
          String.join("; ", why));
    }
    table.print(cli.out());
  }

  /** "confirmed by Maria Sjöberg on 2026-11-27" */
  static String outcome(Cli cli, ModerationOutcome o) {
    return of(
        cli,
        "outcome.short",
        o.verdict().displayName(cli.locale()),
        o.moderatorName(),
        o.recordedAt().toString().substring(0, 10));
  }

  /** A plan for {@code --json}. */
  static Map<String, Object> json(SamplePlan plan) {
    Map<String, Object> rules = new LinkedHashMap<>();
    rules.put("newAssessorCount", plan.rules().newAssessorCount());
    rules.put("share", plan.rules().share().toPlainString());
    rules.put("cover", plan.rules().coverCodes());
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", plan.id());
    out.put("period", plan.period().toString());
    out.put("seed", Long.toString(plan.seed()));
    out.put("seedGiven", plan.seedGiven());
    out.put("rules", rules);
    out.put("drawnAt", plan.drawnAt());
    out.put("drawnBy", plan.drawnBy());
    List<Object> items = new ArrayList<>();
    for (PlanItem i : plan.items()) {
      Assessment a = i.assessment();
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("enrolment", a.enrolment().toString());
      item.put("signOff", a.signOffId());
      item.put("apprentice", a.apprentice().toString());
      item.put("unit", a.unit().toString());
      item.put("assessor", a.assessor().value());
      item.put("assessorRank", a.assessorRank());
      item.put("site", a.site().value());
      item.put("methods", a.methods().stream().map(AssessmentMethod::code).toList());
      item.put("achievedOn", a.achievedOn());
      item.put("sampled", i.sampled());
      item.put("decidedIn", i.decidedIn().isPresent() ? i.decidedIn().getAsLong() : null);
      List<Object> reasons = new ArrayList<>();
      for (SampleReason r : i.reasons()) {
        Map<String, Object> reason = new LinkedHashMap<>();
        reason.put("kind", r.kind());
        reason.put("detail", r.detail());
        reason.put("text", r.message());
        reasons.add(reason);
      }
      item.put("reasons", reasons);
      item.put("outcome", i.outcome().map(Texts::json).orElse(null));
      item.put("withdrawn", i.withdrawn());
      items.add(item);
    }
    out.put("items", items);
    return out;
  }

  /** An outcome for {@code --json}. */
  static Map<String, Object> json(ModerationOutcome o) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", o.id());
    out.put("enrolment", o.enrolment().toString());
    out.put("signOff", o.signOffId());
    out.put("moderator", o.moderator().value());
    out.put("moderatorName", o.moderatorName());
    out.put("outcome", o.verdict() == Verdict.CONFIRM ? "confirm" : "reject");
    out.put("comment", o.comment());
    out.put("recordedAt", o.recordedAt());
    return out;
  }

  /** A readiness for {@code --json}. */
  static Map<String, Object> json(Readiness r, Cli cli) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("enrolment", r.enrolment().toString());
    out.put("apprentice", r.apprentice().toString());
    out.put("unit", r.unit().toString());
    out.put("ready", r.ready());
    out.put("status", r.status());
    out.put("achievedOn", r.achievement().map(a -> (Object) a.achievedOn()).orElse(null));
    out.put("plan", r.plan().isPresent() ? r.plan().getAsLong() : null);
    out.put("reason", cli.text(r.reason()));
    return out;
  }

  /** A moderator for {@code --json}. */
  static Map<String, Object> json(Moderator m) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("code", m.code().value());
    out.put("name", m.name());
    out.put("designatedAt", m.designatedAt());
    out.put("qualified", m.qualified());
    return out;
  }
}
