package org.ocnkit.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ocnkit.unit.UnitFixtures.lineOf;
import static org.ocnkit.unit.UnitFixtures.sample;
import static org.ocnkit.unit.UnitFixtures.text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Message;
import org.ocnkit.Problem;

/**
 * Reading unit files: every kind of error is reported with the file, the line where it is and the
 * rule it breaks; a file with several errors reports all of them.
 */
class UnitReaderTest {
  private static final String RULE = "(rule: ";

  @Test
  void validFileGivesTheUnitWithEveryField() {
    CourseUnit unit = UnitFiles.read(sample("unit-valid.xml"));

    assertThat(unit.ref()).isEqualTo(UnitRef.of("HS-TEST-01", 1));
    assertThat(unit.titleSv()).isEqualTo("Kundbemötande i kassan");
    assertThat(unit.titleEn()).contains("Customer service at the checkout");
    assertThat(unit.arena()).isEqualTo(Arena.HANDEL_SERVICE);
    assertThat(unit.level()).isEqualTo(new EqfLevel(2));
    assertThat(unit.credits()).isEqualTo(3);
    assertThat(unit.notionalHours()).isEqualTo(30);
    assertThat(unit.purpose())
        .isEqualTo(
            "Deltagaren lär sig att ta emot kunder i kassan och att ta betalt enligt"
                + " butikens rutiner.");
    assertThat(unit.outcomes()).extracting(o -> o.id().number()).containsExactly(1, 2);
    assertThat(unit.criteria())
        .extracting(c -> c.id().toString())
        .containsExactly("1.1", "1.2", "2.1", "2.2");
    assertThat(unit.criterion(CriterionId.parse("2.2")).orElseThrow().text())
        .isEqualTo("Deltagaren kan göra en retur med kvitto enligt butikens rutin.");
    assertThat(unit.assessmentMethods())
        .containsExactly(AssessmentMethod.OBSERVATION, AssessmentMethod.WITNESS_TESTIMONY);
    assertThat(unit.author()).isEqualTo("Lärcentrum Norrbacka kommun");
    assertThat(unit.reviewPeriodYears()).hasValue(3);
  }

  @Test
  void malformedXmlIsReportedAtTheBrokenTag() {
    Path file = sample("unit-malformed.xml");

    Problem problem = onlyProblem(file);

    assertAt(problem, file, lineOf(file, "</criterium>"));
    assertRule(problem, "rule.xml.malformed", "rule: XML syntax");
    assertThat(problem.message().format(Locale.ROOT)).contains("criterion");
  }

  @Test
  void creditsThatDoNotMatchTheHoursAreReportedAtTheCredits() {
    Path file = sample("unit-credits-mismatch.xml");

    Problem problem = onlyProblem(file);

    assertAt(problem, file, lineOf(file, "<credits>"));
    assertRule(problem, "rule.credits.mismatch", "rule: credits = notional hours / 10");
    assertThat(problem.message().format(Locale.ROOT)).contains("30 hours give 3 credits");
  }

  @Test
  void hoursThatAreNotAMultipleOfTenAreReportedAtTheHours() {
    Path file = sample("unit-hours-not-multiple.xml");

    Problem problem = onlyProblem(file);

    assertAt(problem, file, lineOf(file, "<notionalHours>"));
    assertRule(problem, "rule.hours.multiple", "rule: 1 credit = 10 notional hours");
  }

  @Test
  void outcomeWithoutCriterionIsReportedAtTheOutcome() {
    Path file = sample("unit-outcome-without-criterion.xml");

    Problem problem = onlyProblem(file);

    assertAt(problem, file, lineOf(file, "<outcome id=\"2\">"));
    assertRule(
        problem, "rule.outcome.noCriterion", "rule: every outcome has at least one criterion");
  }

