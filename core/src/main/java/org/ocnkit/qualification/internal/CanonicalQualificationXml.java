package org.ocnkit.qualification.internal;

import static org.ocnkit.xml.CanonicalXml.escape;

import org.ocnkit.qualification.Exclusion;
import org.ocnkit.qualification.LevelCredits;
import org.ocnkit.qualification.ListedUnit;
import org.ocnkit.qualification.Qualification;
import org.ocnkit.qualification.Rules;
import org.ocnkit.qualification.UnitGroup;
import org.ocnkit.unit.UnitCode;

/**
 * Writes the canonical form of a qualification, the input of its content hash: a valid file with
 * elements in schema order, attributes in a fixed order, one element per line, text normalized
 * (NFC, whitespace collapsed), {@code \n} line ends. Units, groups and rules keep the file's order:
 * they are what the panel reads.
 *
 * <p>Changing this format changes every qualification's hash and so invalidates every panel
 * decision: it must stay as it is for version 1 of the schema.
 */
public final class CanonicalQualificationXml {
  private CanonicalQualificationXml() {}

  public static String write(Qualification q) {
    StringBuilder xml = new StringBuilder(2048);
    xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    xml.append("<qualification xmlns=\"")
        .append(QualificationXml.NAMESPACE)
        .append("\" code=\"")
        .append(escape(q.code().value()))
        .append("\" version=\"")
        .append(q.version())
        .append("\">\n");
    element(xml, "title lang=\"sv\"", "title", q.titleSv());
    q.titleEn().ifPresent(en -> element(xml, "title lang=\"en\"", "title", en));
    element(xml, "level", "level", Integer.toString(q.level().value()));
    element(xml, "purpose", "purpose", q.purpose());
    xml.append("<units>\n");
    for (ListedUnit unit : q.units()) {
      xml.append("<unit code=\"").append(unit.code()).append('"');
      if (unit.hash().isPresent()) {
        xml.append(" hash=\"").append(unit.hash().get().hex()).append('"');
      } else {
        xml.append(" versions=\"").append(unit.versionsText()).append('"');
      }
      xml.append("/>\n");
    }
    xml.append("</units>\n");
    Rules rules = q.rules();
    xml.append("<rules>\n");
    element(xml, "totalCredits", "totalCredits", Integer.toString(rules.totalCredits()));
    if (!rules.mandatory().isEmpty()) {
      xml.append("<mandatory>\n");
      rules.mandatory().forEach(code -> unitName(xml, code));
      xml.append("</mandatory>\n");
    }
    for (UnitGroup group : rules.groups()) {
      xml.append("<group id=\"").append(group.id()).append('"');
      if (group.minCredits() > 0) {
        xml.append(" minCredits=\"").append(group.minCredits()).append('"');
      }
      if (group.minUnits() > 0) {
        xml.append(" minUnits=\"").append(group.minUnits()).append('"');
      }
      xml.append(">\n");
      group.titleSv().ifPresent(t -> element(xml, "title lang=\"sv\"", "title", t));
      group.titleEn().ifPresent(t -> element(xml, "title lang=\"en\"", "title", t));
      group.units().forEach(code -> unitName(xml, code));
      xml.append("</group>\n");
    }
    for (LevelCredits level : rules.levelCredits()) {
      xml.append("<levelCredits level=\"")
          .append(level.level().value())
          .append("\" minCredits=\"")
          .append(level.minCredits())
          .append("\"/>\n");
    }
    for (Exclusion exclusion : rules.exclusions()) {
      xml.append("<exclusion>\n");
      exclusion.units().forEach(code -> unitName(xml, code));
      xml.append("</exclusion>\n");
    }
    rules
        .unitValidityYears()
        .ifPresent(
            y -> element(xml, "unitValidityYears", "unitValidityYears", Integer.toString(y)));
    rules
        .otherProviders()
        .ifPresent(
            other -> {
              xml.append("<otherProviders");
              other.maxCredits().ifPresent(m -> xml.append(" maxCredits=\"").append(m).append('"'));
              xml.append(">\n");
              other.providers().forEach(p -> element(xml, "provider", "provider", p));
              xml.append("</otherProviders>\n");
            });
    xml.append("</rules>\n");
    element(xml, "author", "author", q.author());
    q.reviewPeriodYears()
        .ifPresent(
            y -> element(xml, "reviewPeriodYears", "reviewPeriodYears", Integer.toString(y)));
    xml.append("</qualification>\n");
    return xml.toString();
  }

  private static void unitName(StringBuilder xml, UnitCode code) {
    xml.append("<unit code=\"").append(code).append("\"/>\n");
  }

  private static void element(StringBuilder xml, String open, String close, String text) {
    xml.append('<')
        .append(open)
        .append('>')
        .append(escape(normalize(text)))
        .append("</")
        .append(close)
        .append(">\n");
  }

  private static String normalize(String text) {
    String nfc = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC);
    return nfc.replaceAll("[ \t\r\n]+", " ").trim();
  }
}
