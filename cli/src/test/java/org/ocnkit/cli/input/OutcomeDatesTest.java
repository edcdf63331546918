package org.ocnkit.cli.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocnkit.cli.CliRun;
import org.ocnkit.cli.Coordinator;

/** An outcome date is refused, with the rule named and exit code 3, when it cannot be true. */
class OutcomeDatesTest {
  @TempDir Path dir;

  @Test
  void anOutcomeDateFromTheFarPastBeforeBirthOrStartOrTheFutureIsRefusedWithTheRuleNamed() {
    Coordinator c =
        new Coordinator(dir, "2026-03-02T09:00:00Z", "Lena Holm").approvedUnitAndPlacement();
    c.roster(List.of("Amina;Hassan;2005-06-14;kvinna;ja;Lärling 2026;2026-01-12;2026-06-30"));
    CliRun typo =
        c.fails(
            3,
            "apprentice",
            "outcome",
            "A1",
            "--at",
            "exit",
            "--status",
            "work",
            "--date",
            "1026-02-20");
    assertThat(typo.err)
        .contains("1026-02-20", "2000-01-01", "rule: no outcome dates from the far past");
    assertThat(outcome(c, "2003-02-20").err)
        .contains(
            "before A1 was born on 2005-06-14", "rule: no outcome before the apprentice's birth");
    assertThat(outcome(c, "2026-01-11").err)
        .contains("before A1 started the programme" + " (2026-01-12)");
    assertThat(outcome(c, "2026-03-03").err).contains("rule: no outcome dates in the future");
    CliRun sv =
        c.fails(
            3,
            "--lang",
            "sv",
            "apprentice",
            "outcome",
            "A1",
            "--at",
            "exit",
            "--status",
            "work",
            "--date",
            "1999-12-31");
    assertThat(sv.err).contains("1999-12-31", "regel: inga utfallsdatum från längesedan");
    assertThat(c.ok("apprentice", "outcome", "A1", "--json").out.strip())
        .as("nothing recorded")
        .isEqualTo("[]");
    assertThat(
            c.ok(
                    "apprentice",
                    "outcome",
                    "A1",
                    "--at",
                    "exit",
                    "--status",
                    "work",
                    "--date",
                    "2026-01-12")
                .out)
        .contains("observed 2026-01-12");
  }

  private static CliRun outcome(Coordinator c, String date) {
    return c.fails(
        3, "apprentice", "outcome", "A1", "--at", "exit", "--status", "work", "--date", date);
  }
}
