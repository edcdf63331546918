package org.ocnkit.qualification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.ocnkit.Problem;
import org.ocnkit.unit.UnitCode;
import org.ocnkit.unit.UnitFiles;
import org.xml.sax.SAXException;

/** Qualification files: the samples, the schema, the canonical hash, every rule with its place. */
class QualificationFilesTest {
  static Path repositoryRoot() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("course-units/schema"))
          && Files.isRegularFile(dir.resolve("core/pom.xml"))) {
        return dir;
      }
    }
    throw new IllegalStateException("no repository root above " + Path.of("").toAbsolutePath());
  }

  static Path samples() {
    return repositoryRoot().resolve("course-units/qualifications");
  }

  @Test
  void sampleQualificationsAreValidAndBuiltFromTheSampleUnits() {
    List<QualificationCheck> checks = QualificationFiles.validate(samples(), List.of(samples()));

    assertThat(checks).hasSize(3).allSatisfy(c -> assertThat(c.problems()).isEmpty());
    List<UnitCode> sampleUnits =
        UnitFiles.validate(List.of(repositoryRoot().resolve("course-units"))).units().stream()
            .map(u -> u.code())
            .toList();
    for (QualificationCheck check : checks) {
      assertThat(check.orThrow().units())
          .allSatisfy(u -> assertThat(sampleUnits).contains(u.code()));
    }
  }

  @Test
  void aUnitFolderSkipsItsQualificationsSubfolder() {
    assertThat(UnitFiles.validate(List.of(repositoryRoot().resolve("course-units"))).allValid())
        .isTrue();
  }

  @Test
  void samplesAreValidForAPlainSchemaValidator() throws SAXException, IOException {
    var schema =
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
            .newSchema(repositoryRoot().resolve("course-units/schema/qualification.xsd").toFile());
    try (var files = Files.list(samples())) {
      for (Path file : files.toList()) {
        schema.newValidator().validate(new StreamSource(file.toFile()));
      }
    }
  }

  @Test
  void schemaCopyIsByteIdenticalToTheShippedSchema() throws IOException {
    byte[] copy =
        Files.readAllBytes(repositoryRoot().resolve("course-units/schema/qualification.xsd"));
    try (InputStream in = QualificationFiles.schema().openStream()) {
      assertThat(copy).isEqualTo(in.readAllBytes());
    }
  }

  @Test
  void canonicalFormReadsBackToTheSameHashAndLayoutDoesNotChangeIt() throws IOException {
    Path file = samples().resolve("kval-handel-2.xml");
    Qualification q = QualificationFiles.read(file);
    Qualification again = QualificationFiles.parse("canonical", q.canonicalForm()).orThrow();
    String relaid =
        Files.readString(file)
            .replace("\n    ", "\n\t\t  ")
            .replace("<level>2</level>", "<!-- nivå -->\n<level>2</level>");
    Qualification relaidQ =
        QualificationFiles.parse("relaid", relaid.getBytes(StandardCharsets.UTF_8)).orThrow();

    assertThat(again.hash()).isEqualTo(q.hash());
    assertThat(relaidQ.hash()).isEqualTo(q.hash());
    assertThat(q.rules().groups()).extracting(UnitGroup::id).containsExactly("A", "B");
    assertThat(q.rules().otherProviders().orElseThrow().maxCredits()).hasValue(4);
    assertThat(q.rules().unitValidityYears()).hasValue(5);
  }

  @Test
  void anyChangeOfARuleChangesTheHash() throws IOException {
    String text = Files.readString(samples().resolve("kval-handel-2.xml"));
    Qualification q = parse(text).orThrow();
    Qualification changed = parse(text.replace("minCredits=\"3\"", "minCredits=\"4\"")).orThrow();

    assertThat(changed.hash()).isNotEqualTo(q.hash());
  }

  @Test
  void everyRuleBrokenIsReportedWithItsLineAndColumn() {
    String xml =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <qualification xmlns="https://ocnkit.org/ns/qualification/1" code="KVAL-X" version="1">
          <title lang="en">Only English</title>
          <level>2</level>
          <purpose>P</purpose>
          <units>
            <unit code="HS-KUND-01" versions="3-1"/>
            <unit code="HS-KUND-01"/>
            <unit code="AL-KOMM-01"/>
          </units>
          <rules>
            <totalCredits>6</totalCredits>
            <mandatory><unit code="HS-KUND-01"/><unit code="AL-KOMM-01"/></mandatory>
            <group id="B" minUnits="3"><unit code="HS-KUND-01"/><unit code="VO-HYG-01"/></group>
            <group id="B"><unit code="AL-KOMM-01"/></group>
            <exclusion><unit code="HS-KUND-01"/><unit code="AL-KOMM-01"/></exclusion>
          </rules>
          <author>A</author>
        </qualification>
        """;
    List<Problem> problems = parse(xml).problems();

    assertThat(problems)
        .extracting(p -> p.message().key())
        .containsExactlyInAnyOrder(
            "rule.title.swedishMissing",
            "rule.unit.rangeBackwards",
            "rule.unit.duplicate",
            "rule.unit.notListed",
            "rule.group.tooFewUnits",
            "rule.group.duplicateId",
            "rule.group.noMinimum",
            "rule.exclusion.mandatory");
    assertThat(problems)
        .filteredOn(p -> p.message().key().equals("rule.unit.notListed"))
        .singleElement()
        .satisfies(p -> assertThat(p.location()).isEqualTo("q.xml:14:81"));
    assertThat(problems)
        .allSatisfy(p -> assertThat(p.message().format(Locale.ENGLISH)).contains("(rule: "));
    assertThat(problems)
        .allSatisfy(p -> assertThat(p.message().format(SWEDISH)).contains("(regel: "));
  }

  private static final Locale SWEDISH = Locale.forLanguageTag("sv");

  @Test
  void schemaErrorsNameTheElementAndTheRule() {
    String xml =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <qualification xmlns="https://ocnkit.org/ns/qualification/1" code="KVAL-X" version="1">
          <title lang="sv">T</title>
          <level>9</level>
          <purpose>P</purpose>
          <units><unit code="HS-KUND-01" versions="x"/></units>
          <rules><totalCredits>0</totalCredits></rules>
          <author>A</author>
        </qualification>
        """;
    List<Problem> problems = parse(xml).problems();

    assertThat(problems)
        .extracting(p -> p.message().key())
        .containsExactly(
            "rule.element.level", "rule.attribute.unit.versions", "rule.element.totalCredits");
    assertThat(problems.get(0).location()).isEqualTo("q.xml:4:19");
  }

  @Test
  void malformedXmlIsOneProblemWithItsPlace() {
    assertThat(parse("<qualification").problems())
        .singleElement()
        .satisfies(p -> assertThat(p.message().key()).isEqualTo("rule.xml.malformed"));
  }

  @Test
  void aDoctypeIsRefused() {
    String xml =
        "<?xml version=\"1.0\"?><!DOCTYPE q [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
            + "<qualification xmlns=\"https://ocnkit.org/ns/qualification/1\"/>";
    assertThat(parse(xml).isValid()).isFalse();
  }

  private static QualificationCheck parse(String xml) {
    return QualificationFiles.parse("q.xml", xml.getBytes(StandardCharsets.UTF_8));
  }
}
