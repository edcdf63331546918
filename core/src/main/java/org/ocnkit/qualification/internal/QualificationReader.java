package org.ocnkit.qualification.internal;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Unmarshaller;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.validation.Schema;
import org.ocnkit.Message;
import org.ocnkit.Problem;
import org.ocnkit.qualification.Exclusion;
import org.ocnkit.qualification.LevelCredits;
import org.ocnkit.qualification.ListedUnit;
import org.ocnkit.qualification.OtherProviders;
import org.ocnkit.qualification.Qualification;
import org.ocnkit.qualification.QualificationCheck;
import org.ocnkit.qualification.Rules;
import org.ocnkit.qualification.UnitGroup;
import org.ocnkit.unit.EqfLevel;
import org.ocnkit.unit.UnitCode;
import org.ocnkit.unit.UnitHash;
import org.ocnkit.xml.SchemaValidation;
import org.ocnkit.xml.SecureXml;
import org.xml.sax.Locator;
import org.xml.sax.SAXParseException;

/**
 * Reads a qualification file in two passes, like a unit file: the XSD (every schema error, with
 * line and column), then the rules a schema cannot express, checked on the location-aware JAXB
 * binding. Every problem of the file is reported, not only the first.
 */
public final class QualificationReader {
  private static final Schema SCHEMA = SecureXml.schema(schemaLocation());
  private static final JAXBContext JAXB = SecureXml.context(QualificationXml.class);

  private static final Pattern BAD_ELEMENT_VALUE =
      Pattern.compile(
          "cvc-type\\.3\\.1\\.3: The value '(.*)' of element '([\\w:]+)' is not valid\\.");
  private static final Pattern BAD_ATTRIBUTE_VALUE =
      Pattern.compile(
          "cvc-attribute\\.3: The value '(.*)' of attribute '(\\w+)' on element '([\\w:]+)' is not"
              + " valid.*");
  private static final Pattern FACET_ERROR =
      Pattern.compile(
          "cvc-(pattern-valid|enumeration-valid|minInclusive-valid|maxInclusive-valid|"
              + "datatype-valid\\.1\\.2\\.1|minLength-valid|maxLength-valid).*");
  private static final String NS_PREFIX = "\"" + QualificationXml.NAMESPACE + "\":";

  private QualificationReader() {}

  /** The XSD shipped in the jar; the same file is in {@code course-units/schema/}. */
  public static URL schemaLocation() {
    return QualificationReader.class.getResource("/org/ocnkit/qualification/qualification.xsd");
  }

  /** Reads and checks {@code content}; {@code source} names the file in every problem. */
  public static QualificationCheck read(String source, byte[] content) {
    List<Problem> problems = new ArrayList<>();
    SchemaValidation validation = SecureXml.validate(SCHEMA, content);
    if (validation.unreadable().isPresent()) {
      problems.add(
          Problem.at(source, 0, 0, msg("rule.xml.malformed", validation.unreadable().get())));
      return failed(source, problems);
    }
    translate(source, validation.errors(), validation.fatal(), problems);
    if (validation.fatal() || !problems.isEmpty()) {
      return failed(source, problems);
    }
    QualificationXml xml;
    try {
      Unmarshaller unmarshaller = JAXB.createUnmarshaller();
      unmarshaller.setEventHandler(event -> true);
      Object root = unmarshaller.unmarshal(SecureXml.source(content));
      if (!(root instanceof QualificationXml q)) {
        problems.add(Problem.at(source, 0, 0, msg("rule.xml.malformed", "no <qualification>")));
        return failed(source, problems);
      }
      xml = q;
    } catch (JAXBException e) {
      problems.add(
          Problem.at(source, 0, 0, msg("rule.xml.malformed", String.valueOf(e.getMessage()))));
      return failed(source, problems);
    }
    new RuleCheck(source, problems).check(xml);
    if (!problems.isEmpty()) {
      return failed(source, problems);
    }
    return new QualificationCheck(source, Optional.of(toModel(xml)), List.of());
  }

  private static QualificationCheck failed(String source, List<Problem> problems) {
    return new QualificationCheck(source, Optional.empty(), problems);
  }

  private static Message msg(String key, Object... args) {
    return Message.of(Qualification.class, key, args);
  }

  private static void translate(
      String source, List<SAXParseException> errors, boolean fatal, List<Problem> out) {
    for (int i = 0; i < errors.size(); i++) {
      SAXParseException e = errors.get(i);
      String text = String.valueOf(e.getMessage());
      if (fatal && i == errors.size() - 1) {
        out.add(
            Problem.at(
                source, e.getLineNumber(), e.getColumnNumber(), msg("rule.xml.malformed", text)));
        continue;
      }
      if (FACET_ERROR.matcher(text).matches()
          && i + 1 < errors.size()
          && e.getLineNumber() == errors.get(i + 1).getLineNumber()
          && e.getColumnNumber() == errors.get(i + 1).getColumnNumber()) {
        continue;
      }
      Message message =
          friendly(text).orElseGet(() -> msg("rule.schema", text.replace(NS_PREFIX, "")));
      out.add(Problem.at(source, e.getLineNumber(), e.getColumnNumber(), message));
    }
  }

