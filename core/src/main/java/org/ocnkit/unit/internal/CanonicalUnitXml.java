package org.ocnkit.unit.internal;

import static org.ocnkit.xml.CanonicalXml.escape;

import org.ocnkit.unit.AssessmentCriterion;
import org.ocnkit.unit.AssessmentMethod;
import org.ocnkit.unit.CourseUnit;
import org.ocnkit.unit.LearningOutcome;

/**
 * Writes the canonical form of a unit, the input of its content hash.
 *
 * <p>The form is a valid unit file: the XML declaration, elements in schema order, attributes in a
 * fixed order, one element per line with no indentation, text normalized (NFC, whitespace
 * collapsed), {@code \n} line ends, assessment methods in schema order. Anything the schema treats
 * as layout (indentation, attribute order, line ends, comments, re-wrapped text) therefore cannot
 * change the hash, and any change of content does.
 *
 * <p>Changing this format changes every unit's hash and so invalidates every panel decision: it
 * must stay as it is for version 1 of the schema.
 */
public final class CanonicalUnitXml {
  private CanonicalUnitXml() {}

  public static String write(CourseUnit unit) {
    StringBuilder xml = new StringBuilder(4096);
    xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    xml.append("<unit xmlns=\"")
        .append(UnitXml.NAMESPACE)
        .append("\" code=\"")
        .append(escape(unit.code().value()))
        .append("\" version=\"")
        .append(unit.version())
        .append("\">\n");
    element(xml, "title lang=\"sv\"", "title", unit.titleSv());
    unit.titleEn().ifPresent(en -> element(xml, "title lang=\"en\"", "title", en));
    element(xml, "arena", unit.arena().code());
    element(xml, "level", Integer.toString(unit.level().value()));
    element(xml, "credits", Integer.toString(unit.credits()));
    element(xml, "notionalHours", Integer.toString(unit.notionalHours()));
    element(xml, "purpose", unit.purpose());
    xml.append("<outcomes>\n");
    for (LearningOutcome outcome : unit.outcomes()) {
      xml.append("<outcome id=\"").append(outcome.id()).append("\">\n");
      element(xml, "statement", outcome.statement());
      for (AssessmentCriterion criterion : outcome.criteria()) {
        element(xml, "criterion id=\"" + criterion.id() + "\"", "criterion", criterion.text());
      }
      xml.append("</outcome>\n");
    }
    xml.append("</outcomes>\n");
    xml.append("<assessmentMethods>\n");
    for (AssessmentMethod method : AssessmentMethod.values()) {
      if (unit.assessmentMethods().contains(method)) {
        element(xml, "method", method.code());
      }
    }
    xml.append("</assessmentMethods>\n");
    element(xml, "evidenceRequirements", unit.evidenceRequirements());
    element(xml, "author", unit.author());
    unit.reviewPeriodYears().ifPresent(y -> element(xml, "reviewPeriodYears", Integer.toString(y)));
    xml.append("</unit>\n");
    return xml.toString();
  }

  private static void element(StringBuilder xml, String name, String text) {
    element(xml, name, name, text);
  }

  private static void element(StringBuilder xml, String open, String close, String text) {
    xml.append('<')
        .append(open)
        .append('>')
        .append(escape(text))
        .append("</")
        .append(close)
        .append(">\n");
  }
}
