package org.ocnkit.cli.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.ocnkit.api.Ocnkit;
import org.ocnkit.cli.Cli;
import org.ocnkit.cli.ExitCode;
import org.ocnkit.store.InitOptions;
import org.ocnkit.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ocn join --db JDBC-URL [DIR] [--db-user USER] [--programme-secret FILE]}: sets up this
 * computer as a desk of the shared workspace the PostgreSQL database already holds.
 */
@Command(name = "join", mixinStandardHelpOptions = true)
public final class JoinCommand implements Callable<Integer> {
  private final Cli cli;

  @Parameters(paramLabel = "DIR", arity = "0..1", descriptionKey = "join.dir")
  Path dir;

  @Option(names = "--db", paramLabel = "JDBC-URL", required = true, descriptionKey = "join.db")
  String databaseUrl;

  @Option(names = "--db-user", paramLabel = "USER", descriptionKey = "init.dbUser")
  String databaseUser;

  @Option(names = "--programme-secret", paramLabel = "FILE", descriptionKey = "join.secret")
  Path secretFile;

  JoinCommand(Cli cli) {
    this.cli = cli;
  }

  @Override
  public Integer call() {
    Path target = cli.path(dir == null ? Path.of(".") : dir);
    InitOptions options =
        InitOptions.defaults().withDatabase(databaseUrl, Optional.ofNullable(databaseUser));
    try (Ocnkit ocn =
        Ocnkit.join(
            target, options, Optional.ofNullable(secretFile).map(cli::path), cli.openOptions())) {
      Workspace workspace = ocn.workspace();
      cli.out().println(cli.text("join.done", workspace.dir(), workspace.databaseDescription()));
      Path file = workspace.sharedKeys().orElseThrow().secretFile();
      cli.out()
          .println(
              Files.exists(file)
                  ? cli.text("join.secretFile", file)
                  : cli.text("init.shared.secretVariable", Workspace.ENV_PROGRAMME_SECRET));
      cli.out().println(cli.text("join.next"));
    }
    return ExitCode.OK;
  }
}
