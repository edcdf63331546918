package org.ocnkit.cli.qualification;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ocnkit.Problem;
import org.ocnkit.cli.Cli;
import org.ocnkit.cli.Json;
import org.ocnkit.cli.TerminalText;
import org.ocnkit.qualification.Exclusion;
import org.ocnkit.qualification.LevelCredits;
import org.ocnkit.qualification.ListedUnit;
import org.ocnkit.qualification.Qualification;
import org.ocnkit.qualification.Rules;
import org.ocnkit.qualification.UnitGroup;
import org.ocnkit.unit.UnitCode;

/** What the qualification commands print, in the user's language, and their JSON shapes. */
final class QualificationTexts {
  private final Cli cli;

  QualificationTexts(Cli cli) {
    this.cli = cli;
  }

  String text(String key, Object... args) {
    return cli.text(QualificationTexts.class, key, args);
  }

  void problems(List<Problem> problems) {
    problems.forEach(p -> cli.out().println("    " + TerminalText.of(p.describe(cli.locale()))));
  }

  List<Map<String, Object>> problemsJson(List<Problem> problems) {
    return problems.stream()
        .map(
            p -> {
              Map<String, Object> m = new LinkedHashMap<>();
              m.put("location", p.location());
              m.put("rule", p.message().key());
              m.put("message", p.message().format(cli.locale()));
              return m;
            })
        .toList();
  }

  void print(Qualification q) {
    PrintWriter out = cli.out();
    out.println(q.titleSv() + q.titleEn().map(en -> " / " + en).orElse(""));
    out.println(q.ref() + "  " + text("show.hash") + " " + q.hash().hex());
    out.println(text("show.level", q.level().value()));
    out.println();
    out.println(text("show.purpose") + ": " + q.purpose());
    out.println();
    out.println(text("show.units"));
    for (ListedUnit unit : q.units()) {
      out.println(
          "  "
              + unit.code()
              + "  "
              + unit.hash()
                  .map(h -> text("show.exact", h.prefix()))
                  .orElse(text("show.versions", unit.versionsText())));
    }
    out.println();
    out.println(text("show.rules"));
    Rules rules = q.rules();
    out.println("  " + text("show.total", rules.totalCredits()));
    if (!rules.mandatory().isEmpty()) {
      out.println("  " + text("show.mandatory", codes(rules.mandatory())));
    }
    for (UnitGroup g : rules.groups()) {
      String min =
          g.minUnits() == 0
              ? text("show.group.credits", g.minCredits())
              : g.minCredits() == 0
                  ? text("show.group.units", g.minUnits())
                  : text("show.group.both", g.minCredits(), g.minUnits());
      out.println("  " + text("show.group", g.id(), g.title(cli.locale()), min, codes(g.units())));
    }
    for (LevelCredits l : rules.levelCredits()) {
      out.println("  " + text("show.levelCredits", l.minCredits(), l.level().value()));
    }
    for (Exclusion e : rules.exclusions()) {
      out.println("  " + text("show.exclusion", codes(e.units())));
    }
    rules.unitValidityYears().ifPresent(y -> out.println("  " + text("show.validity", y)));
    rules
        .otherProviders()
        .ifPresent(
            o ->
                out.println(
                    "  "
                        + text(
                            "show.providers",
                            String.join(", ", o.providers()),
                            o.maxCredits().isPresent()
                                ? text("show.providers.cap", o.maxCredits().getAsInt())
                                : "")));
    out.println();
    out.println(text("show.author") + ": " + q.author());
    q.reviewPeriodYears().ifPresent(y -> out.println(text("show.review", y)));
  }

  Map<String, Object> json(Qualification q) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("code", q.code().value());
    json.put("version", q.version());
    json.put("hash", q.hash().hex());
    json.put("titleSv", q.titleSv());
    json.put("titleEn", q.titleEn());
    json.put("eqfLevel", q.level().value());
    json.put("purpose", q.purpose());
    List<Object> units = new ArrayList<>();
    for (ListedUnit u : q.units()) {
      Map<String, Object> unit = new LinkedHashMap<>();
      unit.put("code", u.code().value());
      u.hash()
          .ifPresentOrElse(
              h -> unit.put("hash", h.hex()), () -> unit.put("versions", u.versionsText()));
      units.add(unit);
    }
    json.put("units", units);
    Rules r = q.rules();
    Map<String, Object> rules = new LinkedHashMap<>();
    rules.put("totalCredits", r.totalCredits());
    rules.put("mandatory", r.mandatory().stream().map(UnitCode::value).toList());
    rules.put(
        "groups",
        r.groups().stream()
            .map(
                g -> {
                  Map<String, Object> group = new LinkedHashMap<>();
                  group.put("id", g.id());
                  group.put("titleSv", g.titleSv());
                  group.put("titleEn", g.titleEn());
                  group.put("minCredits", g.minCredits());
                  group.put("minUnits", g.minUnits());
                  group.put("units", g.units().stream().map(UnitCode::value).toList());
                  return group;
                })
            .toList());
    rules.put(
        "levelCredits",
        r.levelCredits().stream()
            .map(l -> Json.object("level", l.level().value(), "minCredits", l.minCredits()))
            .toList());
    rules.put(
        "exclusions",
        r.exclusions().stream()
            .map(e -> e.units().stream().map(UnitCode::value).toList())
            .toList());
    rules.put(
        "unitValidityYears",
        r.unitValidityYears().isPresent() ? r.unitValidityYears().getAsInt() : null);
    rules.put("otherProviders", r.otherProviders().map(o -> o.providers()).orElse(List.of()));
    rules.put(
        "otherProvidersMaxCredits",
        r.otherProviders()
            .flatMap(
                o ->
                    o.maxCredits().isPresent()
                        ? java.util.Optional.of(o.maxCredits().getAsInt())
                        : java.util.Optional.empty())
            .orElse(null));
    json.put("rules", rules);
    json.put("author", q.author());
    json.put(
        "reviewPeriodYears",
        q.reviewPeriodYears().isPresent() ? q.reviewPeriodYears().getAsInt() : null);
    return json;
  }

  private static String codes(List<UnitCode> codes) {
    return String.join(", ", codes.stream().map(UnitCode::value).toList());
  }
}
