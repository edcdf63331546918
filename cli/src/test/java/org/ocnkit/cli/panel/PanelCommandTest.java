package org.ocnkit.cli.panel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocnkit.cli.CliRun;
import org.ocnkit.cli.ExitCode;
import org.ocnkit.pdf.PdfContents;

/** {@code ocn panel ...} and {@code ocn unit submit|render|withdraw}, run in-process. */
class PanelCommandTest {
  private static final String NOW = "2026-03-02T09:00:00Z";
  private static final String ALL =
      "Birgitta Sandström,Johan Lindberg,Lars-Erik Nyström,Elin Bergqvist";

  @TempDir Path dir;

  private CliRun ocn(String... args) {
    return new CliRun(dir.resolve("ws")).at(NOW).run(args);
  }

  private CliRun ok(String... args) {
    CliRun run = ocn(args);
    assertThat(run.exitCode).as(run.toString()).isZero();
    return run;
  }

  @BeforeEach
  void workspaceWithUnitsAndPanel() {
    CliRun init = new CliRun(dir).at(NOW).run("init", "ws", "--org", "Norrbacka kommun");
    assertThat(init.exitCode).as(init.toString()).isZero();
    ok("unit", "import", CliRun.repositoryRoot().resolve("course-units").toString());
    assertThat(
            ok(
                    "panel",
                    "member",
                    "add",
                    "Birgitta Sandström",
                    "--org",
                    "Arbetsmarknadsenheten Norrbacka kommun",
                    "--sector",
                    "community",
                    "--chair")
                .out)
        .contains("Added panel member 1: Birgitta Sandström", "the panel's chair");
    ok(
        "panel",
        "member",
        "add",
        "Johan Lindberg",
        "--org",
        "Norrbacka Mekaniska AB",
        "--sector",
        "working-life");
    ok(
        "panel",
        "member",
        "add",
        "Lars-Erik Nyström",
        "--org",
        "Norrbacka folkhögskola",
        "--sector",
        "education");
    ok(
        "panel",
        "member",
        "add",
        "Elin Bergqvist",
        "--org",
        "Lärcentrum Norrbacka kommun",
        "--sector",
        "education");
  }

  @Test
  void membersAreListedAndASecondChairIsRefused() {
    CliRun list = ok("panel", "member", "list");
    assertThat(list.out).contains("Johan Lindberg", "working life", "chair", "4 members");
    assertThat(ok("panel", "member", "list", "--json").out)
        .contains("\"sector\": \"working-life\"", "\"chair\": true", "\"id\": 4");
    CliRun second =
        ocn(
            "panel",
            "member",
            "add",
            "Eva Ek",
            "--org",
            "Eks Bageri",
            "--sector",
            "working-life",
            "--chair");
    assertThat(second.exitCode).isEqualTo(ExitCode.CHECK_FAILED);
    assertThat(second.err).contains("Birgitta Sandström chairs the panel");
    CliRun badSector =
        ocn("panel", "member", "add", "Eva Ek", "--org", "Eks Bageri", "--sector", "arbetsliv");
    assertThat(badSector.exitCode).isEqualTo(ExitCode.INPUT);
    assertThat(badSector.err).contains("not a sector");
    assertThat(ocn("panel", "member", "add", "Eva Ek", "--org", "Eks Bageri").exitCode)
        .isEqualTo(ExitCode.USAGE);
    assertThat(ok("panel", "member", "chair", "Johan Lindberg").out)
        .contains("Johan Lindberg now chairs the panel.");
  }

