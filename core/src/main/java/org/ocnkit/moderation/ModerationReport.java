package org.ocnkit.moderation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.ocnkit.EnvironmentException;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Message;
import org.ocnkit.Problem;
import org.ocnkit.learner.Code;
import org.ocnkit.learner.EnrolmentId;
import org.ocnkit.moderation.internal.ReportWriter;
import org.ocnkit.moderation.internal.ReportWriter.Table;
import org.ocnkit.moderation.internal.SignOffs;
import org.ocnkit.moderation.internal.SignOffs.SignOffRow;
import org.ocnkit.store.Workspace;
import org.ocnkit.unit.AssessmentMethod;
import org.ocnkit.unit.UnitRef;

/**
 * The moderation report (xlsx), for the programme, the external moderator and auditors. Sheets,
 * headers and texts in the language asked for:
 *
 * <ol>
 *   <li><b>Plans</b>: every sample plan with its period, seed, rules, who drew it and when;
 *   <li><b>Sample</b>: every assessment of every plan, sampled or not, with the reasons and the
 *       outcome; then the sign-offs no plan has decided yet;
 *   <li><b>Outcomes</b>: every moderator's outcome with the comment;
 *   <li><b>By assessor</b>, <b>By method</b>, <b>By unit</b>: per assessor (with whether they are
 *       still a new assessor), method and unit, how many sign-offs there are, how many a plan
 *       decided, sampled, confirmed, rejected, and how many await moderation. Each sign-off counts
 *       once, withdrawn ones included; a sign-off counts under every method of its evidence.
 * </ol>
 *
 * <p>Apprentices appear by their id only.
 */
public final class ModerationReport {
  /** What was written. */
  public record Written(Path file, int plans, int signOffs, int outcomes) {
    public Written {
      Objects.requireNonNull(file, "file");
    }
  }

  private ModerationReport() {}

  /**
   * Writes the report.
   *
   * @param out the file to write; must not exist, its folder must
   * @throws InvalidInputException when {@code out} exists or its folder does not
   * @throws EnvironmentException when the file cannot be written
   */
  static Written write(Workspace workspace, Path out, Locale locale) {
    Path target = out.toAbsolutePath().normalize();
    if (Files.exists(target)) {
      throw new InvalidInputException(new Problem(out.toString(), msg("report.exists")));
    }
    if (target.getParent() == null || !Files.isDirectory(target.getParent())) {
      throw new InvalidInputException(new Problem(out.toString(), msg("report.noFolder")));
    }
    ModerationSettings rules = ModerationSettings.from(workspace.settings());
    Content content =
        workspace
            .store()
            .read(
                tx -> {
                  Content c = new Content();
                  c.plans = ModerationPlans.list(tx);
                  c.signOffs = SignOffs.all(tx);
                  c.ranks = SignOffs.ranks(c.signOffs);
                  c.methods = SignOffs.methods(tx);
                  c.outcomes = ModerationRecords.list(tx);
                  return c;
                });
    Texts t = new Texts(locale);
    List<Table> tables =
        List.of(
            plans(content, t),
            sample(content, t),
            outcomes(content, t),
            assessors(content, rules, t),
            methods(content, t),
            units(content, t));
    try {
      ReportWriter.write(tables, target);
    } catch (IOException e) {
      throw new EnvironmentException(msg("report.cannotWrite", out, e.getMessage()), e);
    }
    return new Written(
        target, content.plans.size(), content.signOffs.size(), content.outcomes.size());
  }

  /** What the report is made of, read in one transaction. */
  private static final class Content {
    List<SamplePlan> plans;
    List<SignOffRow> signOffs;
    Map<Long, Integer> ranks;
    Map<EnrolmentId, List<AssessmentMethod>> methods;
    List<ModerationOutcome> outcomes;

    /** The plan item that decided each sign-off. */
    Map<Long, PlanItem> decided() {
      Map<Long, PlanItem> map = new HashMap<>();
      for (SamplePlan p : plans) {
        for (PlanItem i : p.items()) {
          if (i.decidedIn().isEmpty()) {
            map.put(i.assessment().signOffId(), i);
          }
        }
      }
      return map;
    }

    Map<Long, ModerationOutcome> outcomeBySignOff() {
      Map<Long, ModerationOutcome> map = new HashMap<>();
      outcomes.forEach(o -> map.put(o.signOffId(), o));
      return map;
    }

    /** The methods a sign-off rests on: as its plan recorded them, else its enrolment's now. */
    List<AssessmentMethod> methodsOf(SignOffRow s, Map<Long, PlanItem> decided) {
      PlanItem item = decided.get(s.id());
      if (item != null) {
        return item.assessment().methods();
      }
      return s.withdrawn() ? List.of() : methods.getOrDefault(s.enrolment(), List.of());
    }
  }

