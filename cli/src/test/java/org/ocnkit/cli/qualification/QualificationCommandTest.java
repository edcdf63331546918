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
    CliRun init = new CliRun(dir).env("OCNKIT_NOW", NOW)
        .run("init", "ws", "--org", "Norrbacka kommun");
    assertThat(init.exitCode).as(init.toString()).isZero();
    ok("unit", "import", CliRun.repositoryRoot().resolve("course-units").toString());
  }

  @Test
  void validateChecksFilesAndWithUnitsTellsWhatThePanelWouldSee() {
    CliRun files = ok("qualification", "validate", samples());
    assertThat(files.out).contains("KVAL-HANDEL-2@1", "3 valid, 0 invalid");

    CliRun units = ocn("--lang", "sv", "qualification", "validate", samples(), "--units");
    assertThat(units.exitCode).as(units.toString()).isEqualTo(ExitCode.CHECK_FAILED);
    assertThat(units.out).contains("MOTSÄGELSE", "kursenheten HS-KUND-01 har ingen fastställd",
        "(regel: ett utbildningsbevis vilar på fastställda kursenheter)");
  }

  @Test
  void anInvalidFileNamesFileLineColumnAndRuleAndExitsThree() throws Exception {
    Path bad = dir.resolve("bad.xml");
    Files.writeString(bad, Files.readString(Path.of(samples(), "kval-handel-2.xml"))
        .replace("<level>2</level>", "<level>12</level>")
        .replace("<unit code=\"AL-RATT-01\"/>\n    </group>",
            "<unit code=\"AL-RATT-02\"/>\n    </group>"));

    CliRun run = new CliRun(dir).run("qualification", "validate", "bad.xml", "--json");

    assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCode.INPUT);
    assertThat(run.out).contains("\"location\": \"bad.xml:5:20\"", "\"rule\": \"rule.element.level\"");
    CliRun text = new CliRun(dir).run("qualification", "validate", "bad.xml");
    assertThat(text.out).contains("INVALID  bad.xml", "(rule: EQF level 1-8)");
  }

  @Test
  void importListAndShowTheStoredVersions() {
    CliRun imported = ok("qualification", "import", samples());
    assertThat(imported.out).contains("imported   KVAL-OMSORG-INTRO@1",
        "to put right before the panel sees it", "3 imported, 0 already stored");
    assertThat(ok("qualification", "import", samples()).out).contains("0 imported, 3 already");

    CliRun list = ok("--lang", "sv", "qualification", "list");
    assertThat(list.out).contains("KVAL-GRON-HANT@1", "Grundutbildning för gröna näringar",
        "Utkast", "3 versioner av utbildningsbevis");
    CliRun show = ok("qualification", "show", "KVAL-GRON-HANT");
    assertThat(show.out).contains("group A (Green industries): at least 4 credits from"
        + " GN-PLANT-01, GN-MASK-01", "may not be combined: IH-VERKT-01, IH-TRA-01",
        "State: Draft");
    assertThat(ok("qualification", "show", "KVAL-HANDEL-2@1", "--json").out)
        .contains("\"otherProvidersMaxCredits\": 4", "\"totalCredits\": 12");
  }
}
