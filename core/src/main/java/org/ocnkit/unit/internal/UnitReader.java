package org.ocnkit.unit.internal;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Unmarshaller;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.validation.Schema;
import org.ocnkit.Message;
import org.ocnkit.Problem;
import org.ocnkit.unit.Arena;
import org.ocnkit.unit.AssessmentCriterion;
import org.ocnkit.unit.AssessmentMethod;
import org.ocnkit.unit.CourseUnit;
import org.ocnkit.unit.CriterionId;
import org.ocnkit.unit.LearningOutcome;
import org.ocnkit.unit.OutcomeId;
import org.ocnkit.unit.UnitCheck;
import org.ocnkit.xml.SchemaValidation;
import org.ocnkit.xml.SecureXml;
import org.xml.sax.Locator;
import org.xml.sax.SAXParseException;

/**
 * Reads a unit file in two passes: the XSD (every schema error, with line and column), then the
 * rules the schema cannot express, checked on the JAXB binding which remembers where each element
 * was. Every problem of the file is reported, not only the first.
 */
public final class UnitReader {
  private static final Schema SCHEMA = SecureXml.schema(schemaLocation());
  private static final JAXBContext JAXB = SecureXml.context(UnitXml.class);

  /** A schema error about the value of one element: "The value 'x' of element 'level' ...". */
  private static final Pattern BAD_ELEMENT_VALUE =
      Pattern.compile(
          "cvc-type\\.3\\.1\\.3: The value '(.*)' of element '([\\w:]+)' is not valid\\.");

  private static final Pattern BAD_ATTRIBUTE_VALUE =
      Pattern.compile(
          "cvc-attribute\\.3: The value '(.*)' of attribute '(\\w+)' on element '([\\w:]+)' is not"
              + " valid.*");

  /** The facet errors that precede the two messages above and say the same thing less clearly. */
  private static final Pattern FACET_ERROR =
      Pattern.compile(
          "cvc-(pattern-valid|enumeration-valid|minInclusive-valid|maxInclusive-valid|"
              + "datatype-valid\\.1\\.2\\.1|minLength-valid|maxLength-valid).*");

  private static final Pattern DIGITS = Pattern.compile("\\+?[0-9]+");

  private static final Pattern CRITERION_ID = Pattern.compile("[0-9]+\\.[0-9]+");

  private static final String NS_PREFIX = "\"" + UnitXml.NAMESPACE + "\":";

  private UnitReader() {}

  /** The XSD shipped in the jar; the same file is in {@code course-units/schema/}. */
  public static URL schemaLocation() {
    return UnitReader.class.getResource("/org/ocnkit/unit/course-unit.xsd");
  }

  /**
   * Reads and checks {@code content}.
   *
   * @param source how the user names the file, used in every problem's location
   */
  public static UnitCheck read(String source, byte[] content) {
    List<Problem> problems = new ArrayList<>();
    if (!validateAgainstSchema(source, content, problems)) {
      return new UnitCheck(source, Optional.empty(), problems);
    }
    UnitXml xml;
    try {
      Unmarshaller unmarshaller = JAXB.createUnmarshaller();
      unmarshaller.setEventHandler(event -> true); // the schema pass has reported these already
      Object root = unmarshaller.unmarshal(SecureXml.source(content));
      if (!(root instanceof UnitXml unit)) {
        return new UnitCheck(source, Optional.empty(), problems);
      }
      xml = unit;
    } catch (JAXBException e) {
      problems.add(
          Problem.at(
              source,
              0,
              0,
              Message.of(CourseUnit.class, "rule.xml.malformed", String.valueOf(e.getMessage()))));
      return new UnitCheck(source, Optional.empty(), problems);
    }
    new RuleCheck(source, problems).check(xml);
    if (!problems.isEmpty()) {
      return new UnitCheck(source, Optional.empty(), problems);
    }
    return new UnitCheck(source, Optional.of(toModel(xml)), List.of());
  }

