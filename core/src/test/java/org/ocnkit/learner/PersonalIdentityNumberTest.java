package org.ocnkit.learner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ocnkit.InvalidInputException;

class PersonalIdentityNumberTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  /** A valid ten-digit number {@code YYMMDD-NNNC} for a birth date, serial and day offset. */
  static String number(LocalDate birth, int serial, int dayOffset, char separator) {
    String nine =
        String.format(
            "%02d%02d%02d%03d",
            birth.getYear() % 100,
            birth.getMonthValue(),
            birth.getDayOfMonth() + dayOffset,
            serial);
    return nine.substring(0, 6)
        + separator
        + nine.substring(6)
        + PersonalIdentityNumber.luhnCheckDigit(nine);
  }

  @Test
  void luhnCheckDigitMatchesTheWorkedExample() {
    // Skatteverket's worked example: 811218-987 gives the check digit 6.
    assertThat(PersonalIdentityNumber.luhnCheckDigit("811218987")).isEqualTo(6);
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void everyFormOfAValidNumberReadsTheSameAndAnySingleWrongDigitIsRefused(long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < 200; i++) {
      LocalDate birth = LocalDate.of(1930 + random.nextInt(95), 1, 1).plusDays(random.nextInt(365));
      int serial = random.nextInt(1000);
      boolean coordination = random.nextInt(4) == 0;
      String ten = number(birth, serial, coordination ? 60 : 0, '-');
      PersonalIdentityNumber parsed = PersonalIdentityNumber.parse(ten, TODAY);
      assertThat(parsed.birthDate()).isEqualTo(birth);
      assertThat(parsed.isCoordinationNumber()).isEqualTo(coordination);
      String century = Integer.toString(birth.getYear() / 100);
      String twelve = century + ten.replace("-", "");
      assertThat(PersonalIdentityNumber.parse(twelve, TODAY)).isEqualTo(parsed);
      assertThat(PersonalIdentityNumber.parse(century + ten, TODAY)).isEqualTo(parsed);
      assertThat(PersonalIdentityNumber.parse(ten.replace("-", ""), TODAY)).isEqualTo(parsed);
      assertThat(parsed.revealDigits()).isEqualTo(twelve);

      String digits = ten.replace("-", "");
      int position = random.nextInt(10);
      char original = digits.charAt(position);
      char wrong = (char) ('0' + (original - '0' + 1 + random.nextInt(9)) % 10);
      String typo = digits.substring(0, position) + wrong + digits.substring(position + 1);
      assertThatThrownBy(() -> PersonalIdentityNumber.parse(typo, TODAY))
          .isInstanceOf(InvalidInputException.class);
    }
  }

  @Test
  void aTenDigitNumberBelongsToTheLatestCenturyNotInTheFuture() {
    LocalDate thisYear = LocalDate.of(2026, 11, 22);
    assertThat(PersonalIdentityNumber.parse(number(thisYear, 123, 0, '-'), TODAY).birthDate())
        .isEqualTo(thisYear);
    LocalDate tomorrowHundredYearsAgo = LocalDate.of(1926, 11, 24);
    assertThat(
            PersonalIdentityNumber.parse(number(tomorrowHundredYearsAgo, 5, 0, '-'), TODAY)
                .birthDate())
        .isEqualTo(tomorrowHundredYearsAgo);
    LocalDate old = LocalDate.of(1920, 5, 5);
    assertThat(PersonalIdentityNumber.parse(number(old, 77, 0, '+'), TODAY).birthDate())
        .isEqualTo(old);
  }

  @Test
  void eachBrokenRuleHasItsOwnMessage() {
    assertThat(key("hello")).isEqualTo("pin.format");
    assertThat(key("19990101-12345")).isEqualTo("pin.format");
    assertThat(key("19990101+1234")).isEqualTo("pin.format");
    String good = number(LocalDate.of(1999, 1, 1), 123, 0, '-');
    String badCheck = good.substring(0, 10) + (char) ('0' + (good.charAt(10) - '0' + 1) % 10);
    assertThat(key(badCheck)).isEqualTo("pin.checkDigit");
    String nine = "991301123";
    assertThat(key("991301-123" + PersonalIdentityNumber.luhnCheckDigit(nine)))
        .isEqualTo("pin.date");
  }

  @Test
  void theNumberNeverShowsInText() {
    PersonalIdentityNumber pin =
        PersonalIdentityNumber.parse(number(LocalDate.of(1999, 1, 1), 123, 0, '-'), TODAY);
    assertThat(pin.toString()).doesNotContain("990101").doesNotContain("123");
  }

  private static String key(String text) {
    try {
      PersonalIdentityNumber.parse(text, TODAY);
      throw new AssertionError("accepted " + text);
    } catch (InvalidInputException e) {
      return e.problems().get(0).message().key();
    }
  }
}
