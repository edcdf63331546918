package org.ocnkit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocnkit.EnvironmentException;
import org.ocnkit.InvalidInputException;

class SettingsTest {
  private static final Path FILE = Path.of("/ws/ocnkit.properties");

  private static final String TEXT =
      """
      # comment
      org.name = Malmö stad
      panel.quorum.minVoting=fyra
      panel.approvalYears=3
      moderation.share=0,20
      report.period=P3Y
      follow.up=90 dagar
      empty=
      flag=TRUE
      """;

  private final Settings settings = Settings.parse(FILE, TEXT);

  @Test
  void valuesAreTrimmedAndAbsentOrEmptyKeysTakeTheDefault() {
    assertThat(settings.getString("org.name", "x")).isEqualTo("Malmö stad");
    assertThat(settings.getString("empty", "default")).isEqualTo("default");
    assertThat(settings.getInt("missing", 7)).isEqualTo(7);
    assertThat(settings.getInt("panel.approvalYears", 1)).isEqualTo(3);
    assertThat(settings.getPeriod("report.period", Period.ZERO)).isEqualTo(Period.ofYears(3));
    assertThat(settings.getDecimal("missing", new BigDecimal("0.20"))).isEqualByComparingTo("0.20");
    assertThat(settings.getBoolean("flag", false)).isTrue();
    assertThat(settings.keys()).contains("org.name", "empty");
  }

  @Test
  void aBadWholeNumberNamesKeyFileAndLine() {
    assertThatThrownBy(() -> settings.getInt("panel.quorum.minVoting", 3))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).problems().get(0).location())
                    .isEqualTo(FILE + ":3"))
        .hasMessageContaining("panel.quorum.minVoting")
        .hasMessageContaining("whole number")
        .hasMessageContaining("fyra");
  }

  @Test
  void aNumberOutsideItsRangeIsNamed() {
    assertThatThrownBy(() -> settings.getInt("panel.approvalYears", 3, 5, 10))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(FILE + ":4")
        .hasMessageContaining("from 5 to 10");
  }

  @Test
  void aDecimalWithACommaIsRefusedWithAnExample() {
    assertThatThrownBy(() -> settings.getDecimal("moderation.share", BigDecimal.ONE))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(FILE + ":5")
        .hasMessageContaining("0.20");
  }

  @Test
  void aPeriodMustBeIso() {
    assertThatThrownBy(() -> settings.getPeriod("follow.up", Period.ZERO))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(FILE + ":7")
        .hasMessageContaining("P90D");
  }

  @Test
  void aBooleanMustBeTrueOrFalse() {
    assertThatThrownBy(() -> settings.getBoolean("org.name", false))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("true or false");
  }

  @Test
  void aMissingFileIsAnEnvironmentProblem(@TempDir Path dir) {
    assertThatThrownBy(() -> Settings.load(dir.resolve("ocnkit.properties")))
        .isInstanceOf(EnvironmentException.class)
        .hasMessageContaining("ocnkit.properties");
  }

  @Test
  void filesAreReadAsUtf8(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("ocnkit.properties"), "org.name=Härnösand\n");
    assertThat(Settings.load(file).get("org.name")).contains("Härnösand");
  }
}