  private static Optional<Message> friendly(String text) {
    Matcher element = BAD_ELEMENT_VALUE.matcher(text);
    if (element.matches()) {
      return known("rule.element." + localName(element.group(2)), element.group(1));
    }
    Matcher attribute = BAD_ATTRIBUTE_VALUE.matcher(text);
    if (attribute.matches()) {
      return known(
          "rule.attribute." + localName(attribute.group(3)) + "." + attribute.group(2),
          attribute.group(1));
    }
    return Optional.empty();
  }

  private static Optional<Message> known(String key, String value) {
    Message message = msg(key, value);
    return message.format(Locale.ROOT).startsWith(key) ? Optional.empty() : Optional.of(message);
  }

  private static String localName(String qname) {
    return qname.substring(qname.indexOf(':') + 1);
  }

  /** The rules a schema cannot express. */
  private static final class RuleCheck {
    private final String source;
    private final List<Problem> problems;
    private final Set<String> listed = new HashSet<>();

    RuleCheck(String source, List<Problem> problems) {
      this.source = source;
      this.problems = problems;
    }

    void check(QualificationXml q) {
      fitsAnInt(q.location, q.version);
      checkTitles(q.location, q.titles, true);
      checkUnits(q.units);
      QualificationXml.RulesXml rules = q.rules;
      fitsAnInt(rules.totalCredits.location, rules.totalCredits.value);
      Set<String> mandatory = new HashSet<>();
      if (rules.mandatory != null) {
        for (QualificationXml.Unit unit : rules.mandatory.units) {
          named(unit);
          if (!mandatory.add(code(unit))) {
            add(unit.location, "rule.mandatory.duplicate", code(unit));
          }
        }
      }
      Set<String> groupIds = new HashSet<>();
      for (QualificationXml.Group group : rules.groups) {
        if (!groupIds.add(group.id.trim())) {
          add(group.location, "rule.group.duplicateId", group.id.trim());
        }
        checkTitles(group.location, group.titles, false);
        fitsAnInt(group.location, group.minCredits);
        fitsAnInt(group.location, group.minUnits);
        if (group.minCredits == null && group.minUnits == null) {
          add(group.location, "rule.group.noMinimum", group.id.trim());
        }
        Set<String> inGroup = new HashSet<>();
        for (QualificationXml.Unit unit : group.units) {
          named(unit);
          if (!inGroup.add(code(unit))) {
            add(unit.location, "rule.group.unitTwice", code(unit), group.id.trim());
          }
        }
        int minUnits = number(group.minUnits);
        if (minUnits > inGroup.size()) {
          add(group.location, "rule.group.tooFewUnits", group.id.trim(), minUnits, inGroup.size());
        }
      }
      Set<String> levels = new HashSet<>();
      for (QualificationXml.Level level : rules.levels) {
        fitsAnInt(level.location, level.minCredits);
        if (!levels.add(level.level.trim())) {
          add(level.location, "rule.level.duplicate", level.level.trim());
        }
      }
      for (QualificationXml.UnitList exclusion : rules.exclusions) {
        Set<String> inExclusion = new HashSet<>();
        List<String> mandatoryHere = new ArrayList<>();
        for (QualificationXml.Unit unit : exclusion.units) {
          named(unit);
          if (!inExclusion.add(code(unit))) {
            add(unit.location, "rule.exclusion.unitTwice", code(unit));
          }
          if (mandatory.contains(code(unit)) && !mandatoryHere.contains(code(unit))) {
            mandatoryHere.add(code(unit));
          }
        }
        if (mandatoryHere.size() > 1) {
          add(exclusion.location, "rule.exclusion.mandatory", String.join(", ", mandatoryHere));
        }
      }
      if (rules.otherProviders != null) {
        fitsAnInt(rules.otherProviders.location, rules.otherProviders.maxCredits);
        Set<String> providers = new HashSet<>();
        for (QualificationXml.Located provider : rules.otherProviders.providers) {
          if (!providers.add(norm(provider.value))) {
            add(provider.location, "rule.provider.duplicate", norm(provider.value));
          }
        }
      }
    }

    private void checkUnits(QualificationXml.Units units) {
      Map<String, Locator> first = new HashMap<>();
      for (QualificationXml.Unit unit : units.units) {
        String code = code(unit);
        Locator earlier = first.putIfAbsent(code, unit.location);
        if (earlier != null) {
          add(unit.location, "rule.unit.duplicate", code, line(earlier));
        }
        listed.add(code);
        if (unit.versions != null && unit.hash != null) {
          add(unit.location, "rule.unit.versionsAndHash", code);
        }
        if (unit.versions != null) {
          String[] range = unit.versions.trim().split("-", -1);
          if (range.length == 2
              && !range[1].isEmpty()
              && Integer.parseInt(range[1]) < Integer.parseInt(range[0])) {
            add(unit.location, "rule.unit.rangeBackwards", unit.versions.trim(), code);
          }
        }
      }
    }

