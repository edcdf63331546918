package org.ocnkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.ocnkit.certificate.CertificateVerifier;
import org.ocnkit.ledger.LogCheck;

/** How messages are put into words. */
class MessageTest {
  @Test
  void aMessageInsideAMessageIsInTheSameLanguage() {
    Message inner = Message.of(LogCheck.class, "proof.consistency.same", 6);
    Message outer = Message.of(CertificateVerifier.class, "verify.log.published", "6", "6", inner);
    assertThat(outer.format(Message.SWEDISH))
        .contains("båda träden har storlek 6 och samma rot")
        .doesNotContain("both trees");
    assertThat(outer.format(Locale.ENGLISH)).contains("both trees have size 6 and the same root");
  }

  @Test
  void aMissingKeyShowsTheKeyAndItsArguments() {
    assertThat(Message.of(LogCheck.class, "no.such.key", 1, "x").format(Locale.ENGLISH))
        .isEqualTo("no.such.key [1, x]");
  }

  @Test
  void dataArgumentsPassThroughTheFilterNumbersAndNestedSentencesKeepTheirShape() {
    Message inner = Message.of(LogCheck.class, "proof.consistency.same", 1234);
    Message outer = Message.of(CertificateVerifier.class, "verify.log.published", "a\nb", 5, inner);
    assertThat(outer.format(Locale.ENGLISH, s -> s.replace("\n", "|")))
        .isEqualTo(
            "the published log (size 5) extends the embedded checkpoint (size a|b): "
                + "both trees have size 1,234 and the same root");
    assertThat(outer.format(Locale.ENGLISH)).contains("size a\nb)");
  }
}
