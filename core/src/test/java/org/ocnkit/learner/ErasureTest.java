package org.ocnkit.learner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How an erased name is found in free text and replaced. */
class ErasureTest {
  private static final Erasure ZEYNEP = new Erasure(new ApprenticeId(1),
      Apprentices.nameForms("Zeynep", "Öztürk-Lindgren"));
  private static final Erasure ALI = new Erasure(new ApprenticeId(2),
      Apprentices.nameForms("Ali", "Ek"));

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Zeynep Öztürk-Lindgren visade kassan. | [namn raderat] visade kassan.",
      "ZEYNEP visade kassan.                  | [namn raderat] visade kassan.",
      "Zeyneps efternamn var fel.             | [namn raderat] efternamn var fel.",
      "Öztürk-Lindgrens rutiner               | [namn raderat] rutiner",
      "Enligt Lindgren:s anteckning           | Enligt [namn raderat] anteckning",
      "Zeynep’s shift                         | [namn raderat] shift",
      "Öztürk hjälpte till                    | [namn raderat] hjälpte till",
      "Zeynepa och Zeynepsson                 | Zeynepa och Zeynepsson"})
  void namesAreFoundAsWholeWordsWithTheGenitive(String text, String redacted) {
    assertThat(ZEYNEP.redact(text)).isEqualTo(redacted);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Alice och Alicia                  | Alice och Alicia",
      "Ali Ek kom i tid, Alis kollega    | [namn raderat] kom i tid, [namn raderat] kollega",
      "Eken och Eksjö                    | Eken och Eksjö",
      "Ek var där                        | [namn raderat] var där"})
  void shortNamesInsideOtherWordsStay(String text, String redacted) {
    assertThat(ALI.redact(text)).isEqualTo(redacted);
  }
}