  /** The report's texts in one language. */
  private static final class Texts {
    final Locale locale;

    Texts(Locale locale) {
      this.locale = locale;
    }

    String of(String key, Object... args) {
      return msg(key, args).format(locale);
    }

    List<String> columns(String... keys) {
      return Arrays.stream(keys).map(k -> of("report.col." + k)).toList();
    }

    String yesNo(boolean b) {
      return of(b ? "report.yes" : "report.no");
    }

    String methods(List<AssessmentMethod> methods) {
      return String.join(", ", methods.stream().map(m -> m.displayName(locale)).toList());
    }
  }

  private static Table plans(Content c, Texts t) {
    List<List<Object>> rows = new ArrayList<>();
    for (SamplePlan p : c.plans) {
      ModerationSettings r = p.rules();
      String cover =
          r.cover().isEmpty()
              ? "-"
              : String.join(
                  ", ",
                  java.util.EnumSet.copyOf(r.cover()).stream()
                      .map(d -> d.displayName(t.locale))
                      .toList());
      rows.add(
          row(
              p.id(),
              p.period().toString(),
              Long.toString(p.seed()),
              t.yesNo(p.seedGiven()),
              p.drawnAt().toString(),
              p.drawnBy(),
              t.of("report.rules", String.valueOf(r.newAssessorCount()), r.sharePercent(), cover),
              p.items().size(),
              p.decidedHere().size(),
              p.sampled().size()));
    }
    return new Table(
        t.of("report.sheet.plans"),
        t.columns(
            "plan",
            "period",
            "seed",
            "seedGiven",
            "drawnAt",
            "drawnBy",
            "rules",
            "signOffs",
            "decidedHere",
            "sampled"),
        rows);
  }

  private static Table sample(Content c, Texts t) {
    List<List<Object>> rows = new ArrayList<>();
    for (SamplePlan p : c.plans) {
      for (PlanItem i : p.items()) {
        Assessment a = i.assessment();
        Optional<ModerationOutcome> o = i.outcome();
        rows.add(
            row(
                p.id(),
                a.enrolment().toString(),
                a.apprentice().toString(),
                a.unit().toString(),
                a.unitTitle(),
                a.assessor().value(),
                a.site().value(),
                t.methods(a.methods()),
                a.achievedOn(),
                t.yesNo(i.sampled()),
                String.join("; ", i.explanation().stream().map(m -> m.format(t.locale)).toList()),
                o.map(x -> x.verdict().displayName(t.locale)).orElse(null),
                o.map(x -> x.moderator().value()).orElse(null),
                o.map(x -> day(x)).orElse(null),
                o.map(ModerationOutcome::comment).orElse(null)));
      }
    }
    Map<Long, PlanItem> decided = c.decided();
    Map<Long, ModerationOutcome> outcomes = c.outcomeBySignOff();
    for (SignOffRow s : c.signOffs) {
      if (decided.containsKey(s.id())) {
        continue;
      }
      Optional<ModerationOutcome> o = Optional.ofNullable(outcomes.get(s.id()));
      rows.add(
          row(
              null,
              s.enrolment().toString(),
              s.apprentice().toString(),
              s.unit().toString(),
              s.unitTitle(),
              s.assessor().value(),
              s.site().value(),
              t.methods(c.methodsOf(s, decided)),
              s.achievedOn(),
              t.of(s.withdrawn() ? "report.withdrawn" : "report.notPlanned"),
              null,
              o.map(x -> x.verdict().displayName(t.locale)).orElse(null),
              o.map(x -> x.moderator().value()).orElse(null),
              o.map(x -> day(x)).orElse(null),
              o.map(ModerationOutcome::comment).orElse(null)));
    }
    return new Table(
        t.of("report.sheet.sample"),
        t.columns(
            "plan",
            "enrolment",
            "apprentice",
            "unit",
            "unitTitle",
            "assessor",
            "site",
            "methods",
            "achievedOn",
            "sampled",
            "reasons",
            "outcome",
            "moderator",
            "moderatedOn",
            "comment"),
        rows);
  }

  private static Table outcomes(Content c, Texts t) {
    Map<Long, SignOffRow> signOffs = new HashMap<>();
    c.signOffs.forEach(s -> signOffs.put(s.id(), s));
    List<List<Object>> rows = new ArrayList<>();
    for (ModerationOutcome o : c.outcomes) {
      SignOffRow s = signOffs.get(o.signOffId());
      rows.add(
          row(
              day(o),
              o.enrolment().toString(),
              s.unit().toString(),
              s.assessor().value(),
              s.achievedOn(),
              o.moderator().value(),
              o.verdict().displayName(t.locale),
              o.comment()));
    }
    return new Table(
        t.of("report.sheet.outcomes"),
        t.columns(
            "moderatedOn",
            "enrolment",
            "unit",
            "assessor",
            "achievedOn",
            "moderator",
            "outcome",
            "comment"),
        rows);
  }

