package org.ocnkit.cli.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocnkit.cli.CliRun;
import org.ocnkit.cli.Coordinator;

/** An evidence date is refused, with the rule named, when it cannot be true. */
class EvidenceDatesTest {
  @TempDir Path dir;

  @Test
  void evidenceBeforeStartBirthInTheFarPastOrFutureIsRefusedWithTheRuleNamed() {
    Coordinator c =
        new Coordinator(dir, "2026-03-02T09:00:00Z", "Lena Holm").approvedUnitAndPlacement();
    c.roster(List.of("Amina;Hassan;2005-06-14;kvinna;ja;Lärling 2026;2026-01-12;2026-06-30"));
    c.enrol("A1");
    assertThat(add(c, "1026-02-20").err)
        .contains("earliest date evidence can have")
        .contains("1026-02-20");
    assertThat(add(c, "2003-02-20").err).contains("before A1 was born");
    assertThat(add(c, "2025-12-01").err)
        .contains("before A1 started in the programme on" + " 2026-01-12");
    assertThat(add(c, "2026-03-03").err).contains("is in the future");
    CliRun sv =
        c.ocn(
            "--lang",
            "sv",
            "evidence",
            "add",
            "--enrolment",
            "E1",
            "--date",
            "2025-12-01",
            "--method",
            "observation",
            "--criteria",
            "1.1",
            "--description",
            "Kassan.",
            "--recorded-by",
            "asa-oberg");
    assertThat(sv.err).contains("regel: underlag kommer från programmet");
    assertThat(add(c, "2026-01-12").exitCode).isZero();
  }

  private static CliRun add(Coordinator c, String date) {
    return c.ocn(
        "evidence",
        "add",
        "--enrolment",
        "E1",
        "--date",
        date,
        "--method",
        "observation",
        "--criteria",
        "1.1",
        "--description",
        "Kassan.",
        "--recorded-by",
        "asa-oberg");
  }
}
