package org.ocnkit.cli.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocnkit.cli.CliRun;
import org.ocnkit.cli.Coordinator;
import org.ocnkit.cli.TerminalText;

/**
 * Text from records reaches the terminal with its control characters escaped: an escape sequence in
 * an evidence description does not recolour the terminal, a newline in it does not fake a line of
 * output; JSON output stays JSON.
 */
class TerminalTextTest {
  @TempDir Path dir;

  @Test
  void controlCharactersAreShownEscaped() {
    assertThat(TerminalText.of("Ok\u001b[31m röd\nFAKE\r\u0007\u009b\u202e"))
        .isEqualTo("Ok\\e[31m röd\\nFAKE\\r\\u0007\\u009b\\u202e");
    assertThat(TerminalText.of("Åsa Öberg")).isEqualTo("Åsa Öberg");
  }

  @Test
  void evidenceTextWithEscapeSequencesAndNewlinesIsPrintedEscaped() {
    Coordinator c =
        new Coordinator(dir, "2026-03-02T09:00:00Z", "Lena Holm").approvedUnitAndPlacement();
    c.roster(List.of("Amina;Hassan;1998-06-14;kvinna;ja;Lärling 2026;2026-01-12;2026-06-30"));
    c.enrol("A1");
    String hostile =
        "Visade kassan.\u001b]0;pwned\u0007\u001b[2J\nocn: evidence signed off by admin";
    c.ok(
        "evidence",
        "add",
        "--enrolment",
        "E1",
        "--date",
        "2026-02-20",
        "--method",
        "observation",
        "--criteria",
        "1.1",
        "--description",
        hostile,
        "--recorded-by",
        "asa-oberg");

    CliRun list = c.ok("evidence", "list", "--enrolment", "E1");
    assertThat(list.out)
        .doesNotContain("\u001b")
        .doesNotContain("\u0007")
        .contains("Visade kassan.\\e]0;pwned\\u0007\\e[2J\\nocn: evidence signed off by admin");
    assertThat(list.out.lines()).noneMatch(l -> l.startsWith("ocn: evidence signed off"));

    CliRun json = c.ok("evidence", "list", "--enrolment", "E1", "--json");
    assertThat(json.out).doesNotContain("\u001b").contains("\\u001b]0;pwned");
  }

  @Test
  void aNameInsideASentenceIsPrintedEscapedWhileTheSentenceKeepsItsShape() {
    Coordinator c =
        new Coordinator(dir, "2026-03-02T09:00:00Z", "Lena Holm").approvedUnitAndPlacement();
    c.ok(
        "assessor",
        "add",
        "maria-sjoberg",
        "--name",
        "Maria\u001b[8m\nocn: all records erased",
        "--qualified");

    CliRun added = c.ok("moderate", "moderator", "add", "maria-sjoberg");
    assertThat(added.out)
        .doesNotContain("\u001b")
        .contains("Maria\\e[8m\\nocn: all records erased (maria-sjoberg)");
    assertThat(added.out.lines()).noneMatch(l -> l.startsWith("ocn: all records erased"));
  }
}
