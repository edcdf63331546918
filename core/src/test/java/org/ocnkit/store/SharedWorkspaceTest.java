package org.ocnkit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
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
import org.ocnkit.RefusedException;
import org.ocnkit.store.testing.TestClock;
import org.ocnkit.store.testing.TestWorkspaces;

/** Several desks (folders) on one PostgreSQL workspace: init, join, shared keys, attachments. */
class SharedWorkspaceTest {
  @TempDir Path tmp;

  private final OpenOptions noEnv = TestWorkspaces.options(new TestClock());

  private InitOptions options(String url) {
    return InitOptions.defaults().withDatabase(url, Optional.of("postgres"));
  }

  @Test
  void initWritesAProgrammeSecretAndRefusesADatabaseThatHoldsAWorkspace() throws Exception {
    String url = TestWorkspaces.newPostgresUrl();
    Path a = tmp.resolve("a");
    try (Workspace ws = Workspace.init(a, options(url), noEnv)) {
      Path secret = a.resolve("keys").resolve(SharedKeys.SECRET_FILE);
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secret)))
          .isEqualTo("rw-------");
      assertThat(Files.readString(secret).strip()).hasSizeGreaterThanOrEqualTo(43);
      assertThat(a.resolve("evidence")).doesNotExist();
      assertThat(ws.verifyAudit().findings()).isEmpty();
    }
    Path b = tmp.resolve("b");
    assertThatThrownBy(() -> Workspace.init(b, options(url), noEnv))
        .isInstanceOf(RefusedException.class)
        .hasMessageContaining("ocn join --db");
    assertThat(b).doesNotExist();
  }

  @Test
  void joinNeedsTheWorkspacesProgrammeSecretAndAnExistingWorkspace() throws Exception {
    String url = TestWorkspaces.newPostgresUrl();
    Path b = tmp.resolve("b");
    assertThatThrownBy(() -> Workspace.join(b, options(url), Optional.empty(), noEnv))
        .isInstanceOf(RefusedException.class)
        .hasMessageContaining("ocn init --db");
    assertThat(b).doesNotExist();

    Workspace.init(tmp.resolve("a"), options(url), noEnv).close();
    assertThatThrownBy(() -> Workspace.join(b, options(url), Optional.empty(), noEnv))
        .isInstanceOf(EnvironmentException.class)
        .hasMessageContaining(Workspace.ENV_PROGRAMME_SECRET)
        .hasMessageContaining("coordinator");
    assertThat(b).doesNotExist();
    OpenOptions wrong =
        noEnv.withEnv(Map.of(Workspace.ENV_PROGRAMME_SECRET, SharedKeys.newSecret()));
    assertThatThrownBy(() -> Workspace.join(b, options(url), Optional.empty(), wrong))
        .isInstanceOf(EnvironmentException.class)
        .hasMessageContaining("not the one the workspace's shared keys were made with");
    assertThat(b).doesNotExist();
    Path notASecret = Files.writeString(tmp.resolve("tom.txt"), "\n");
    assertThatThrownBy(() -> Workspace.join(b, options(url), Optional.of(notASecret), noEnv))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> Workspace.join(b, InitOptions.defaults(), Optional.empty(), noEnv))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("--db");
  }

  @Test
  void twoDesksShareKeysAndAttachmentsButNotTheSecretOrTheFolder() throws Exception {
    String url = TestWorkspaces.newPostgresUrl();
    Path a = tmp.resolve("a");
    Path b = tmp.resolve("b");
    Workspace.init(a, options(url), noEnv).close();
    Path handed = a.resolve("keys").resolve(SharedKeys.SECRET_FILE);
    try (Workspace deskA = Workspace.open(a, noEnv);
        Workspace deskB = Workspace.join(b, options(url), Optional.of(handed), noEnv)) {
      assertThat(Files.readString(b.resolve("ocnkit.properties"))).contains("db.url=" + url);
      assertThat(b.resolve("keys").resolve(SharedKeys.SECRET_FILE)).hasSameTextualContentAs(handed);

      byte[] key = deskA.sharedKeys().orElseThrow().loadOrCreate("anna", "identity-hmac", 32);
      assertThat(deskB.sharedKeys().orElseThrow().load("identity-hmac")).hasValue(key);
      assertThat(deskB.sharedKeys().orElseThrow().loadOrCreate("bo", "identity-hmac", 32))
          .isEqualTo(key);
      String wrapped =
          deskA
              .store()
              .read(
                  tx ->
                      tx.queryOne(
                          "SELECT wrapped FROM shared_key WHERE name = 'identity-hmac'",
                          r -> r.getString(1)))
              .orElseThrow();
      assertThat(wrapped)
          .startsWith("v1:")
          .doesNotContain(java.util.Base64.getEncoder().encodeToString(key));

      StoredBlob blob = deskB.attachments().put(stream("intyg från B"), "intyg.pdf", 1000);
      deskB
          .store()
          .write("bo", tx -> deskB.attachments().record(tx, blob, "application/pdf", "intyg.pdf"));
      try (InputStream in = deskA.attachments().open(blob.sha256())) {
        assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("intyg från B");
      }
      AuditReport atA = deskA.verifyAudit();
      assertThat(atA.findings()).isEmpty();
      assertThat(atA.attachments()).isEqualTo(1);
      assertThat(deskB.verifyAudit().findings()).isEmpty();
    }
    Files.delete(b.resolve("keys").resolve(SharedKeys.SECRET_FILE));
    try (Workspace deskB = Workspace.open(b, noEnv)) {
      assertThatThrownBy(() -> deskB.sharedKeys().orElseThrow().load("identity-hmac"))
          .isInstanceOf(EnvironmentException.class)
          .hasMessageContaining(Workspace.ENV_PROGRAMME_SECRET);
      OpenOptions withEnv =
          noEnv.withEnv(Map.of(Workspace.ENV_PROGRAMME_SECRET, Files.readString(handed).strip()));
      try (Workspace again = Workspace.open(b, withEnv)) {
        assertThat(again.sharedKeys().orElseThrow().load("identity-hmac")).isPresent();
      }
    }
  }

  private static InputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