  private static boolean validateAgainstSchema(String source, byte[] content, List<Problem> out) {
    SchemaValidation validation = SecureXml.validate(SCHEMA, content);
    if (validation.unreadable().isPresent()) {
      out.add(
          Problem.at(
              source,
              0,
              0,
              Message.of(CourseUnit.class, "rule.xml.malformed", validation.unreadable().get())));
      return false;
    }
    translate(source, validation.errors(), validation.fatal(), out);
    return !validation.fatal();
  }

  /** Turns parser messages into ours where we can say it better, and drops duplicates. */
  private static void translate(
      String source, List<SAXParseException> errors, boolean fatal, List<Problem> out) {
    for (int i = 0; i < errors.size(); i++) {
      SAXParseException e = errors.get(i);
      String text = String.valueOf(e.getMessage());
      if (fatal && i == errors.size() - 1) {
        out.add(
            Problem.at(
                source,
                e.getLineNumber(),
                e.getColumnNumber(),
                Message.of(CourseUnit.class, "rule.xml.malformed", text)));
        continue;
      }
      if (FACET_ERROR.matcher(text).matches()
          && i + 1 < errors.size()
          && sameSpot(e, errors.get(i + 1))) {
        continue; // the next message names the element, which is what the user needs
      }
      Message message =
          friendly(text)
              .orElseGet(
                  () -> Message.of(CourseUnit.class, "rule.schema", text.replace(NS_PREFIX, "")));
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
    Message message = Message.of(CourseUnit.class, key, value);
    return message.format(Locale.ROOT).startsWith(key) ? Optional.empty() : Optional.of(message);
  }

  private static String localName(String qname) {
    return qname.substring(qname.indexOf(':') + 1);
  }

  private static boolean sameSpot(SAXParseException a, SAXParseException b) {
    return a.getLineNumber() == b.getLineNumber() && a.getColumnNumber() == b.getColumnNumber();
  }

  /** The rules a schema cannot express. */
  private static final class RuleCheck {
    private final String source;
    private final List<Problem> problems;

    RuleCheck(String source, List<Problem> problems) {
      this.source = source;
      this.problems = problems;
    }

    void check(UnitXml unit) {
      checkFitsAnInt(unit.location, unit.version);
      if (unit.credits != null) {
        checkFitsAnInt(unit.credits.location, unit.credits.value);
      }
      if (unit.notionalHours != null) {
        checkFitsAnInt(unit.notionalHours.location, unit.notionalHours.value);
      }
      checkTitles(unit);
      checkCredits(unit);
      checkOutcomes(unit);
    }

    /**
     * The schema's positive integers have no upper bound; a value beyond Java's {@code int} is
     * reported here instead of failing the conversion to the model.
     */
    private void checkFitsAnInt(Locator at, String value) {
      if (value != null && DIGITS.matcher(value.trim()).matches() && !fitsAnInt(value.trim())) {
        add(at, "rule.number.tooLarge", value.trim());
      }
    }

    private void checkTitles(UnitXml unit) {
      Map<String, UnitXml.Title> seen = new HashMap<>();
      for (UnitXml.Title title : unit.titles) {
        if (title.lang != null && seen.putIfAbsent(title.lang, title) != null) {
          add(title.location, "rule.title.duplicateLanguage", title.lang);
        }
      }
      if (!seen.containsKey("sv")) {
        add(unit.location, "rule.title.swedishMissing");
      }
    }

    private void checkCredits(UnitXml unit) {
      OptionalInt credits = number(unit.credits);
      OptionalInt hours = number(unit.notionalHours);
      if (credits.isEmpty() || hours.isEmpty()) {
        return; // reported by the schema
      }
      int h = hours.getAsInt();
      if (h % CourseUnit.HOURS_PER_CREDIT != 0) {
        add(unit.notionalHours.location, "rule.hours.multiple", h);
      } else if (credits.getAsInt() != h / CourseUnit.HOURS_PER_CREDIT) {
        add(
            unit.credits.location,
            "rule.credits.mismatch",
            credits.getAsInt(),
            h,
            h / CourseUnit.HOURS_PER_CREDIT);
      }
    }

    private void checkOutcomes(UnitXml unit) {
      if (unit.outcomes == null) {
        return;
      }
      Map<String, Locator> criterionIds = new HashMap<>();
      int expectedOutcome = 1;
      for (UnitXml.Outcome outcome : unit.outcomes.outcomes) {
        String id = outcome.id == null ? "" : outcome.id.trim();
        if (!id.equals(Integer.toString(expectedOutcome))) {
          add(outcome.location, "rule.outcome.numbering", id, expectedOutcome);
        }
        if (outcome.criteria.isEmpty()) {
          add(outcome.location, "rule.outcome.noCriterion", id);
        }
        int expectedCriterion = 1;
        for (UnitXml.Criterion criterion : outcome.criteria) {
          String cid = criterion.id == null ? "" : criterion.id.trim();
          Locator first = criterionIds.putIfAbsent(cid, criterion.location);
          if (first != null) {
            add(criterion.location, "rule.criterion.duplicate", cid, line(first));
          } else if (CRITERION_ID.matcher(cid).matches()
              && !(fitsAnInt(cid.substring(0, cid.indexOf('.')))
                  && fitsAnInt(cid.substring(cid.indexOf('.') + 1)))) {
            add(criterion.location, "rule.number.tooLarge", cid);
          } else if (CriterionId.isValid(cid)) {
            CriterionId parsed = CriterionId.parse(cid);
            if (!Integer.toString(parsed.outcome().number()).equals(id)) {
              add(criterion.location, "rule.criterion.misplaced", cid, id);
            } else if (parsed.number() != expectedCriterion) {
              add(
                  criterion.location,
                  "rule.criterion.numbering",
                  cid,
                  id + "." + expectedCriterion);
            }
          }
          expectedCriterion++;
        }
        expectedOutcome++;
      }
    }

    private static boolean fitsAnInt(String digits) {
      try {
        Integer.parseInt(digits);
        return true;
      } catch (NumberFormatException e) {
        return false;
      }
    }

    private static OptionalInt number(UnitXml.Located element) {
      if (element == null || element.value == null) {
        return OptionalInt.empty();
      }
      try {
        int value = Integer.parseInt(element.value.trim());
        return value > 0 ? OptionalInt.of(value) : OptionalInt.empty();
      } catch (NumberFormatException e) {
        return OptionalInt.empty();
      }
    }

    private void add(Locator at, String key, Object... args) {
      problems.add(
          Problem.at(
              source,
              line(at),
              at == null ? 0 : at.getColumnNumber(),
              Message.of(CourseUnit.class, key, args)));
    }

    private static int line(Locator at) {
      return at == null ? 0 : at.getLineNumber();
    }
  }

  private static CourseUnit toModel(UnitXml xml) {
    CourseUnit.Builder b =
        CourseUnit.builder().code(xml.code.trim()).version(Integer.parseInt(xml.version.trim()));
    for (UnitXml.Title title : xml.titles) {
      if ("sv".equals(title.lang)) {
        b.titleSv(title.value);
      } else {
        b.titleEn(title.value);
      }
    }
    b.arena(Arena.fromCode(xml.arena.value.trim()).orElseThrow())
        .level(Integer.parseInt(xml.level.value.trim()))
        .notionalHours(Integer.parseInt(xml.notionalHours.value.trim()))
        .credits(Integer.parseInt(xml.credits.value.trim()))
        .purpose(xml.purpose.value);
    for (UnitXml.Outcome o : xml.outcomes.outcomes) {
      OutcomeId id = new OutcomeId(Integer.parseInt(o.id.trim()));
      List<AssessmentCriterion> criteria = new ArrayList<>();
      for (UnitXml.Criterion c : o.criteria) {
        criteria.add(new AssessmentCriterion(CriterionId.parse(c.id), c.value));
      }
      b.outcome(new LearningOutcome(id, o.statement.value, criteria));
    }
    for (UnitXml.Located m : xml.methods) {
      b.method(AssessmentMethod.fromCode(m.value.trim()).orElseThrow());
    }
    b.evidenceRequirements(xml.evidenceRequirements.value).author(xml.author.value);
    if (xml.reviewPeriodYears != null) {
      b.reviewPeriodYears(Integer.parseInt(xml.reviewPeriodYears.value.trim()));
    }
    return b.build();
  }
}
