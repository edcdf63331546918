package org.ocnkit.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ocnkit.unit.UnitFixtures.courseUnits;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.xml.sax.SAXException;

/**
 * The sample units in {@code course-units/}: valid for ocnkit and for any XML Schema validator,
 * covering every arena and the levels the programmes use, written as a panel expects them.
 */
class SampleUnitsTest {
  private static List<CourseUnit> units;

  @BeforeAll
  static void readAll() {
    ValidationReport report = UnitFiles.validate(List.of(courseUnits()));
    assertThat(report.problems()).as("problems in course-units/").isEmpty();
    units = report.units();
  }

  static Stream<Path> unitFiles() throws IOException {
    try (Stream<Path> files = Files.list(courseUnits())) {
      List<Path> xml = files.filter(f -> f.toString().endsWith(".xml")).sorted().toList();
      assertThat(xml).as("unit files in course-units/").hasSizeGreaterThanOrEqualTo(8);
      return xml.stream();
    }
  }

  @Test
  void everyFileIsValidForOcnkit() throws IOException {
    ValidationReport report = UnitFiles.validate(List.of(courseUnits()));

    assertThat(report.allValid()).isTrue();
    assertThat(report.units()).hasSameSizeAs(unitFiles().toList());
  }

  /** Independent of ocnkit's reader: the JDK's own validator and the shipped XSD, nothing else. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("unitFiles")
  void everyFileIsValidForAPlainSchemaValidator(Path file) throws SAXException, IOException {
    Schema schema =
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
            .newSchema(SampleUnitsTest.class.getResource("/org/ocnkit/unit/course-unit.xsd"));
    Validator validator = schema.newValidator();

    validator.validate(new StreamSource(file.toFile()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unitFiles")
  void fileIsNamedAfterTheCodeInLowerCase(Path file) {
    CourseUnit unit = UnitFiles.read(file);

    assertThat(file.getFileName().toString())
        .isEqualTo(unit.code().value().toLowerCase(Locale.ROOT) + ".xml");
    assertThat(unit.code().value()).startsWith(prefixOf(unit.arena()) + "-");
  }

  @Test
  void everyArenaHasAUnit() {
    Set<Arena> arenas =
        units.stream()
            .map(CourseUnit::arena)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(Arena.class)));

    assertThat(arenas).containsExactlyInAnyOrder(Arena.values());
  }

  @Test
  void levelsOneToFourAreAllUsedAndNothingAbove() {
    assertThat(units)
        .extracting(u -> u.level().value())
        .contains(1, 2, 3, 4)
        .allSatisfy(level -> assertThat(level).isBetween(1, 4));
  }

  @Test
  void everyUnitHasTwoToFiveOutcomesOfTwoToFourCriteria() {
    assertThat(units)
        .allSatisfy(
            unit -> {
              assertThat(unit.outcomes()).as("outcomes of %s", unit.code()).hasSizeBetween(2, 5);
              assertThat(unit.outcomes())
                  .allSatisfy(
                      outcome ->
                          assertThat(outcome.criteria())
                              .as("criteria of %s outcome %s", unit.code(), outcome.id())
                              .hasSizeBetween(2, 4));
            });
  }

  @Test
  void outcomesAndCriteriaAreWorded() {
    assertThat(units)
        .flatExtracting(CourseUnit::outcomes)
        .allSatisfy(o -> assertThat(o.statement()).startsWith("Deltagaren ska "));
    assertThat(units)
        .flatExtracting(CourseUnit::criteria)
        .allSatisfy(c -> assertThat(c.text()).startsWith("Deltagaren kan ").endsWith("."));
  }

  @Test
  void creditsAreTypicalAndMatchTheHours() {
    assertThat(units)
        .allSatisfy(
            unit -> {
              assertThat(unit.credits()).as("credits of %s", unit.code()).isBetween(2, 6);
              assertThat(unit.notionalHours())
                  .isEqualTo(unit.credits() * CourseUnit.HOURS_PER_CREDIT);
            });
  }

  @Test
  void everyUnitIsCompleteForThePanel() {
    assertThat(units)
        .allSatisfy(
            unit -> {
              assertThat(unit.titleEn()).as("English title of %s", unit.code()).isPresent();
              assertThat(unit.version()).isEqualTo(1);
              assertThat(unit.purpose().length())
                  .as("purpose of %s", unit.code())
                  .isGreaterThan(100);
              assertThat(unit.evidenceRequirements().length()).isGreaterThan(100);
              assertThat(unit.assessmentMethods()).isNotEmpty();
              assertThat(unit.author()).containsAnyOf("kommun", "Lärcentrum", "kommunförbund");
            });
    assertThat(units).extracting(CourseUnit::code).doesNotHaveDuplicates();
    assertThat(units).extracting(CourseUnit::hash).doesNotHaveDuplicates();
  }

  @Test
  void schemaCopyIsByteIdenticalToTheShippedSchema() throws IOException {
    byte[] copy = Files.readAllBytes(courseUnits().resolve("schema/course-unit.xsd"));
    byte[] shipped;
    try (InputStream in = UnitFiles.schema().openStream()) {
      shipped = in.readAllBytes();
    }

    assertThat(copy).isEqualTo(shipped);
  }

  @Test
  void readmeListsEveryUnitFile() throws IOException {
    String readme = Files.readString(courseUnits().resolve("README.md"));

    assertThat(unitFiles())
        .allSatisfy(f -> assertThat(readme).contains("`" + f.getFileName() + "`"));
    assertThat(readme)
        .contains(
            "xmllint --noout --schema course-units/schema/course-unit.xsd course-units/*.xml");
  }

  private static String prefixOf(Arena arena) {
    return switch (arena) {
      case HANDEL_SERVICE -> "HS";
      case VARD_OMSORG -> "VO";
      case INDUSTRI_HANTVERK -> "IH";
      case GRONA_NARINGAR -> "GN";
      case ARBETSLIV -> "AL";
    };
  }
}