    private void named(QualificationXml.Unit unit) {
      if (!listed.contains(code(unit))) {
        add(unit.location, "rule.unit.notListed", code(unit));
      }
      if (unit.versions != null || unit.hash != null) {
        add(unit.location, "rule.unit.versionsInRule", code(unit));
      }
    }

    private void checkTitles(
        Locator owner, List<QualificationXml.Title> titles, boolean swedishRequired) {
      Set<String> seen = new HashSet<>();
      for (QualificationXml.Title title : titles) {
        if (title.lang != null && !seen.add(title.lang)) {
          add(title.location, "rule.title.duplicateLanguage", title.lang);
        }
      }
      if (swedishRequired && !seen.contains("sv")) {
        add(owner, "rule.title.swedishMissing");
      }
    }

    private void fitsAnInt(Locator at, String value) {
      if (value != null && value.trim().matches("\\+?[0-9]+")) {
        try {
          Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
          add(at, "rule.number.tooLarge", value.trim());
        }
      }
    }

    private void add(Locator at, String key, Object... args) {
      problems.add(
          Problem.at(source, line(at), at == null ? 0 : at.getColumnNumber(), msg(key, args)));
    }

    private static int line(Locator at) {
      return at == null ? 0 : at.getLineNumber();
    }
  }

  private static String code(QualificationXml.Unit unit) {
    return unit.code == null ? "" : unit.code.trim();
  }

  private static String norm(String text) {
    return text == null ? "" : text.replaceAll("[ \t\r\n]+", " ").trim();
  }

  private static int number(String value) {
    if (value == null) {
      return 0;
    }
    try {
      return Integer.parseInt(value.trim().replace("+", ""));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static Qualification toModel(QualificationXml xml) {
    Qualification.Builder b =
        Qualification.builder().code(xml.code.trim()).version(number(xml.version));
    for (QualificationXml.Title title : xml.titles) {
      if ("sv".equals(title.lang)) {
        b.titleSv(title.value);
      } else {
        b.titleEn(title.value);
      }
    }
    b.level(number(xml.level.value)).purpose(xml.purpose.value).author(xml.author.value);
    if (xml.reviewPeriodYears != null) {
      b.reviewPeriodYears(number(xml.reviewPeriodYears.value));
    }
    for (QualificationXml.Unit unit : xml.units.units) {
      UnitCode code = new UnitCode(code(unit));
      if (unit.hash != null) {
        b.unit(
            new ListedUnit(
                code, 1, OptionalInt.empty(), Optional.of(new UnitHash(unit.hash.trim()))));
      } else if (unit.versions != null) {
        String[] range = unit.versions.trim().split("-", -1);
        int from = Integer.parseInt(range[0]);
        OptionalInt to =
            range.length == 1
                ? OptionalInt.of(from)
                : range[1].isEmpty()
                    ? OptionalInt.empty()
                    : OptionalInt.of(Integer.parseInt(range[1]));
        b.unit(new ListedUnit(code, from, to, Optional.empty()));
      } else {
        b.unit(new ListedUnit(code, 1, OptionalInt.empty(), Optional.empty()));
      }
    }
    QualificationXml.RulesXml r = xml.rules;
    List<UnitCode> mandatory =
        r.mandatory == null
            ? List.of()
            : r.mandatory.units.stream().map(u -> new UnitCode(code(u))).toList();
    List<UnitGroup> groups = new ArrayList<>();
    for (QualificationXml.Group g : r.groups) {
      Optional<String> sv = Optional.empty();
      Optional<String> en = Optional.empty();
      for (QualificationXml.Title t : g.titles) {
        if ("sv".equals(t.lang)) {
          sv = Optional.of(norm(t.value));
        } else {
          en = Optional.of(norm(t.value));
        }
      }
      groups.add(
          new UnitGroup(
              g.id.trim(),
              sv,
              en,
              g.units.stream().map(u -> new UnitCode(code(u))).toList(),
              number(g.minCredits),
              number(g.minUnits)));
    }
    List<LevelCredits> levels =
        r.levels.stream()
            .map(l -> new LevelCredits(new EqfLevel(number(l.level)), number(l.minCredits)))
            .toList();
    List<Exclusion> exclusions =
        r.exclusions.stream()
            .map(e -> new Exclusion(e.units.stream().map(u -> new UnitCode(code(u))).toList()))
            .toList();
    OptionalInt validity =
        r.unitValidityYears == null
            ? OptionalInt.empty()
            : OptionalInt.of(number(r.unitValidityYears.value));
    Optional<OtherProviders> others = Optional.empty();
    if (r.otherProviders != null) {
      others =
          Optional.of(
              new OtherProviders(
                  r.otherProviders.providers.stream().map(p -> norm(p.value)).toList(),
                  r.otherProviders.maxCredits == null
                      ? OptionalInt.empty()
                      : OptionalInt.of(number(r.otherProviders.maxCredits))));
    }
    b.rules(
        new Rules(
            number(r.totalCredits.value), mandatory, groups, levels, exclusions, validity, others));
    return b.build();
  }
}
