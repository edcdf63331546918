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

/** {@code ocn init [DIR] [--db JDBC-URL] [--org NAME]}: creates a workspace. */
@Command(name = "init", mixinStandardHelpOptions = true)
public final class InitCommand implements Callable<Integer> {
  private final Cli cli;

  @Parameters(paramLabel = "DIR", arity = "0..1", descriptionKey = "init.dir")
  Path dir;

  @Option(names = "--db", paramLabel = "JDBC-URL", descriptionKey = "init.db")
  String databaseUrl;

  @Option(names = "--db-user", paramLabel = "USER", descriptionKey = "init.dbUser")
  String databaseUser;

  @Option(names = "--org", paramLabel = "NAME", descriptionKey = "init.org")
  String organisation;

  InitCommand(Cli cli) {
    this.cli = cli;
  }

  @Override
  public Integer call() {
    Path target = cli.path(dir == null ? Path.of(".") : dir);
    InitOptions options = InitOptions.defaults();
    if (organisation != null) {
      options = options.withOrganisation(organisation);
    }
    if (databaseUrl != null) {
      options = options.withDatabase(databaseUrl, Optional.ofNullable(databaseUser));
    }
    try (Ocnkit ocn = Ocnkit.create(target, options, cli.openOptions())) {
      Workspace workspace = ocn.workspace();
      cli.out().println(cli.text("init.done", workspace.dir(), workspace.databaseDescription()));
      workspace
          .sharedKeys()
          .ifPresent(
              keys ->
                  cli.out()
                      .println(
                          Files.exists(keys.secretFile())
                              ? cli.text("init.shared.secretFile", keys.secretFile())
                              : cli.text(
                                  "init.shared.secretVariable", Workspace.ENV_PROGRAMME_SECRET)));
      cli.out().println(cli.text("init.next"));
    }
    return ExitCode.OK;
  }
}
