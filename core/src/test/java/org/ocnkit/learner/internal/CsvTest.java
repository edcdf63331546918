package org.ocnkit.learner.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Rosters are read as RFC 4180 says, with the line each record starts on. */
class CsvTest {
  @Test
  void doubledQuotesInsideAQuotedFieldAreOneQuote() {
    List<Csv.Record> records = Csv.parse("förnamn;efternamn\n\"Anna \"\"Nina\"\"\";Berg\n");
    assertThat(records.get(1).fields()).containsExactly("Anna \"Nina\"", "Berg");
    assertThat(records.get(1).line()).isEqualTo(2);
  }

  @Test
  void aQuotedFieldMayHoldSeparatorsAndLineBreaksAndLinesAreCountedFromTheRecordsStart() {
    List<Csv.Record> records = Csv.parse("a,b\r\n\r\n\"x, y\",\"två\nrader\"\r\nsist,rad\r\n");
    assertThat(records).extracting(Csv.Record::line).containsExactly(1, 3, 5);
    assertThat(records.get(1).fields()).containsExactly("x, y", "två\nrader");
  }

  @Test
  void anUnclosedQuoteNamesTheLineItStartsOn() {
    IllegalArgumentException e =
        catchThrowableOfType(
            () -> Csv.parse("a;b\nok;rad\n\"öppen;rad\nmer\n"), IllegalArgumentException.class);
    assertThat(e.getMessage()).isEqualTo("3");
  }

  @Test
  void theFirstLineThatIsNotUtf8IsNamed() {
    byte[] latin1 =
        "förnamn;efternamn\nAnna;Berg\nÅsa;Öberg\n"
            .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    assertThat(Csv.firstNonUtf8Line(latin1)).isEqualTo(1);
    byte[] laterLine = ("a;b\nAnna;Berg\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    byte[] bad = java.util.Arrays.copyOf(laterLine, laterLine.length + 3);
    bad[laterLine.length] = 'x';
    bad[laterLine.length + 1] = (byte) 0xC5;
    bad[laterLine.length + 2] = ';';
    assertThat(Csv.firstNonUtf8Line(bad)).isEqualTo(3);
    assertThat(Csv.firstNonUtf8Line(laterLine)).isZero();
  }
}