  /** The counts of one assessor, method or unit. */
  private static final class Counts {
    int signOffs;
    int decided;
    int sampled;
    int confirmed;
    int rejected;
    int awaiting;

    List<Object> cells() {
      return List.of(signOffs, decided, sampled, confirmed, rejected, awaiting);
    }
  }

  private static <K extends Comparable<K>> Map<K, Counts> count(
      Content c, Function<SignOffRow, List<K>> keys) {
    Map<Long, PlanItem> decided = c.decided();
    Map<Long, ModerationOutcome> outcomes = c.outcomeBySignOff();
    Map<K, Counts> counts = new TreeMap<>();
    for (SignOffRow s : c.signOffs) {
      PlanItem item = decided.get(s.id());
      ModerationOutcome o = outcomes.get(s.id());
      for (K key : keys.apply(s)) {
        Counts n = counts.computeIfAbsent(key, k -> new Counts());
        n.signOffs++;
        if (item != null) {
          n.decided++;
          if (item.sampled()) {
            n.sampled++;
            if (o == null && !s.withdrawn()) {
              n.awaiting++;
            }
          }
        }
        if (o != null) {
          if (o.verdict() == Verdict.CONFIRM) {
            n.confirmed++;
          } else {
            n.rejected++;
          }
        }
      }
    }
    return counts;
  }

  private static final String[] COUNT_COLUMNS = {
    "signOffs", "decided", "sampled", "confirmed", "rejected", "awaiting"
  };

  private static Table assessors(Content c, ModerationSettings rules, Texts t) {
    Map<Code, String> names = new HashMap<>();
    c.signOffs.forEach(s -> names.put(s.assessor(), s.assessorName()));
    Map<Long, ModerationOutcome> outcomes = c.outcomeBySignOff();
    List<List<Object>> rows = new ArrayList<>();
    for (Map.Entry<Code, Counts> e : count(c, s -> List.of(s.assessor())).entrySet()) {
      long firstConfirmed =
          c.signOffs.stream()
              .filter(
                  s ->
                      s.assessor().equals(e.getKey())
                          && c.ranks.get(s.id()) <= rules.newAssessorCount()
                          && outcomes.containsKey(s.id())
                          && outcomes.get(s.id()).verdict() == Verdict.CONFIRM)
              .count();
      List<Object> row =
          new ArrayList<>(
              List.of(
                  e.getKey().value(),
                  names.get(e.getKey()),
                  t.yesNo(firstConfirmed < rules.newAssessorCount())));
      row.addAll(e.getValue().cells());
      rows.add(row);
    }
    List<String> header = new ArrayList<>(t.columns("assessor", "assessorName", "newAssessor"));
    header.addAll(t.columns(COUNT_COLUMNS));
    return new Table(t.of("report.sheet.assessors"), header, rows);
  }

  private static Table methods(Content c, Texts t) {
    Map<Long, PlanItem> decided = c.decided();
    List<List<Object>> rows = new ArrayList<>();
    for (Map.Entry<AssessmentMethod, Counts> e :
        count(c, s -> c.methodsOf(s, decided)).entrySet()) {
      List<Object> row = new ArrayList<>(List.of(e.getKey().displayName(t.locale)));
      row.addAll(e.getValue().cells());
      rows.add(row);
    }
    List<String> header = new ArrayList<>(t.columns("method"));
    header.addAll(t.columns(COUNT_COLUMNS));
    return new Table(t.of("report.sheet.methods"), header, rows);
  }

  private static Table units(Content c, Texts t) {
    Map<UnitRef, String> titles = new HashMap<>();
    c.signOffs.forEach(s -> titles.put(s.unit(), s.unitTitle()));
    List<List<Object>> rows = new ArrayList<>();
    for (Map.Entry<UnitRef, Counts> e : count(c, s -> List.of(s.unit())).entrySet()) {
      List<Object> row = new ArrayList<>(List.of(e.getKey().toString(), titles.get(e.getKey())));
      row.addAll(e.getValue().cells());
      rows.add(row);
    }
    List<String> header = new ArrayList<>(t.columns("unit", "unitTitle"));
    header.addAll(t.columns(COUNT_COLUMNS));
    return new Table(t.of("report.sheet.units"), header, rows);
  }

  private static LocalDate day(ModerationOutcome o) {
    return LocalDate.parse(ModerationRecords.day(o));
  }

  private static List<Object> row(Object... cells) {
    return Arrays.asList(cells);
  }

  private static Message msg(String key, Object... args) {
    return Message.of(ModerationReport.class, key, args);
  }
}