  @Test
  void aUnitIsSubmittedVotedOnDecidedAndRecordedInTheMinutes() throws Exception {
    assertThat(ok("unit", "submit", "VO-HYG-01").out).contains("Submitted VO-HYG-01@1", "frozen");
    CliRun again = ocn("unit", "submit", "VO-HYG-01@1");
    assertThat(again.exitCode).isEqualTo(ExitCode.CHECK_FAILED);
    assertThat(again.err).contains("already submitted");
    assertThat(ocn("unit", "submit", "XX-NONE-01").exitCode).isEqualTo(ExitCode.INPUT);

    CliRun open = ok("panel", "meeting", "open", "--present", ALL);
    assertThat(open.out).isEqualTo("1" + System.lineSeparator());
    String meeting = open.out.strip();

    CliRun author =
        ocn(
            "panel",
            "vote",
            "--meeting",
            meeting,
            "--unit",
            "VO-HYG-01@1",
            "--member",
            "Elin Bergqvist",
            "--vote",
            "approve");
    assertThat(author.exitCode).as(author.toString()).isEqualTo(ExitCode.CHECK_FAILED);
    assertThat(author.err)
        .contains(
            "Elin Bergqvist counts as an author of VO-HYG-01@1",
            "rule: a unit's author does not vote");
    assertThat(
            ocn(
                    "panel",
                    "vote",
                    "--meeting",
                    meeting,
                    "--unit",
                    "VO-HYG-01@1",
                    "--member",
                    "Johan Lindberg",
                    "--vote",
                    "yes")
                .exitCode)
        .isEqualTo(ExitCode.INPUT);
    assertThat(
            ocn(
                    "panel",
                    "vote",
                    "--meeting",
                    meeting,
                    "--unit",
                    "VO-HYG-01@1",
                    "--member",
                    "Johan Lindberg",
                    "--vote",
                    "approve-with-conditions")
                .exitCode)
        .isEqualTo(ExitCode.INPUT);

    ok(
        "panel",
        "vote",
        "--meeting",
        meeting,
        "--unit",
        "VO-HYG-01@1",
        "--member",
        "Johan Lindberg,Lars-Erik Nyström",
        "--vote",
        "approve-with-conditions",
        "--conditions",
        "Lägg till handskbyte.",
        "--due",
        "P2M",
        "--comment",
        "Bra enhet.");
    CliRun vote =
        ok(
            "panel",
            "vote",
            "--meeting",
            meeting,
            "--unit",
            "VO-HYG-01@1",
            "--member",
            "1",
            "--vote",
            "approve",
            "--actor",
            "sekreteraren");
    assertThat(vote.out).contains("Recorded: Birgitta Sandström votes approve on VO-HYG-01@1.");

    CliRun decide = ok("panel", "decide", "--meeting", meeting, "--unit", "VO-HYG-01@1");
    assertThat(decide.out)
        .contains(
            "Decision on VO-HYG-01@1 at meeting 1 (2026-03-02):" + " Approved with conditions",
            "votes counted: 3 (1 approve, 2 approve with conditions",
            "Birgitta Sandström (community, chair)",
            "Johan Lindberg (working life)",
            "Bra enhet.",
            "condition: Lägg till handskbyte.",
            "due by 2026-05-02",
            // VO-HYG-01 sets a review period of two years.
            "approved until 2028-03-02");
    CliRun twice = ocn("panel", "decide", "--meeting", meeting, "--unit", "VO-HYG-01@1");
    assertThat(twice.exitCode).isEqualTo(ExitCode.CHECK_FAILED);
    assertThat(twice.err).contains("already decided on VO-HYG-01@1 at meeting 1");

    CliRun notChair =
        ocn("panel", "conditions-met", "--unit", "VO-HYG-01@1", "--by", "Johan Lindberg");
    assertThat(notChair.exitCode).isEqualTo(ExitCode.CHECK_FAILED);
    assertThat(
            ok(
                    "panel",
                    "conditions-met",
                    "--unit",
                    "VO-HYG-01@1",
                    "--by",
                    "Birgitta Sandström",
                    "--json")
                .out)
        .contains("\"on\": \"2026-03-02\"", "\"approvedUntil\": \"2028-03-02\"");
    assertThat(ok("unit", "list", "--state", "APPROVED").out).contains("VO-HYG-01@1");

    Path minutes = dir.resolve("ws/out/protokoll.pdf");
    assertThat(ok("panel", "minutes", "--meeting", meeting, "--out", "out/protokoll.pdf").out)
        .contains("Wrote the minutes of meeting 1");
    String text = PdfContents.read("protokoll.pdf", Files.readAllBytes(minutes)).text();
    assertThat(text)
        .contains(
            "Protokoll från panelmöte",
            "Norrbacka kommun",
            "VO-HYG-01@1",
            "Bra enhet.",
            "Lars-Erik Nyström",
            "Fastställd med villkor");

    CliRun log = ok("audit", "log", "--entity", "panel_vote", "--json");
    assertThat(log.out)
        .contains(
            "\"action\": \"panel.vote\"", "\"actor\": \"sekreteraren\"", "\"actor\": \"tester\"");
    assertThat(ok("audit", "verify").out).contains("verifies");
  }

  @Test
  void aDecisionWithoutQuorumExitsOneNamingTheRule() {
    ok("unit", "submit", "GN-MASK-01@1");
    String meeting =
        ok(
                "panel",
                "meeting",
                "open",
                "--present",
                "Birgitta Sandström,Lars-Erik Nyström",
                "--date",
                "2026-02-20")
            .out
            .strip();
    ok(
        "panel",
        "vote",
        "--meeting",
        meeting,
        "--unit",
        "GN-MASK-01@1",
        "--member",
        "Birgitta Sandström,Lars-Erik Nyström",
        "--vote",
        "approve");
    CliRun decide = ocn("panel", "decide", "--meeting", meeting, "--unit", "GN-MASK-01@1");
    assertThat(decide.exitCode).isEqualTo(ExitCode.CHECK_FAILED);
    assertThat(decide.err)
        .contains(
            "no quorum: 2 voting members present, 3 needed",
            "no voting member from working life present");
    CliRun absent =
        ocn(
            "panel",
            "vote",
            "--meeting",
            meeting,
            "--unit",
            "GN-MASK-01@1",
            "--member",
            "Johan Lindberg",
            "--vote",
            "approve");
    assertThat(absent.exitCode).isEqualTo(ExitCode.CHECK_FAILED);
    assertThat(absent.err).contains("Johan Lindberg was not present at meeting " + meeting);
    assertThat(
            ocn("panel", "meeting", "open", "--present", "Johan Lindberg", "--date", "2027-01-01")
                .exitCode)
        .isEqualTo(ExitCode.INPUT);
    assertThat(ok("panel", "meeting", "list").out).contains("2026-02-20", "1 meetings");
  }

