package org.ocnkit.cli.qualification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocnkit.cli.CliRun;
import org.ocnkit.cli.ExitCode;

class QualificationCommandTest {
  private static final String NOW = "2026-03-02T09:00:00Z";
  @TempDir Path dir;

  private CliRun ocn(String... args) {
    return new CliRun(dir.resolve("ws")).env("OCNKIT_NOW", NOW).run(args);
  }

  private CliRun ok(String... args) {
    CliRun run = ocn(args);
    assertThat(run.exitCode).as(run.toString()).isZero();
    return run;
  }

  private static String samples() {
    return CliRun.repositoryRoot().resolve("course-units/qualifications").toString();
  }

  @BeforeEach
  void workspaceWithUnits() {
    CliRun init =
        new CliRun(dir).env("OCNKIT_NOW", NOW).run("init", "ws", "--org", "Norrbacka kommun");
    assertThat(init.exitCode).as(init.toString()).isZero();
    ok("unit", "import", CliRun.repositoryRoot().resolve("course-units").toString());
  }

  @Test
  void validateChecksFilesAndWithUnitsTellsWhatThePanelWouldSee() {
    CliRun files = ok("qualification", "validate", samples());
    assertThat(files.out).contains("KVAL-HANDEL-2@1", "3 valid, 0 invalid");

    CliRun units = ocn("--lang", "sv", "qualification", "validate", samples(), "--units");
    assertThat(units.exitCode).as(units.toString()).isEqualTo(ExitCode.CHECK_FAILED);
    assertThat(units.out)
        .contains(
            "MOTSÄGELSE",
            "kursenheten HS-KUND-01 har ingen fastställd",
            "(regel: ett utbildningsbevis vilar på fastställda kursenheter)");
  }

  @Test
  void anInvalidFileNamesFileLineColumnAndRuleAndExitsThree() throws Exception {
    Path bad = dir.resolve("bad.xml");
    Files.writeString(
        bad,
        Files.readString(Path.of(samples(), "kval-handel-2.xml"))
            .replace("<level>2</level>", "<level>12</level>")
            .replace(
                "<unit code=\"AL-RATT-01\"/>\n    </group>",
                "<unit code=\"AL-RATT-02\"/>\n    </group>"));

    CliRun run = new CliRun(dir).run("qualification", "validate", "bad.xml", "--json");

    assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCode.INPUT);
    assertThat(run.out)
        .contains("\"location\": \"bad.xml:5:20\"", "\"rule\": \"rule.element.level\"");
    CliRun text = new CliRun(dir).run("qualification", "validate", "bad.xml");
    assertThat(text.out).contains("INVALID  bad.xml", "(rule: EQF level 1-8)");
  }

  @Test
  void importListAndShowTheStoredVersions() {
    CliRun imported = ok("qualification", "import", samples());
    assertThat(imported.out)
        .contains(
            "imported   KVAL-OMSORG-INTRO@1",
            "to put right before the panel sees it",
            "3 imported, 0 already stored");
    assertThat(ok("qualification", "import", samples()).out).contains("0 imported, 3 already");

    CliRun list = ok("--lang", "sv", "qualification", "list");
    assertThat(list.out)
        .contains(
            "KVAL-GRON-HANT@1",
            "Grundutbildning för gröna näringar",
            "Utkast",
            "3 versioner av utbildningsbevis");
    CliRun show = ok("qualification", "show", "KVAL-GRON-HANT");
    assertThat(show.out)
        .contains(
            "group A (Green industries): at least 4 credits from" + " GN-PLANT-01, GN-MASK-01",
            "may not be combined: IH-VERKT-01, IH-TRA-01",
            "State: Draft");
    assertThat(ok("qualification", "show", "KVAL-HANDEL-2@1", "--json").out)
        .contains("\"otherProvidersMaxCredits\": 4", "\"totalCredits\": 12");
  }

  @Test
  void thePanelApprovesAQualificationOnlyOnceItsUnitsAreApproved() throws Exception {
    ok(
        "panel",
        "member",
        "add",
        "Birgitta Sandström",
        "--org",
        "Föreningen Mötesplats",
        "--sector",
        "community",
        "--chair");
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
    String members = "Birgitta Sandström,Johan Lindberg,Lars-Erik Nyström";
    ok("qualification", "import", Path.of(samples(), "kval-omsorg-intro.xml").toString());
    CliRun early = ocn("qualification", "submit", "KVAL-OMSORG-INTRO");
    assertThat(early.exitCode).as(early.toString()).isEqualTo(ExitCode.CHECK_FAILED);
    assertThat(early.err).contains("unit VO-HYG-01 has no approved version");

    String meeting = ok("panel", "meeting", "open", "--present", members).out.strip();
    for (String unit : new String[] {"VO-HYG-01", "VO-MAT-01", "AL-KOMM-01", "AL-RATT-01"}) {
      ok("unit", "submit", unit);
      ok(
          "panel",
          "vote",
          "--meeting",
          meeting,
          "--unit",
          unit + "@1",
          "--member",
          members,
          "--vote",
          "approve");
      ok("panel", "decide", "--meeting", meeting, "--unit", unit + "@1");
    }
    assertThat(ok("qualification", "submit", "KVAL-OMSORG-INTRO").out)
        .contains("Submitted KVAL-OMSORG-INTRO@1 to the panel");
    ok(
        "qualification",
        "vote",
        "--meeting",
        meeting,
        "KVAL-OMSORG-INTRO@1",
        "--member",
        members,
        "--vote",
        "approve",
        "--comment",
        "Bra introduktion.");
    CliRun decided =
        ok("--lang", "sv", "qualification", "decide", "--meeting", meeting, "KVAL-OMSORG-INTRO@1");
    assertThat(decided.out).contains("KVAL-OMSORG-INTRO@1 vid möte", "fastställd till 2029-03-02");
    assertThat(ok("qualification", "list").out).contains("Approved until 2029-03-02");
    ok("panel", "minutes", "--meeting", meeting, "--out", "protokoll.pdf");
    ok("qualification", "render", "KVAL-OMSORG-INTRO", "--out", "lasexemplar.pdf");
    String minutes =
        org.ocnkit.pdf.PdfContents.read("p", Files.readAllBytes(dir.resolve("ws/protokoll.pdf")))
            .text();
    assertThat(minutes).contains("KVAL-OMSORG-INTRO@1", "Bra introduktion.");
    assertThat(Files.size(dir.resolve("ws/lasexemplar.pdf"))).isPositive();

    // No apprentice has achieved a unit: the progress says everything that is missing.
    ok("apprentice", "import", CliRun.repositoryRoot().resolve("samples/roster.csv").toString());
    CliRun progress = ok("qualification", "progress", "A1");
    assertThat(progress.out)
        .contains(
            "A1  KVAL-OMSORG-INTRO@1",
            "not yet (0 credits counted)",
            "[ ] Mandatory unit VO-HYG-01  \u2013 missing: the mandatory unit VO-HYG-01",
            "missing: 7 more credits in total",
            "missing: 1 more unit from group B");
    assertThat(ok("--lang", "sv", "qualification", "progress", "A1", "--json").out)
        .contains("\"met\": false", "\"6 poäng till på EQF-nivå 2 eller högre\"");
  }
}
