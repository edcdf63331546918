package org.ocnkit.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Unit codes: {@code HS-KUND-01}, 3-30 capitals, digits and single hyphens, a letter first. */
class UnitCodeTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "HS-KUND-01",
        "ABC",
        "A12",
        "AL-RATT-01",
        "VO-HYG-2024-1",
        "ABCDEFGHIJKLMNOPQRSTUVWXYZ1234"
      })
  void acceptsTheDocumentedFormat(String code) {
    assertThat(UnitCode.isValid(code)).isTrue();
    assertThat(new UnitCode(code).value()).isEqualTo(code);
    assertThat(new UnitCode(code)).hasToString(code);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "AB",
        "A-",
        "hs-kund-01",
        "Hs-KUND-01",
        "1HS-KUND",
        "-HS-KUND",
        "HS-KUND-",
        "HS--KUND",
        "HS KUND",
        " HS-KUND-01",
        "HS_KUND_01",
        "VÅ-HYG-01",
        "HS-KUND-01\n",
        "ABCDEFGHIJKLMNOPQRSTUVWXYZ12345"
      })
  void rejectsAnythingElseNamingTheFormat(String code) {
    assertThat(UnitCode.isValid(code)).isFalse();
    assertThatThrownBy(() -> new UnitCode(code))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("such as HS-KUND-01");
  }

  @ParameterizedTest
  @ValueSource(strings = {"AB-1", "HS-KUND-01"})
  void sortsAsText(String other) {
    assertThat(new UnitCode("AA-1").compareTo(new UnitCode(other))).isNegative();
  }
}
