package org.ocnkit.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.ocnkit.InvalidInputException;

class CertificateCodeTest {
  private static final Fingerprint SAMPLE =
      new Fingerprint("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");

  /** 300 random fingerprints from a fixed seed, so a failure is reproducible. */
  static java.util.List<Fingerprint> fingerprints() {
    java.util.Random random = new java.util.Random(37);
    java.util.List<Fingerprint> list = new java.util.ArrayList<>();
    for (int i = 0; i < 300; i++) {
      byte[] bytes = new byte[32];
      random.nextBytes(bytes);
      list.add(new Fingerprint(HexFormat.of().formatHex(bytes)));
    }
    return list;
  }

  @Test
  void codeIsTheFirstSixtyBitsInCrockfordBase32WithACheckCharacter() {
    CertificateCode code = CertificateCode.of(SAMPLE);
    // 0x9f86d081884c7d6 = the first 60 bits; its base-32 digits and its GF(32) check symbol were
    // computed independently (a separate Python implementation of the weighted sum).
    long bits = 0x9f86d081884c7d6L;
    assertThat(code.bits()).isEqualTo(bits);
    assertThat(code.value()).matches("OCN-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-.");
    assertThat(code.value()).isEqualTo("OCN-KY3D-10C8-9HYP-S");
    assertThat(code.matches(SAMPLE)).isTrue();
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.MethodSource("fingerprints")
  void everyCodeParsesBackAndMatchesItsFingerprint(Fingerprint f) {
    CertificateCode code = CertificateCode.of(f);
    assertThat(CertificateCode.parse(code.value())).isEqualTo(code);
    assertThat(CertificateCode.parse(code.value()).matches(f)).isTrue();
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.MethodSource("fingerprints")
  void parsingForgivesCaseSeparatorsAndConfusableLetters(Fingerprint f) {
    CertificateCode code = CertificateCode.of(f);
    String typed =
        code.value()
            .substring(4)
            .replace("-", " ")
            .toLowerCase(Locale.ROOT)
            .replace('0', 'o')
            .replace('1', 'l');
    assertThat(CertificateCode.parse(typed)).isEqualTo(code);
    assertThat(CertificateCode.parse(code.value().replace('1', 'I'))).isEqualTo(code);
  }

  @Test
  void anySingleCharacterErrorIsCaught() {
    for (Fingerprint f : fingerprints().subList(0, 40)) {
      String compact = CertificateCode.of(f).value().substring(4).replace("-", "");
      for (int position = 0; position <= 12; position++) {
        String alphabet = position < 12 ? CertificateCode.SYMBOLS : CertificateCode.CHECK_SYMBOLS;
        for (int shift = 1; shift < alphabet.length(); shift++) {
          char original = compact.charAt(position);
          char wrong = alphabet.charAt((alphabet.indexOf(original) + shift) % alphabet.length());
          String typo = compact.substring(0, position) + wrong + compact.substring(position + 1);
          assertThatThrownBy(() -> CertificateCode.parse("OCN-" + typo))
              .as("typo %s", typo)
              .isInstanceOf(InvalidInputException.class);
        }
      }
    }
  }

  @Test
  void anySwapOfNeighbouringCharactersIsCaught() {
    for (Fingerprint f : fingerprints()) {
      String compact = CertificateCode.of(f).value().substring(4).replace("-", "");
      for (int position = 0; position < 12; position++) {
        if (compact.charAt(position) == compact.charAt(position + 1)) {
          continue;
        }
        String swapped =
            compact.substring(0, position)
                + compact.charAt(position + 1)
                + compact.charAt(position)
                + compact.substring(position + 2);
        assertThatThrownBy(() -> CertificateCode.parse(swapped))
            .as("swap %s", swapped)
            .isInstanceOf(InvalidInputException.class);
      }
    }
  }

  @Test
  void aCodeDoesNotMatchAnotherFingerprint() {
    java.util.List<Fingerprint> all = fingerprints();
    for (int i = 0; i + 1 < all.size(); i++) {
      Fingerprint a = all.get(i);
      Fingerprint b = all.get(i + 1);
      assertThat(CertificateCode.of(a).matches(b)).isFalse();
    }
  }

  @Test
  void wrongCheckCharacterIsRejectedWithItsOwnMessage() {
    String good = CertificateCode.of(SAMPLE).value();
    String bad = good.substring(0, good.length() - 1) + (good.endsWith("0") ? "2" : "0");
    assertThatThrownBy(() -> CertificateCode.parse(bad))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.problems().get(0).message().key()).isEqualTo("code.check"));
  }

  @Test
  void wrongLengthAndForeignCharactersAreRejected() {
    assertThatThrownBy(() -> CertificateCode.parse("OCN-1234-5678"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.problems().get(0).message().key()).isEqualTo("code.format"));
    assertThatThrownBy(() -> CertificateCode.parse("OCN-KY3D-113G-KZBU-V"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.problems().get(0).message().key()).isEqualTo("code.character"));
  }

  @Test
  void constructorRefusesACodeWithABadCheckCharacter() {
    assertThatThrownBy(() -> new CertificateCode("OCN-KY3D-10C8-9HYP-8"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