  @Test
  void aConflictIsDeclaredAndTheMemberMayNotVote() {
    ok("unit", "submit", "IH-TRA-01");
    String meeting = ok("panel", "meeting", "open", "--present", ALL).out.strip();
    assertThat(
            ok(
                    "panel",
                    "conflict",
                    "--meeting",
                    meeting,
                    "--member",
                    "Johan Lindberg",
                    "--unit",
                    "IH-TRA-01@1",
                    "--reason",
                    "Arbetar hos praktikvärden")
                .out)
        .contains("Johan Lindberg declares a conflict of interest over IH-TRA-01@1");
    CliRun vote =
        ocn(
            "panel",
            "vote",
            "--meeting",
            meeting,
            "--unit",
            "IH-TRA-01@1",
            "--member",
            "Johan Lindberg",
            "--vote",
            "approve");
    assertThat(vote.exitCode).isEqualTo(ExitCode.CHECK_FAILED);
    assertThat(vote.err).contains("declared a conflict of interest");
  }

  @Test
  void theReadingCopyListsDueUnitsAndWithdrawal() throws Exception {
    CliRun render = ok("unit", "render", "VO-MAT-01", "--out", "out/vo-mat-01.pdf");
    assertThat(render.out).contains("Wrote the reading copy of VO-MAT-01");
    PdfContents copy =
        PdfContents.read("copy", Files.readAllBytes(dir.resolve("ws/out/vo-mat-01.pdf")));
    String hash =
        ok("unit", "show", "VO-MAT-01", "--json")
            .out
            .replaceAll("(?s).*\"hash\": \"([0-9a-f]{64})\".*", "$1");
    assertThat(copy.pageTexts()).allSatisfy(page -> assertThat(page).contains(hash));
    assertThat(copy.text()).contains("Kunskaper", "1.1", "Meal support in health and social care");

    ok("unit", "submit", "VO-MAT-01");
    String meeting = ok("panel", "meeting", "open", "--present", ALL).out.strip();
    ok(
        "panel",
        "vote",
        "--meeting",
        meeting,
        "--unit",
        "VO-MAT-01@1",
        "--member",
        "Birgitta Sandström,Johan Lindberg,Lars-Erik Nyström",
        "--vote",
        "approve");
    assertThat(ok("panel", "decide", "--meeting", meeting, "--unit", "VO-MAT-01@1", "--json").out)
        .contains(
            "\"outcome\": \"approved\"",
            "\"approvedUntil\": \"2029-03-02\"",
            "\"identifier\": \"PANEL-2026-03-02-1\"",
            "\"hash\": \"" + hash + "\"");
    assertThat(ok("unit", "list", "--due").out).contains("0 unit versions");
    assertThat(ok("unit", "list", "--due", "--within", "1200").out)
        .contains("VO-MAT-01@1", "1 unit versions");
    assertThat(ok("unit", "list", "--within", "1200").out).contains("VO-MAT-01@1");
    assertThat(ocn("unit", "list", "--within", "-1").exitCode).isEqualTo(ExitCode.INPUT);

    assertThat(ok("unit", "withdraw", "VO-MAT-01@1", "--reason", "Ersätts").out)
        .contains("Withdrew VO-MAT-01@1 (it was: Approved)");
    assertThat(ocn("unit", "withdraw", "VO-MAT-01@1", "--reason", "igen").exitCode)
        .isEqualTo(ExitCode.CHECK_FAILED);
    assertThat(ok("unit", "list", "--state", "WITHDRAWN").out).contains("VO-MAT-01@1");
  }

  @Test
  void helpIsInSwedishAndEnglish() {
    assertThat(ok("--lang", "sv", "panel", "--help").out)
        .contains("Användning:", "Panelens arbetsgång", "conditions-met");
    assertThat(ok("panel", "vote", "--help").out)
        .contains("--conditions=TEXT", "P3M", "approve-with-conditions");
    assertThat(ok("--lang", "sv", "unit", "--help").out)
        .contains("submit", "render", "withdraw", "Skicka ett utkast till panelen");
  }
}