  @Test
  void duplicateCriterionIdIsReportedAtTheSecondUseAndNamesTheFirst() {
    Path file = sample("unit-criterion-duplicate.xml");
    int first = lineOf(text(file), "<criterion id=\"1.1\">", 1);
    int second = lineOf(text(file), "<criterion id=\"1.1\">", 2);

    Problem problem = onlyProblem(file);

    assertAt(problem, file, second);
    assertRule(problem, "rule.criterion.duplicate", "rule: criterion ids are unique");
    assertThat(problem.message().format(Locale.ROOT)).contains("first on line " + first);
  }

  @Test
  void criterionUnderTheWrongOutcomeIsReportedAtTheCriterion() {
    Path file = sample("unit-criterion-misplaced.xml");

    Problem problem = onlyProblem(file);

    assertAt(problem, file, lineOf(file, "<criterion id=\"2.1\">"));
    assertRule(
        problem,
        "rule.criterion.misplaced",
        "rule: a criterion id starts with its outcome's number, such as 1.1");
  }

  @Test
  void outcomeNumberedOutOfOrderIsReportedAtTheOutcome() {
    Path file = sample("unit-outcome-out-of-order.xml");

    Problem problem = onlyProblem(file);

    assertAt(problem, file, lineOf(file, "<outcome id=\"3\">"));
    assertRule(
        problem, "rule.outcome.numbering", "rule: outcomes are numbered 1, 2, 3 ... in order");
    assertThat(problem.message().format(Locale.ROOT)).contains("expected 2");
  }

  @Test
  void levelNineIsReportedAtTheLevel() {
    Path file = sample("unit-level-9.xml");

    Problem problem = onlyProblem(file);

    assertAt(problem, file, lineOf(file, "<level>"));
    assertRule(problem, "rule.element.level", "rule: EQF level 1-8");
    assertThat(problem.message().format(Locale.ROOT)).contains("found \u201c9\u201d");
  }

  @Test
  void missingSwedishTitleIsReportedAtTheUnit() {
    Path file = sample("unit-title-sv-missing.xml");

    Problem problem = onlyProblem(file);

    assertAt(problem, file, lineOf(file, "<unit "));
    assertRule(problem, "rule.title.swedishMissing", "rule: a <title lang=\"sv\"> is required");
  }

  @Test
  void unknownArenaIsReportedAtTheArenaAndListsTheKnownOnes() {
    Path file = sample("unit-arena-unknown.xml");

    Problem problem = onlyProblem(file);

    assertAt(problem, file, lineOf(file, "<arena>"));
    assertRule(problem, "rule.element.arena", "rule: arena is one of handel-service");
    assertThat(problem.message().format(Locale.ROOT)).contains("\u201chandel\u201d");
  }

  @Test
  void badCodeFormatIsReportedAtTheUnitAndShowsAGoodCode() {
    Path file = sample("unit-code-bad-format.xml");

    Problem problem = onlyProblem(file);

    assertAt(problem, file, lineOf(file, "<unit "));
    assertRule(problem, "rule.attribute.unit.code", "rule: code format");
    assertThat(problem.message().format(Locale.ROOT)).contains("hs-test-01", "HS-KUND-01");
  }

  @Test
  void threeDifferentErrorsAreAllReportedInFileOrder() {
    Path file = sample("unit-three-errors.xml");

    UnitCheck check = UnitFiles.check(file);

    assertThat(check.isValid()).isFalse();
    assertThat(check.unit()).isEmpty();
    assertThat(check.problems())
        .extracting(p -> p.message().key())
        .containsExactly("rule.element.level", "rule.credits.mismatch", "rule.criterion.duplicate");
    assertAt(check.problems().get(0), file, lineOf(file, "<level>"));
    assertAt(check.problems().get(1), file, lineOf(file, "<credits>"));
    assertAt(check.problems().get(2), file, lineOf(text(file), "<criterion id=\"1.1\">", 2));
  }

