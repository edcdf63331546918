package org.ocnkit.cli.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ocnkit.cli.CliRun;
import org.ocnkit.cli.ExitCode;
import org.ocnkit.unit.Arena;
import org.ocnkit.unit.AssessmentMethod;
import org.ocnkit.unit.CourseUnit;

class UnitCommandTest {
  @TempDir Path dir;
  private String valid;

  @BeforeEach
  void writeAValidUnit() throws IOException {
    CourseUnit unit =
        CourseUnit.builder()
            .code("VO-HYG-01")
            .version(1)
            .titleSv("Hygienrutiner i äldreomsorgen")
            .titleEn("Hygiene routines in elderly care")
            .arena(Arena.VARD_OMSORG)
            .level(3)
            .notionalHours(40)
            .purpose("Deltagaren lär sig basala hygienrutiner.")
            .outcome(
                "Deltagaren ska kunna följa basala hygienrutiner",
                "Deltagaren kan utföra handhygien enligt rutin",
                "Deltagaren kan använda skyddsförkläde och handskar rätt")
            .outcome(
                "Deltagaren ska kunna förebygga smittspridning",
                "Deltagaren kan hantera smutstvätt enligt rutin",
                "Deltagaren kan förklara hur smitta sprids")
            .method(AssessmentMethod.OBSERVATION)
            .method(AssessmentMethod.PROFESSIONAL_DISCUSSION)
            .evidenceRequirements("Observation vid minst två tillfällen.")
            .author("Lärcentrum Norrbacka kommun")
            .build();
    // Pretty-print the canonical form so line numbers are like a hand-written file.
    valid = new String(unit.canonicalForm(), StandardCharsets.UTF_8).replace("><", ">\n<");
    Files.writeString(dir.resolve("vo-hyg-01.xml"), valid);
  }

  @Test
  void validateReportsEveryValidUnitAndExitsZero() {
    CliRun run = new CliRun(dir).run("unit", "validate", ".");
    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.out).contains("vo-hyg-01.xml", "VO-HYG-01@1", "1 valid, 0 invalid");
  }

  @Test
  void showPrintsTheLevelThreeDescriptorsInTheChosenLanguage() {
    CliRun en = new CliRun(dir).run("unit", "show", "vo-hyg-01.xml", "--lang", "en");
    assertThat(en.exitCode).isZero();
    assertThat(en.out)
        .contains(
            "EQF level 3",
            "Knowledge of facts, principles, processes and general concepts",
            "Take responsibility for completion of tasks",
            "1.2  Deltagaren kan använda");
    CliRun sv = new CliRun(dir).run("unit", "show", "vo-hyg-01.xml", "--lang", "sv");
    assertThat(sv.exitCode).isZero();
    assertThat(sv.out)
        .contains("EQF-nivå 3", "Kunskaper", "Färdigheter")
        .doesNotContain("Knowledge of facts");
  }

  @Test
  void showJsonHasTheOutcomesAndDescriptors() {
    CliRun run = new CliRun(dir).run("unit", "show", "vo-hyg-01.xml", "--json");
    assertThat(run.exitCode).isZero();
    assertThat(run.out).contains("\"eqfLevel\": 3", "\"id\": \"2.2\"", "\"knowledge\": ");
  }

  @Test
  void hashPrintsTheContentHashLikeSha256sum() throws IOException {
    CliRun run = new CliRun(dir).run("unit", "hash", "vo-hyg-01.xml");
    assertThat(run.exitCode).isZero();
    assertThat(run.out.strip()).matches("[0-9a-f]{64}  vo-hyg-01\\.xml");
    Files.writeString(dir.resolve("reindented.xml"), valid.replace("\n", "\r\n    "));
    CliRun again = new CliRun(dir).run("unit", "hash", "reindented.xml");
    assertThat(again.out.substring(0, 64)).isEqualTo(run.out.substring(0, 64));
  }

  @Test
  void aMissingFileIsAnInputError() {
    CliRun run = new CliRun(dir).run("unit", "show", "nope.xml");
    assertThat(run.exitCode).isEqualTo(ExitCode.INPUT);
    assertThat(run.err).contains("nope.xml", "no such file");
  }

  static Stream<Arguments> brokenUnits() {
    return Stream.of(
        Arguments.of("malformed XML", "</outcomes>", "</outcome>", "XML syntax"),
        Arguments.of(
            "credits not hours / 10",
            "<credits>4</credits>",
            "<credits>5</credits>",
            "credits = notional hours / 10"),
        Arguments.of(
            "outcome without criterion",
            "<criterion id=\"2.1\">Deltagaren kan hantera smutstvätt enligt rutin</criterion>\n"
                + "<criterion id=\"2.2\">Deltagaren kan förklara hur smitta sprids</criterion>",
            "",
            "every outcome has at least one criterion"),
        Arguments.of(
            "duplicate criterion id",
            "criterion id=\"1.2\"",
            "criterion id=\"1.1\"",
            "criterion ids are unique"),
        Arguments.of(
            "misplaced criterion id",
            "criterion id=\"2.1\"",
            "criterion id=\"1.3\"",
            "starts with its outcome's number"),
        Arguments.of("level 9", "<level>3</level>", "<level>9</level>", "EQF level 1-8"),
        Arguments.of(
            "missing Swedish title",
            "<title lang=\"sv\">Hygienrutiner i äldreomsorgen</title>",
            "",
            "<title lang=\"sv\"> is required"),
        Arguments.of(
            "unknown arena",
            "<arena>vard-omsorg</arena>",
            "<arena>bygg</arena>",
            "arena is one of"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenUnits")
  void eachBrokenUnitExitsThreeNamingFileLineAndRule(
      String kind, String from, String to, String rule) throws IOException {
    assertThat(valid).contains(from);
    Path bad = dir.resolve("bad.xml");
    Files.writeString(bad, valid.replace(from, to));
    Files.delete(dir.resolve("vo-hyg-01.xml"));
    CliRun run = new CliRun(dir).run("unit", "validate", "bad.xml");
    assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCode.INPUT);
    assertThat(run.out)
        .containsPattern("bad\\.xml:\\d+(:\\d+)?: ")
        .contains(rule)
        .contains("0 valid, 1 invalid");
  }
}
