package org.ocnkit.panel.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ocnkit.panel.PanelMember;
import org.ocnkit.panel.Sector;

/** How a member is recognised as a unit's author from the unit's author field. */
class AuthorMatchTest {
  @ParameterizedTest(name = "{0} / {1} ({2}) -> {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Anna Andersson | Anna Andersson | Lärcentrum | true",
        "anna   ANDERSSON | Anna Andersson | Lärcentrum | true",
        "Anna Andersson och Bo Berg | Bo Berg | Folkhögskolan | true",
        "Anna Andersson and Bo Berg | Anna Andersson | Folkhögskolan | true",
        "Lärcentrum Norrbacka kommun | Elin Bergqvist | Lärcentrum Norrbacka kommun | true",
        "Vård- och omsorgscollege Norrbacka, Lärcentrum Norrbacka kommun | Elin Bergqvist | Lärcentrum Norrbacka kommun | true",
        "Vård- och omsorgscollege Norrbacka, Lärcentrum Norrbacka kommun | Eva Ek | Vård- och omsorgscollege Norrbacka | true",
        "Lärlingsprogrammet Brofors; Västerdala kommunförbund | Jan Ek | Västerdala kommunförbund | true",
        "Lärcentrum Norrbacka kommun | Johan Lindberg | Norrbacka kommun | false",
        "Lärcentrum Norrbacka kommun | Anna Andersson | Lärcentrum | false",
        "Anna Andersson | Anna | Andersson AB | false",
        "Arbetsmarknadsenheten Sjöviks kommun | Birgitta Sandström | Arbetsmarknadsenheten Norrbacka kommun | false",
      })
  void aMemberIsTheAuthorWhenANameInTheFieldIsTheirNameOrOrganisation(
      String author, String name, String organisation, boolean expected) {
    PanelMember member = new PanelMember(1, name, organisation, Sector.EDUCATION, false);
    assertThat(AuthorMatch.isAuthor(author, member)).isEqualTo(expected);
  }

  @org.junit.jupiter.api.Test
  void composedAndDecomposedAccentsAreTheSameName() {
    PanelMember decomposed =
        new PanelMember(1, "Lars-Erik Nystro\u0308m", "Skolan", Sector.EDUCATION, false);
    assertThat(AuthorMatch.isAuthor("Lars-Erik Nystr\u00f6m", decomposed)).isTrue();
  }
}
