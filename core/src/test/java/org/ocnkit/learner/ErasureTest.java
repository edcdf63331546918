package org.ocnkit.learner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How an erased name is found in free text and replaced. */
class ErasureTest {
  private static final Erasure ZEYNEP =
      new Erasure(new ApprenticeId(1), Apprentices.nameForms("Zeynep", "Öztürk-Lindgren"));
  private static final Erasure ALI =
      new Erasure(new ApprenticeId(2), Apprentices.nameForms("Ali", "Ek"));

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Zeynep Öztürk-Lindgren visade kassan. | [namn raderat] visade kassan.",
        "ZEYNEP visade kassan.                  | [namn raderat] visade kassan.",
        "Zeyneps efternamn var fel.             | [namn raderat] efternamn var fel.",
        "Öztürk-Lindgrens rutiner               | [namn raderat] rutiner",
        "Enligt Lindgren:s anteckning           | Enligt [namn raderat] anteckning",
        "Zeynep’s shift                         | [namn raderat] shift",
        "Öztürk hjälpte till                    | [namn raderat] hjälpte till",
        "Zeynepa och Zeynepsson                 | Zeynepa och Zeynepsson"
      })
  void namesAreFoundAsWholeWordsWithTheGenitive(String text, String redacted) {
    assertThat(ZEYNEP.redact(text)).isEqualTo(redacted);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Alice och Alicia                  | Alice och Alicia",
        "Ali Ek kom i tid, Alis kollega    | [namn raderat] kom i tid, [namn raderat] kollega",
        "Eken och Eksjö                    | Eken och Eksjö",
        "Ek var där                        | [namn raderat] var där"
      })
  void shortNamesInsideOtherWordsStay(String text, String redacted) {
    assertThat(ALI.redact(text)).isEqualTo(redacted);
  }

  private static final Erasure BORN_1999 =
      new Erasure(
          new ApprenticeId(3),
          Apprentices.nameForms("Zeynep", "Öztürk"),
          Optional.of(LocalDate.of(1999, 4, 17)));

  /**
   * Ten digits of a valid number for 17 April 1999 and the check digit computed, never a literal.
   */
  private static String pin(String tail3) {
    String nine = "990417" + tail3;
    return nine + PersonalIdentityNumber.luhnCheckDigit(nine);
  }

  @ParameterizedTest
  @CsvSource({"19,-", "19,", ",-", ",", ",+", ",' '"})
  void thePersonalIdentityNumberIsRedactedInEveryWrittenForm(String century, String separator) {
    String ten = pin("813");
    String written =
        (century == null ? "" : century)
            + ten.substring(0, 6)
            + (separator == null ? "" : separator)
            + ten.substring(6);
    assertThat(BORN_1999.redact("Pnr " + written + ", Zeynep."))
        .isEqualTo("Pnr [personnummer raderat], [namn raderat].");
    String typo =
        written.substring(0, written.length() - 1)
            + (char) ('0' + (written.charAt(written.length() - 1) - '0' + 1) % 10);
    assertThat(BORN_1999.redact("Pnr " + typo + "."))
        .as("a mistyped check digit on their birth date")
        .isEqualTo("Pnr [personnummer raderat].");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Född 1999-04-17 i Malmö.      | Född [födelsedatum raderat] i Malmö.",
        "Född 19990417.                | Född [födelsedatum raderat].",
        "Född 990417.                  | Född [födelsedatum raderat].",
        "Född 17/4 1999.               | Född [födelsedatum raderat].",
        "Född 17.04.1999.              | Född [födelsedatum raderat].",
        "Född 17 april 1999.           | Född [födelsedatum raderat].",
        "Född den 17:e april 1999.     | Född den [födelsedatum raderat].",
        "Born April 17, 1999.          | Born [födelsedatum raderat].",
        "Born 4/17/1999.               | Born [födelsedatum raderat].",
        "Order 1999041712 stays        | Order 1999041712 stays",
        "Datum 2025-04-17 stays        | Datum 2025-04-17 stays"
      })
  void theBirthDateIsRedactedInItsUsualFormsAndNothingElse(String text, String redacted) {
    assertThat(BORN_1999.redact(text)).isEqualTo(redacted);
  }

  @org.junit.jupiter.api.Test
  void aValidNumberOfAnyoneIsRedactedAndAnOrdinaryNumberStays() {
    String nine = "851231" + "234";
    String someone =
        nine.substring(0, 6)
            + "-"
            + nine.substring(6)
            + PersonalIdentityNumber.luhnCheckDigit(nine);
    assertThat(BORN_1999.redact("Handledarens nr " + someone + ", order 4711-0815"))
        .isEqualTo("Handledarens nr [personnummer raderat], order 4711-0815");
  }
}
