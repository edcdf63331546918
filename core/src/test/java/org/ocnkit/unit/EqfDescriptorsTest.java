package org.ocnkit.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The EQF/SeQF level descriptors shipped as reference data, in English and Swedish. */
class EqfDescriptorsTest {
  private static final Locale ENGLISH = Locale.ENGLISH;
  private static final Locale SWEDISH = Locale.forLanguageTag("sv");

  static Stream<Arguments> levelsAndLanguages() {
    return IntStream.rangeClosed(EqfLevel.MIN, EqfLevel.MAX)
        .boxed()
        .flatMap(n -> Stream.of(Arguments.of(n, ENGLISH), Arguments.of(n, SWEDISH)));
  }

  @ParameterizedTest(name = "level {0}, {1}")
  @MethodSource("levelsAndLanguages")
  void everyLevelHasAllThreeColumnsAsCleanText(int level, Locale locale) {
    EqfDescriptors d = new EqfLevel(level).descriptors(locale);

    assertThat(d.level()).isEqualTo(new EqfLevel(level));
    assertThat(d.language().getLanguage()).isEqualTo(locale.getLanguage());
    assertThat(Stream.of(d.knowledge(), d.skills(), d.responsibilityAndAutonomy()))
        .allSatisfy(
            text ->
                assertThat(text)
                    .isNotBlank()
                    .hasSizeGreaterThan(10)
                    .isEqualTo(text.strip())
                    .doesNotContain("  ", "\\", "\n", "\t"));
  }

  @Test
  void levelThreeReadsAsTheSourceSays() {
    EqfDescriptors en = new EqfLevel(3).descriptors(ENGLISH);
    EqfDescriptors sv = new EqfLevel(3).descriptors(SWEDISH);

    assertThat(en.knowledge())
        .startsWith("Knowledge of facts, principles, processes and general" + " concepts");
    assertThat(en.skills()).startsWith("A range of cognitive and practical skills");
    assertThat(en.responsibilityAndAutonomy())
        .startsWith("Take responsibility for completion of tasks in work or study");
    assertThat(sv.knowledge())
        .startsWith("Kunskaper om fakta, principer, processer och allmänna" + " begrepp");
    assertThat(sv.skills()).startsWith("En rad kognitiva och praktiska färdigheter");
    assertThat(sv.responsibilityAndAutonomy()).startsWith("Ta ansvar för att slutföra uppgifter");
  }

  @Test
  void swedishLevelsSevenAndEightAreTheSeqfTextInFull() {
    EqfDescriptors seven = new EqfLevel(7).descriptors(SWEDISH);
    EqfDescriptors eight = new EqfLevel(8).descriptors(SWEDISH);

    assertThat(seven.knowledge())
        .startsWith("Kan visa: Mycket avancerad kunskap")
        .endsWith("fördjupad insikt i områdets aktuella forsknings- eller utvecklingsfrågor.");
    assertThat(seven.responsibilityAndAutonomy())
        .startsWith("Kan: Värdera")
        .endsWith("ta ansvar för resultatet av eget forsknings- eller utvecklingsarbete.");
    assertThat(eight.skills())
        .startsWith("Kan: Analysera, syntetisera")
        .contains("planera och genomföra utvecklings- eller forskningsarbete")
        .endsWith("i såväl nationella som internationella sammanhang.");
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
  void swedishAndEnglishAreDifferentTexts(int level) {
    EqfDescriptors en = new EqfLevel(level).descriptors(ENGLISH);
    EqfDescriptors sv = new EqfLevel(level).descriptors(SWEDISH);

    assertThat(sv.knowledge()).isNotEqualTo(en.knowledge());
    assertThat(sv.skills()).isNotEqualTo(en.skills());
    assertThat(sv.responsibilityAndAutonomy()).isNotEqualTo(en.responsibilityAndAutonomy());
  }

  @Test
  void otherLanguagesGetEnglish() {
    EqfDescriptors german = new EqfLevel(2).descriptors(Locale.GERMAN);

    assertThat(german).isEqualTo(new EqfLevel(2).descriptors(ENGLISH));
    assertThat(new EqfLevel(2).descriptors(Locale.forLanguageTag("sv-FI")))
        .isEqualTo(new EqfLevel(2).descriptors(SWEDISH));
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "sv"})
  void tablesHoldExactlyTheTwentyFourKeys(String language) throws IOException {
    Properties table = new Properties();
    try (InputStream in =
        EqfDescriptors.class.getResourceAsStream("eqf-descriptors_" + language + ".properties")) {
      assertThat(in).isNotNull();
      table.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    Set<String> expected =
        IntStream.rangeClosed(1, 8)
            .boxed()
            .flatMap(n -> Stream.of(n + ".knowledge", n + ".skills", n + ".responsibility"))
            .collect(Collectors.toCollection(TreeSet::new));

    assertThat(new TreeSet<>(table.stringPropertyNames())).isEqualTo(expected);
  }

  @Test
  void levelOutsideOneToEightDoesNotExist() {
    for (int bad : new int[] {0, 9, -1}) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> new EqfLevel(bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("1-8");
    }
    assertThat(new EqfLevel(4).uri()).isEqualTo("http://data.europa.eu/snb/eqf/4");
  }
}
