package org.ocnkit.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Message;

/** References to unit versions, {@code CODE@VERSION}, as users type them on the command line. */
class UnitRefTest {
  @Test
  void parsesCodeAndVersion() {
    UnitRef.Query query = UnitRef.parse("HS-KUND-01@2");

    assertThat(query.code()).isEqualTo(new UnitCode("HS-KUND-01"));
    assertThat(query.version()).contains(2);
    assertThat(query).hasToString("HS-KUND-01@2");
  }

  @Test
  void versionIsOptionalInAQuery() {
    UnitRef.Query query = UnitRef.parse(" VO-HYG-01 ");

    assertThat(query.code().value()).isEqualTo("VO-HYG-01");
    assertThat(query.version()).isEmpty();
    assertThat(query).hasToString("VO-HYG-01");
  }

  @Test
  void exactReferenceNeedsTheVersion() {
    assertThat(UnitRef.parseExact("GN-MASK-01@3")).isEqualTo(UnitRef.of("GN-MASK-01", 3));
    assertThat(UnitRef.parseExact("GN-MASK-01@3")).hasToString("GN-MASK-01@3");

    assertThatThrownBy(() -> UnitRef.parseExact("GN-MASK-01"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.problems())
                  .singleElement()
                  .satisfies(
                      p -> {
                        assertThat(p.message().key()).isEqualTo("ref.versionMissing");
                        assertThat(p.message().format(java.util.Locale.ROOT))
                            .contains("\u201cGN-MASK-01\u201d", "CODE@VERSION");
                        assertThat(p.message().format(Message.SWEDISH)).contains("KOD@VERSION");
                      });
            });
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "@1",
        "hs-kund-01@1",
        "HS-KUND-01@",
        "HS-KUND-01@0",
        "HS-KUND-01@-1",
        "HS-KUND-01@x",
        "HS-KUND-01@1@2",
        "HS-KUND-01@1.5",
        "HS KUND@1",
        "HS-KUND-01@99999999999"
      })
  void rejectsMalformedReferencesNamingTheFormat(String text) {
    assertThatThrownBy(() -> UnitRef.parse(text))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.problems())
                  .singleElement()
                  .satisfies(p -> assertThat(p.message().key()).isEqualTo("ref.badFormat"));
              assertThat(e.getMessage()).contains("CODE@VERSION, such as HS-KUND-01@1");
            });
  }

  @Test
  void constructorRefusesVersionZero() {
    assertThatThrownBy(() -> UnitRef.of("HS-KUND-01", 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void sortsByCodeThenVersionNumerically() {
    List<UnitRef> refs =
        new ArrayList<>(
            List.of(
                UnitRef.of("HS-KUND-01", 10),
                UnitRef.of("AL-KOMM-01", 2),
                UnitRef.of("HS-KUND-01", 9),
                UnitRef.of("AL-KOMM-01", 1)));
    Collections.shuffle(refs, new java.util.Random(3));

    Collections.sort(refs);

    assertThat(refs)
        .extracting(UnitRef::toString)
        .containsExactly("AL-KOMM-01@1", "AL-KOMM-01@2", "HS-KUND-01@9", "HS-KUND-01@10");
  }
}
