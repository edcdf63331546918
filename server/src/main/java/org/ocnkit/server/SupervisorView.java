package org.ocnkit.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.ocnkit.evidence.CriterionProgress;
import org.ocnkit.evidence.LinkedEnrolment;
import org.ocnkit.evidence.SupervisorOverview;
import org.ocnkit.unit.AssessmentMethod;

/**
 * What the supervisor's page shows, as text ready for {@code supervisor.jte}: the placement, each
 * current enrolment with its criteria and their statuses, and one form per enrolment (its own
 * methods and criteria, so the page needs no script).
 *
 * @param action the form's address (the personal link itself, with the language)
 * @param saved the confirmation of an item just recorded, if any
 * @param problems what was wrong with the form just sent, in the visitor's language
 * @param values the values just sent, shown again after a problem (field name to value)
 */
public record SupervisorView(
    String action,
    String supervisorName,
    String workplace,
    String today,
    Optional<String> saved,
    List<String> problems,
    List<Section> sections,
    String submission,
    String csrf,
    long maxMegabytes,
    Map<String, String> values,
    List<String> checked) {
  public SupervisorView {
    Objects.requireNonNull(action, "action");
    problems = List.copyOf(problems);
    sections = List.copyOf(sections);
    values = Map.copyOf(values);
    checked = List.copyOf(checked);
  }

  /** One enrolment: heading, methods, criteria. */
  public record Section(
      String enrolment, String heading, List<Choice> methods, List<Criterion> criteria) {}

  /** A method to choose: code and name. */
  public record Choice(String code, String name) {}

  /** A criterion with its status ({@code css} is the status constant in lower case). */
  public record Criterion(String id, String text, String status, String css) {}

  /** The field value sent before, or {@code fallback}. */
  public String value(String field, String fallback) {
    return values.getOrDefault(field, fallback);
  }

  /** Whether criterion {@code id} of enrolment {@code enrolment} was ticked before. */
  public boolean ticked(String enrolment, String id) {
    return enrolment.equals(values.get("enrolment")) && checked.contains(id);
  }

  static List<Section> sections(SupervisorOverview overview, Texts t) {
    List<Section> sections = new ArrayList<>();
    for (LinkedEnrolment e : overview.enrolments()) {
      List<Choice> methods = new ArrayList<>();
      for (AssessmentMethod m : e.methods()) {
        methods.add(new Choice(m.code(), m.displayName(t.locale())));
      }
      List<Criterion> criteria = new ArrayList<>();
      for (CriterionProgress c : e.criteria()) {
        criteria.add(
            new Criterion(
                c.id().toString(),
                c.text(),
                c.status().displayName(t.locale()),
                c.status().name().toLowerCase(java.util.Locale.ROOT)));
      }
      sections.add(
          new Section(
              e.enrolment().toString(),
              t.get("form.enrolment", e.firstName(), e.apprentice(), e.unit(), e.unitTitle()),
              methods,
              criteria));
    }
    return sections;
  }
}
