package org.ocnkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class DemoYearTest {
  private static final Instant LAST = Instant.parse("2027-09-10T09:00:00Z");

  @Test
  void theStoryEndsOnOrBeforeTodayInTheLatestYearPossible() {
    assertThat(DemoYear.endingBy(LAST, Instant.parse("2026-12-04T16:00:00Z")).years())
        .isEqualTo(-1);
    assertThat(DemoYear.endingBy(LAST, Instant.parse("2026-09-10T00:00:00Z")).years())
        .isEqualTo(-1);
    assertThat(DemoYear.endingBy(LAST, Instant.parse("2026-09-09T23:00:00Z")).years())
        .isEqualTo(-2);
    assertThat(DemoYear.endingBy(LAST, Instant.parse("2031-01-01T00:00:00Z")).years()).isEqualTo(3);
  }

  @Test
  void everyDateAndYearMovesTheSameWay() {
    DemoYear back = new DemoYear(-1);
    assertThat(back.shift("@clock 2026-08-24T08:00:00Z")).isEqualTo("@clock 2025-08-24T08:00:00Z");
    assertThat(
            back.shift("Amina;Hassan;1998-06-14;kvinna;Lärlingsprogrammet hösten 2026;2026-08-17"))
        .isEqualTo("Amina;Hassan;1997-06-14;kvinna;Lärlingsprogrammet hösten 2025;2025-08-17");
    assertThat(back.shift("14/9/2026 --out indikatorer-2026-2027.xlsx"))
        .isEqualTo("14/9/2025 --out indikatorer-2025-2026.xlsx");
    assertThat(back.shift("2028-02-29 EV37 --serial 1 P2M"))
        .isEqualTo("2027-02-28 EV37 --serial 1 P2M");
    assertThat(new DemoYear(0).shift("2026-08-24")).isEqualTo("2026-08-24");
  }
}
