package org.ocnkit.cli.panel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocnkit.cli.CliRun;
import org.ocnkit.pdf.PdfContents;

/** The demo's panel steps: every sample unit approved, the minutes and a reading copy written. */
class PanelDemoTest {
  @TempDir Path dir;

  @Test
  void theDemoApprovesEverySampleUnitAndWritesTheMinutes() throws Exception {
    Path home = CliRun.repositoryRoot();
    CliRun demo = new CliRun(home).home(home).env("OCNKIT_NOW", "2026-03-02T09:00:00Z")
        .run("demo", "--dir", dir.resolve("demo").toString());
    assertThat(demo.exitCode).as(demo.toString()).isZero();
    assertThat(demo.out).contains("counts as an author of HS-KUND-01@1",
        "Approved with conditions", "conditions signed off by Birgitta Sandström");

    CliRun list = new CliRun(dir.resolve("demo")).env("OCNKIT_NOW", "2026-03-02T09:00:00Z")
        .run("unit", "list", "--json");
    assertThat(list.out).doesNotContain("\"state\": \"draft\"", "\"state\": \"submitted\"",
        "\"state\": \"approved-with-conditions\"");
    long units;
    try (var files = Files.list(home.resolve("course-units"))) {
      units = files.filter(f -> f.toString().endsWith(".xml")).count();
    }
    assertThat(list.out.split("\"state\": \"approved\"", -1)).hasSize((int) units + 1);

    Path minutes = dir.resolve("demo/out/protokoll-panelmote-1.pdf");
    String text = PdfContents.read("minutes", Files.readAllBytes(minutes)).text();
    assertThat(text).contains("Protokoll från panelmöte", "Fatima Haddad",
        "Hennes butik är praktikplats för enheten", "Villkoren förklarades uppfyllda");
    assertThat(dir.resolve("demo/out/lasexemplar-VO-MAT-01.pdf")).isRegularFile();
  }
}
