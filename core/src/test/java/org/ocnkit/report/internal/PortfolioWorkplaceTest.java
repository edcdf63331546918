package org.ocnkit.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PortfolioWorkplaceTest {
  @Test
  void theWorkplaceLineNamesTheEmployerOnceAndSaysNothingTwice() {
    assertThat(
            PortfolioLayout.workplace(
                "Parkavdelningen, Norrbacka kommun",
                "Norrbacka kommun, samhällsbyggnadsförvaltningen"))
        .isEqualTo("Parkavdelningen (Norrbacka kommun, samhällsbyggnadsförvaltningen)");
    assertThat(PortfolioLayout.workplace("ICA Nära Björkdalen", "Björkdalens Livs AB"))
        .isEqualTo("ICA Nära Björkdalen (Björkdalens Livs AB)");
    assertThat(PortfolioLayout.workplace("Norrbacka kommun", "Norrbacka kommun"))
        .isEqualTo("Norrbacka kommun");
    assertThat(PortfolioLayout.workplace("Snickeriet", " ")).isEqualTo("Snickeriet");
  }
}