  @Test
  void readThrowsOneExceptionCarryingEveryProblem() {
    Path file = sample("unit-three-errors.xml");

    assertThatThrownBy(() -> UnitFiles.read(file))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.problems()).hasSize(3);
              assertThat(e.describe(Locale.ROOT).lines())
                  .hasSize(3)
                  .allSatisfy(line -> assertThat(line).startsWith(file + ":").contains(RULE));
            });
  }

  @Test
  void problemsReadInSwedishNameTheSameRuleAndPlace() {
    Path file = sample("unit-three-errors.xml");

    List<Problem> problems = UnitFiles.check(file).problems();

    assertThat(problems.get(1).describe(Message.SWEDISH))
        .isEqualTo(
            file
                + ":"
                + lineOf(file, "<credits>")
                + ":12: po\u00e4ngen 4 st\u00e4mmer inte"
                + " med studietiden (regel: po\u00e4ng = studietid / 10; 30 timmar ger 3 po\u00e4ng)");
    assertThat(problems.get(0).message().format(Message.SWEDISH))
        .contains("regel: EQF-niv\u00e5 1\u20138", "\u201d9\u201d");
    assertThat(problems.get(2).message().format(Message.SWEDISH))
        .contains("kriterie-id 1.1 anv\u00e4nds tv\u00e5 g\u00e5nger");
  }

  @Test
  void malformedXmlIsExplainedInSwedish() {
    Problem problem = onlyProblem(sample("unit-malformed.xml"));

    assertThat(problem.message().format(Message.SWEDISH))
        .startsWith("inte v\u00e4lformad XML (regel: XML-syntax): ");
  }

  @Test
  void criterionNumberedOutOfOrderUnderItsOutcomeIsReported() {
    String xml = text(sample("unit-valid.xml")).replace("id=\"1.2\"", "id=\"1.3\"");

    Problem problem = onlyProblem("gap.xml", xml);

    assertThat(problem.location()).startsWith("gap.xml:" + lineOf(xml, "id=\"1.3\"", 1) + ":");
    assertRule(problem, "rule.criterion.numbering", "expected 1.2");
  }

  @Test
  void secondTitleInTheSameLanguageIsReported() {
    String xml = text(sample("unit-valid.xml")).replace("lang=\"en\"", "lang=\"sv\"");

    Problem problem = onlyProblem("two-sv.xml", xml);

    assertThat(problem.location())
        .startsWith("two-sv.xml:" + lineOf(xml, "Customer service", 1) + ":");
    assertRule(problem, "rule.title.duplicateLanguage", "rule: one title per language");
  }

  @Test
  void unknownAssessmentMethodIsReported() {
    String xml =
        text(sample("unit-valid.xml"))
            .replace("<method>observation</method>", "<method>interview</method>");

    Problem problem = onlyProblem("method.xml", xml);

    assertThat(problem.location()).startsWith("method.xml:" + lineOf(xml, "interview", 1) + ":");
    assertRule(problem, "rule.element.method", "rule: method is one of observation");
  }

  @Test
  void otherSchemaErrorsAreReportedWithoutTheNamespaceClutter() {
    String xml = text(sample("unit-valid.xml")).replaceAll("(?s)<purpose>.*</purpose>\\s*", "");

    Problem problem = onlyProblem("no-purpose.xml", xml);

    assertThat(problem.location()).startsWith("no-purpose.xml:" + lineOf(xml, "<outcomes>", 1));
    assertThat(problem.message().key()).isEqualTo("rule.schema");
    assertThat(problem.message().format(Locale.ROOT))
        .startsWith("breaks the unit schema: ")
        .contains("purpose")
        .doesNotContain("https://ocnkit.org/ns/course-unit/1");
  }

  /** The schema's positive integers are unbounded; the reader must not fail converting them. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "version=\"1\"|version=\"99999999999\"|<unit ",
        "<credits>3</credits>|<credits>99999999999</credits>|<credits>",
        "<notionalHours>30</notionalHours>|<notionalHours>99999999990</notionalHours>|<notionalHours>",
        "<criterion id=\"1.2\">|<criterion id=\"1.99999999999\">|1.99999999999"
      })
  void numbersTooLargeForTheModelAreReportedNotThrown(String from, String to, String at) {
    String xml = text(sample("unit-valid.xml")).replace(from, to);

    Problem problem = onlyProblem("big.xml", xml);

    assertThat(problem.location()).startsWith("big.xml:" + lineOf(xml, at, 1) + ":");
    assertRule(problem, "rule.number.tooLarge", "rule: whole numbers in a unit file are at most");
  }

  @Test
  void documentTypeDeclarationsAreRefusedSoNoExternalFileIsRead(@TempDir Path dir)
      throws IOException {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET-VALUE");
    String xml =
        text(sample("unit-valid.xml"))
            .replace(
                "<!-- A small",
                "<!DOCTYPE unit [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n<!-- A small")
            .replace("Lärcentrum Norrbacka kommun", "&x;");

    UnitCheck check = UnitFiles.parse("xxe.xml", xml.getBytes(StandardCharsets.UTF_8));

    assertThat(check.isValid()).isFalse();
    assertThat(check.problems())
        .extracting(p -> p.message().key())
        .containsExactly("rule.xml.malformed");
    assertThat(check.problems().get(0).toString())
        .doesNotContain("TOP-SECRET-VALUE")
        .contains("DOCTYPE");
  }

  @Test
  void missingFileIsAProblemOfTheCheckNotAnException(@TempDir Path dir) {
    Path missing = dir.resolve("nope.xml");

    UnitCheck check = UnitFiles.check(missing);

    assertThat(check.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.location()).isEqualTo(missing.toString());
              assertThat(p.message().key()).isEqualTo("file.missing");
            });
  }

  @Test
  void folderWithoutUnitFilesIsReported(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("notes.txt"), "not a unit");

    ValidationReport report = UnitFiles.validate(List.of(dir));

    assertThat(report.allValid()).isFalse();
    assertThat(report.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.message().key()).isEqualTo("folder.empty"));
  }

  @Test
  void folderIsCheckedFileByFileInNameOrderIncludingSubfolders(@TempDir Path dir)
      throws IOException {
    Files.createDirectories(dir.resolve("b"));
    Files.copy(sample("unit-valid.xml"), dir.resolve("c-valid.xml"));
    Files.copy(sample("unit-level-9.xml"), dir.resolve("a-level.xml"));
    Files.copy(sample("unit-credits-mismatch.xml"), dir.resolve("b/credits.xml"));

    ValidationReport report = UnitFiles.validate(List.of(dir));

    assertThat(report.checks())
        .extracting(c -> Path.of(c.source()).getFileName().toString())
        .containsExactly("a-level.xml", "credits.xml", "c-valid.xml");
    assertThat(report.allValid()).isFalse();
    assertThat(report.units()).extracting(u -> u.code().value()).containsExactly("HS-TEST-01");
    assertThat(report.invalid()).hasSize(2);
    assertThatThrownBy(report::unitsOrThrow).isInstanceOf(InvalidInputException.class);
  }

  private static Problem onlyProblem(Path file) {
    UnitCheck check = UnitFiles.check(file);
    assertThat(check.isValid()).as("%s should be invalid", file).isFalse();
    assertThat(check.problems()).as("problems of %s", file).hasSize(1);
    return check.problems().get(0);
  }

  private static Problem onlyProblem(String source, String xml) {
    UnitCheck check = UnitFiles.parse(source, xml.getBytes(StandardCharsets.UTF_8));
    assertThat(check.problems()).as("problems of %s", source).hasSize(1);
    return check.problems().get(0);
  }

  /** The location is {@code file:line:column} with the expected line and a column. */
  private static void assertAt(Problem problem, Path file, int line) {
    assertThat(problem.location())
        .matches(java.util.regex.Pattern.quote(file.toString()) + ":" + line + ":[1-9][0-9]*");
  }

  private static void assertRule(Problem problem, String key, String ruleText) {
    assertThat(problem.message().key()).isEqualTo(key);
    assertThat(problem.message().format(Locale.ENGLISH)).contains(ruleText);
  }
}
