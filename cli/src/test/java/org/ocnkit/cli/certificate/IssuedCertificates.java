package org.ocnkit.cli.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.ocnkit.certificate.CertificateIssuer;
import org.ocnkit.certificate.IssuedBatch;
import org.ocnkit.certificate.IssuerKeyFiles;
import org.ocnkit.certificate.IssuingKeys;
import org.ocnkit.certificate.internal.testing.SampleRequests;
import org.ocnkit.cli.CliRun;
import org.ocnkit.store.Workspace;
import org.ocnkit.store.testing.Engine;
import org.ocnkit.store.testing.TestWorkspaces;

/**
 * A workspace made with the CLI ({@code ocn init}, {@code ocn keys init}) in which certificates are
 * issued through the library, as the issuing commands will: the CLI tests then check what the
 * commands show of them.
 */
public final class IssuedCertificates {
  /** The clock every command of these tests runs at. */
  public static final String NOW = "2026-03-02T09:00:00Z";

  private IssuedCertificates() {}

  /** {@code ocn} in {@code directory}, at {@link #NOW}, with the key password set. */
  public static CliRun ocn(Path directory) {
    return new CliRun(directory).at(NOW).env("OCNKIT_KEY_PASSWORD", SampleRequests.PASSWORD);
  }

  /** Creates the workspace {@code dir/ws} on {@code engine} with keys; returns its folder. */
  public static Path workspace(Path dir, Engine engine) {
    CliRun init =
        engine == Engine.POSTGRESQL
            ? ocn(dir)
                .run(
                    "init",
                    "ws",
                    "--org",
                    "Norrbacka kommun",
                    "--db",
                    TestWorkspaces.newPostgresUrl(),
                    "--db-user",
                    "postgres")
            : ocn(dir).run("init", "ws", "--org", "Norrbacka kommun");
    assertThat(init.exitCode).as(init.toString()).isZero();
    Path ws = dir.resolve("ws");
    CliRun keys = ocn(ws).run("keys", "init");
    assertThat(keys.exitCode).as(keys.toString()).isZero();
    return ws;
  }

  /** Issues one certificate per name, with 2, 3, 4 ... units, in the workspace at {@code ws}. */
  public static IssuedBatch issue(Path ws, String... names) {
    try (Workspace workspace =
        TestWorkspaces.open(ws, Clock.fixed(Instant.parse(NOW), ZoneId.of("Europe/Stockholm")))) {
      IssuingKeys keys = IssuerKeyFiles.of(workspace).load(SampleRequests.PASSWORD.toCharArray());
      List<org.ocnkit.certificate.CertificateRequest> requests =
          Arrays.stream(names)
              .map(n -> SampleRequests.request(n, 2 + Arrays.asList(names).indexOf(n)))
              .toList();
      return CertificateIssuer.of(workspace, keys).issue("Maria Lind", requests);
    }
  }
}
