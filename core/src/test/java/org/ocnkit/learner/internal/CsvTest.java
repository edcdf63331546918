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
    List<Csv.Record> records = Csv.parse(
        "a,b\r\n\r\n\"x, y\",\"två\nrader\"\r\nsist,rad\r\n");
    assertThat(records).extracting(Csv.Record::line).containsExactly(1, 3, 5);
    assertThat(records.get(1).fields()).containsExactly("x, y", "två\nrader");
  }

  @Test
  void anUnclosedQuoteNamesTheLineItStartsOn() {
    IllegalArgumentException e = catchThrowableOfType(
        () -> Csv.parse("a;b\nok;rad\n\"öppen;rad\nmer\n"), IllegalArgumentException.class);
    assertThat(e.getMessage()).isEqualTo("3");
  }
}
