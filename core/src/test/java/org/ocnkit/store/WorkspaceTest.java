package org.ocnkit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocnkit.EnvironmentException;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Message;
import org.ocnkit.OcnkitException;
import org.ocnkit.store.testing.Engine;
import org.ocnkit.store.testing.OnEveryEngine;
import org.ocnkit.store.testing.TestClock;
import org.ocnkit.store.testing.TestWorkspaces;

class WorkspaceTest {
  @TempDir Path tmp;

  @Test
  void initCreatesTheFoldersTheDatabaseAndCommentedSettings() throws Exception {
    Path dir = tmp.resolve("ws");
    try (Workspace ws = TestWorkspaces.create(Engine.SQLITE, dir)) {
      assertThat(ws.dir()).isEqualTo(dir.toAbsolutePath());
      assertThat(dir.resolve("ocnkit.db")).isRegularFile();
      assertThat(dir.resolve("evidence")).isDirectory();
      assertThat(dir.resolve("out")).isDirectory();
      assertThat(ws.keysDir()).isDirectory();
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(ws.keysDir())))
          .isEqualTo("rwx------");
      String text = Files.readString(dir.resolve("ocnkit.properties"));
      assertThat(text)
          .contains(
              "# ",
              "org.name=Testkommunen\n",
              "db.url=\n",
              "panel.quorum.minVoting=3\n",
              "panel.approvalYears=3\n",
              "certificate.baseUrl=https://verify.example.org/ocn\n",
              "report.suppressBelow=5\n",
              "evidence.maxAttachmentMb=50\n",
              "moderation.share=0.20\n",
              "moderation.newAssessorCount=3\n");
      assertThat(ws.settings().getString("org.name", "")).isEqualTo("Testkommunen");
      assertThat(ws.usesPostgres()).isFalse();
      assertThat(ws.attachments().maxBytes()).isEqualTo(50 * Attachments.MEGABYTE);
      assertThat(ws.verifyAudit().intact()).isTrue();
    }
  }

  @Test
  void theOrganisationNameIsWrittenSoItReadsBackExactly() {
    String name = " Göteborgs Stad \\ Arbetsmarknad #1 = bäst";
    try (Workspace ws =
        Workspace.init(
            tmp,
            InitOptions.defaults().withOrganisation(name),
            TestWorkspaces.options(new TestClock()))) {
      assertThat(ws.settings().get("org.name")).contains(name.strip());
    }
  }

  @Test
  void sqliteRunsInWalModeWithForeignKeysEnforced() throws Exception {
    try (Workspace ws = TestWorkspaces.create(Engine.SQLITE, tmp)) {
      TestWorkspaces.executeRaw(
          ws,
          "CREATE TABLE parent (id INTEGER PRIMARY KEY AUTOINCREMENT)",
          "CREATE TABLE child (id INTEGER PRIMARY KEY AUTOINCREMENT,"
              + " parent_id BIGINT NOT NULL REFERENCES parent (id))");
      String mode =
          ws.store()
              .read(tx -> tx.queryOne("PRAGMA journal_mode", row -> row.getString(1)))
              .orElseThrow();
      assertThat(mode).isEqualTo("wal");
      assertThatThrownBy(
              () ->
                  ws.store()
                      .write(
                          "anna", tx -> tx.insert("child", Map.of("parent_id", 42L), "test.add")))
          .isInstanceOf(EnvironmentException.class)
          .hasMessageContaining("FOREIGN KEY");
    }
  }

  @Test
  void initRefusesAFolderThatIsAlreadyAWorkspace() {
    TestWorkspaces.create(Engine.SQLITE, tmp).close();
    assertThatThrownBy(() -> Workspace.init(tmp, InitOptions.defaults()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(tmp.toString())
        .hasMessageContaining("already holds an ocnkit workspace");
  }

  @Test
  void initRefusesAFolderWithOtherFilesAndLeavesThemAlone() throws Exception {
    Files.writeString(tmp.resolve("mine.txt"), "keep");
    assertThatThrownBy(() -> Workspace.init(tmp, InitOptions.defaults()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("not empty");
    assertThat(tmp).isDirectoryContaining(p -> p.getFileName().toString().equals("mine.txt"));
    assertThat(Files.list(tmp).count()).isEqualTo(1);
  }

  @Test
  void initRefusesAFile() throws Exception {
    Path file = Files.writeString(tmp.resolve("file"), "x");
    assertThatThrownBy(() -> Workspace.init(file, InitOptions.defaults()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("not a folder");
  }

  @Test
  void initRefusesADatabaseUrlThatIsNotPostgres() {
    assertThatThrownBy(
            () ->
                Workspace.init(
                    tmp.resolve("ws"),
                    InitOptions.defaults().withDatabase("jdbc:mysql://db/ocn", Optional.empty())))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("jdbc:postgresql://");
    assertThat(tmp.resolve("ws")).doesNotExist();
  }

  @Test
  void aPostgresWorkspaceKeepsTheUrlAndUserButNeverThePassword() throws Exception {
    String url = TestWorkspaces.newPostgresUrl();
    Path dir = tmp.resolve("ws");
    InitOptions options = InitOptions.defaults().withDatabase(url, Optional.of("postgres"));
    try (Workspace ws =
        Workspace.init(
            dir,
            options,
            TestWorkspaces.options(new TestClock())
                .withEnv(Map.of(Workspace.ENV_DB_PASSWORD, "hemligt-lösen")))) {
      assertThat(ws.usesPostgres()).isTrue();
      assertThat(ws.databaseDescription()).isEqualTo(url.substring(0, url.indexOf('?')));
      assertThat(dir.resolve("ocnkit.db")).doesNotExist();
    }
    String text = Files.readString(dir.resolve("ocnkit.properties"));
    assertThat(text)
        .contains("db.url=" + url + "\n", "db.user=postgres\n")
        .doesNotContain("hemligt");
    try (Workspace again = Workspace.open(dir)) {
      assertThat(again.verifyAudit().intact()).isTrue();
    }
  }

  @Test
  void aFailedInitRemovesWhatItCreated() throws Exception {
    InitOptions unreachable =
        InitOptions.defaults()
            .withDatabase("jdbc:postgresql://127.0.0.1:1/ocn?connectTimeout=2", Optional.empty());
    Path fresh = tmp.resolve("fresh");
    assertThatThrownBy(() -> Workspace.init(fresh, unreachable))
        .isInstanceOf(EnvironmentException.class)
        .hasMessageContaining("cannot open the database jdbc:postgresql://127.0.0.1:1/ocn")
        .hasMessageNotContaining("connectTimeout");
    assertThat(fresh).doesNotExist();

    Path empty = Files.createDirectory(tmp.resolve("empty"));
    assertThatThrownBy(() -> Workspace.init(empty, unreachable))
        .isInstanceOf(EnvironmentException.class);
    assertThat(empty).isEmptyDirectory();
  }

  @Test
  void openingAFolderThatIsNotAWorkspaceSaysHowToCreateOne() {
    assertThatThrownBy(() -> Workspace.open(tmp))
        .isInstanceOf(EnvironmentException.class)
        .hasMessageContaining("ocn init " + tmp);
  }

  @Test
  void aWorkspaceWhoseDatabaseIsGoneIsNotSilentlyRecreated() throws Exception {
    TestWorkspaces.create(Engine.SQLITE, tmp).close();
    Files.delete(tmp.resolve("ocnkit.db"));
    assertThatThrownBy(() -> Workspace.open(tmp))
        .isInstanceOf(EnvironmentException.class)
        .hasMessageContaining("ocnkit.db is missing")
        .hasMessageContaining("backup");
    assertThat(tmp.resolve("ocnkit.db")).doesNotExist();
  }

  @Test
  void anInvalidSettingNamesTheKeyTheFileAndTheLine() throws Exception {
    TestWorkspaces.create(Engine.SQLITE, tmp).close();
    Path file = tmp.resolve("ocnkit.properties");
    String text =
        Files.readString(file)
            .replace("evidence.maxAttachmentMb=50", "evidence.maxAttachmentMb=femtio");
    Files.writeString(file, text);
    int line = text.lines().toList().indexOf("evidence.maxAttachmentMb=femtio") + 1;
    InvalidInputException e = catchInvalid(() -> Workspace.open(tmp));
    assertThat(e.problems()).hasSize(1);
    assertThat(e.problems().get(0).location()).isEqualTo(file.toAbsolutePath() + ":" + line);
    assertThat(e.describe(java.util.Locale.ROOT))
        .contains("evidence.maxAttachmentMb", "whole number", "femtio");
    assertThat(e.describe(Message.SWEDISH)).contains("heltal");
  }

  @Test
  void anUnsupportedDatabaseUrlInTheSettingsIsNamed() throws Exception {
    TestWorkspaces.create(Engine.SQLITE, tmp).close();
    Path file = tmp.resolve("ocnkit.properties");
    Files.writeString(file, Files.readString(file).replace("db.url=\n", "db.url=jdbc:h2:mem\n"));
    InvalidInputException e = catchInvalid(() -> Workspace.open(tmp));
    assertThat(e.problems().get(0).location()).startsWith(file.toAbsolutePath() + ":");
    assertThat(e.getMessage()).contains("jdbc:h2:mem", "jdbc:postgresql://");
  }

  @Test
  void migrationsRunOnceAndReopeningChangesNothing() throws Exception {
    TestWorkspaces.create(Engine.SQLITE, tmp).close();
    try (Workspace ws = Workspace.open(tmp)) {
      long applied =
          ws.store()
              .read(
                  tx ->
                      tx.queryLong("SELECT count(*) FROM flyway_schema_history WHERE success = 1"));
      long versions =
          ws.store()
              .read(
                  tx -> tx.queryLong("SELECT count(DISTINCT version) FROM flyway_schema_history"));
      assertThat(applied).isEqualTo(versions).isGreaterThanOrEqualTo(2);
    }
    try (Workspace ws = Workspace.open(tmp)) {
      assertThat(ws.verifyAudit().intact()).isTrue();
    }
  }

  @OnEveryEngine
  void aWorkspaceMissingAMigrationIsBroughtUpToDateWhenOpened(Engine engine) throws Exception {
    Path dir = tmp.resolve("ws");
    // Undo the newest migration (V17, qualification certificates under review) as if the
    // workspace were older than this build. Flyway refuses a gap below the newest applied version,
    // so whoever adds a later migration makes this undo that one instead.
    try (Workspace ws = TestWorkspaces.create(engine, dir)) {
      TestWorkspaces.executeRaw(
          ws,
          "DROP TABLE certificate_review",
          "DELETE FROM flyway_schema_history WHERE version = '17'");
    }
    try (Workspace ws = Workspace.open(dir)) {
      long outcomes =
          ws.store().read(tx -> tx.queryLong("SELECT count(*) FROM certificate_review"));
      long applied =
          ws.store()
              .read(
                  tx ->
                      tx.queryLong(
                          "SELECT count(*) FROM flyway_schema_history WHERE version = '17'"));
      assertThat(outcomes).isZero();
      assertThat(applied).isEqualTo(1);
    }
  }

  @Test
  void openingAWorkspacePrintsNothing() throws Exception {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
    try {
      System.setOut(capture);
      System.setErr(capture);
      TestWorkspaces.create(Engine.SQLITE, tmp.resolve("a")).close();
      Workspace.open(tmp.resolve("a")).close();
      TestWorkspaces.create(Engine.POSTGRESQL, tmp.resolve("b")).close();
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
    assertThat(captured.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  /**
   * Without SLF4J on the class path (as in the CLI), Flyway would log to the console through
   * java.util.logging; a JVM of its own shows that nothing is printed.
   */
  @Test
  void openingAWorkspaceWithoutAnyLoggingLibraryPrintsNothing() throws Exception {
    Process p =
        JavaProcess.builder(
                QuietOpen.class, entry -> !entry.contains("slf4j"), tmp.resolve("ws").toString())
            .redirectErrorStream(true)
            .start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(output).isZero();
    assertThat(output).isEmpty();
    try (Workspace ws = Workspace.open(tmp.resolve("ws"))) {
      assertThat(ws.store().auditLog(AuditQuery.ALL)).hasSize(1);
    }
  }

  @Test
  void locateTakesTheExplicitFolderFirst() throws Exception {
    TestWorkspaces.create(Engine.SQLITE, tmp.resolve("a")).close();
    TestWorkspaces.create(Engine.SQLITE, tmp.resolve("b")).close();
    Path found =
        Workspace.locate(
            Optional.of(Path.of("a")),
            Map.of(Workspace.ENV_WORKSPACE, tmp.resolve("b").toString()),
            tmp);
    assertThat(found).isEqualTo(tmp.resolve("a").toAbsolutePath());
  }

  @Test
  void locateThenTakesTheVariable() throws Exception {
    TestWorkspaces.create(Engine.SQLITE, tmp.resolve("b")).close();
    Path cwd = Files.createDirectories(tmp.resolve("elsewhere"));
    assertThat(
            Workspace.locate(
                Optional.empty(),
                Map.of(Workspace.ENV_WORKSPACE, tmp.resolve("b").toString()),
                cwd))
        .isEqualTo(tmp.resolve("b").toAbsolutePath());
  }

  @Test
  void locateThenSearchesUpward() throws Exception {
    TestWorkspaces.create(Engine.SQLITE, tmp.resolve("ws")).close();
    Path deep = Files.createDirectories(tmp.resolve("ws/out/2025/mars"));
    assertThat(Workspace.locate(Optional.empty(), Map.of(), deep))
        .isEqualTo(tmp.resolve("ws").toAbsolutePath());
  }

  @Test
  void locateOutsideAnyWorkspaceSaysHowToCreateOne() throws Exception {
    Path nowhere = Files.createDirectories(tmp.resolve("nowhere"));
    assertThatThrownBy(() -> Workspace.locate(Optional.empty(), Map.of(), nowhere))
        .isInstanceOf(EnvironmentException.class)
        .hasMessageContaining("ocn init DIR")
        .hasMessageContaining("--workspace")
        .hasMessageContaining("OCNKIT_WORKSPACE");
  }

  @Test
  void locateRefusesAnExplicitFolderOrVariableThatIsNotAWorkspace() {
    assertThatThrownBy(() -> Workspace.locate(Optional.of(tmp), Map.of(), tmp))
        .isInstanceOf(EnvironmentException.class)
        .hasMessageContaining("ocn init " + tmp);
    assertThatThrownBy(
            () ->
                Workspace.locate(
                    Optional.empty(), Map.of(Workspace.ENV_WORKSPACE, tmp.toString()), tmp))
        .isInstanceOf(EnvironmentException.class)
        .hasMessageContaining("OCNKIT_WORKSPACE");
  }

  private static InvalidInputException catchInvalid(Runnable action) {
    try {
      action.run();
    } catch (InvalidInputException e) {
      return e;
    } catch (OcnkitException e) {
      throw new AssertionError("expected an input error, got " + e, e);
    }
    throw new AssertionError("expected an input error");
  }
}
