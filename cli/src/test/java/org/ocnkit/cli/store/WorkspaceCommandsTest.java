package org.ocnkit.cli.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocnkit.cli.CliRun;
import org.ocnkit.cli.ExitCode;

class WorkspaceCommandsTest {
  @TempDir Path dir;

  private CliRun inWorkspace() {
    return new CliRun(dir.resolve("ws"));
  }

  private void initAndImport() {
    CliRun init = new CliRun(dir).run("init", "ws", "--org", "Norrbacka kommun");
    assertThat(init.exitCode).as(init.toString()).isZero();
    CliRun imported =
        inWorkspace()
            .run("unit", "import", CliRun.repositoryRoot().resolve("course-units").toString());
    assertThat(imported.exitCode).as(imported.toString()).isZero();
    assertThat(imported.out).contains("11 imported");
  }

  @Test
  void initImportListAndVerify() throws Exception {
    initAndImport();
    assertThat(Files.readString(dir.resolve("ws/ocnkit.properties"))).contains("Norrbacka kommun");
    CliRun list = inWorkspace().run("unit", "list");
    assertThat(list.out).contains("HS-KUND-01@1", "Customer service in a shop", "Draft");
    // Flat values, with the names 'unit show --json' uses: no internal wrappers.
    CliRun json = inWorkspace().run("unit", "list", "--json");
    assertThat(json.out)
        .contains(
            "\"code\": \"HS-KUND-01\"",
            "\"version\": 1",
            "\"eqfLevel\": ",
            "\"state\": \"draft\"",
            "\"hash\": \"bdfee172ec3a")
        .doesNotContain("\"value\"", "\"hex\"", "\"ref\"");
    CliRun again =
        inWorkspace()
            .run(
                "unit",
                "import",
                CliRun.repositoryRoot().resolve("course-units/hs-kund-01.xml").toString());
    assertThat(again.out).contains("unchanged", "0 imported");
    CliRun verify = inWorkspace().run("audit", "verify");
    assertThat(verify.exitCode).as(verify.toString()).isZero();
    assertThat(verify.out).contains("11 events");
    CliRun log = inWorkspace().run("audit", "log", "--entity", "unit_version:1", "--json");
    assertThat(log.out).contains("\"action\": \"unit.import\"", "\"actor\": \"tester\"");
  }

  @Test
  void theActorOptionIsRecorded() {
    new CliRun(dir).run("init", "ws");
    inWorkspace()
        .run(
            "unit",
            "import",
            "--actor",
            "Maria Lind",
            CliRun.repositoryRoot().resolve("course-units/vo-hyg-01.xml").toString());
    assertThat(inWorkspace().run("audit", "log").out).contains("Maria Lind");
  }

  @Test
  void showFindsAStoredUnitByCode() {
    initAndImport();
    CliRun show = inWorkspace().run("unit", "show", "VO-HYG-01");
    assertThat(show.exitCode).isZero();
    assertThat(show.out).contains("VO-HYG-01@1");
    CliRun missing = inWorkspace().run("unit", "show", "VO-XYZ-09@2");
    assertThat(missing.exitCode).isEqualTo(ExitCode.INPUT);
    assertThat(missing.err).contains("VO-XYZ-09@2", "ocn unit list");
  }

  @Test
  void anEditedRowMakesAuditVerifyExitOneNamingIt() throws Exception {
    initAndImport();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("ws/ocnkit.db"));
        Statement s = c.createStatement()) {
      s.executeUpdate("UPDATE unit_version SET credits = 9 WHERE id = 3");
    }
    CliRun verify = inWorkspace().run("audit", "verify");
    assertThat(verify.exitCode).isEqualTo(ExitCode.CHECK_FAILED);
    assertThat(verify.out).contains("unit_version:3");
  }

  @Test
  void anInvalidFolderImportsNothingAndExitsThree() throws Exception {
    new CliRun(dir).run("init", "ws");
    Path units = dir.resolve("units");
    Files.createDirectories(units);
    for (String name : new String[] {"al-komm-01.xml", "gn-mask-01.xml"}) {
      Files.copy(
          CliRun.repositoryRoot().resolve("course-units").resolve(name), units.resolve(name));
    }
    Files.writeString(units.resolve("zz-broken.xml"), "<unit>");
    CliRun run = inWorkspace().run("unit", "import", units.toString());
    assertThat(run.exitCode).isEqualTo(ExitCode.INPUT);
    assertThat(run.err).contains("zz-broken.xml");
    assertThat(inWorkspace().run("unit", "list").out).contains("0 unit versions");
  }

  @Test
  void outsideAWorkspaceCommandsSayHowToCreateOne() {
    CliRun run = new CliRun(dir).run("unit", "list");
    assertThat(run.exitCode).isEqualTo(ExitCode.ENVIRONMENT);
    assertThat(run.err).contains("ocn init");
  }

  @Test
  void initRefusesANonEmptyFolder() throws Exception {
    Files.writeString(dir.resolve("notes.txt"), "x");
    CliRun run = new CliRun(dir).run("init", ".");
    assertThat(run.exitCode).isEqualTo(ExitCode.INPUT);
  }

  @Test
  void backupWritesACopyThatOpensAsAWorkspace() throws Exception {
    initAndImport();
    CliRun backup = inWorkspace().run("backup", "../copy.db");
    assertThat(backup.exitCode).as(backup.toString()).isZero();
    Path restored = dir.resolve("restored");
    Files.createDirectories(restored);
    Files.copy(dir.resolve("ws/ocnkit.properties"), restored.resolve("ocnkit.properties"));
    Files.copy(dir.resolve("copy.db"), restored.resolve("ocnkit.db"));
    CliRun verify = new CliRun(restored).run("audit", "verify");
    assertThat(verify.exitCode).as(verify.toString()).isZero();
    assertThat(new CliRun(restored).run("unit", "list").out).contains("11 unit versions");
  }
}
