package org.ocnkit.cli.serve;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.ocnkit.certificate.CertificateSettings;
import org.ocnkit.certificate.RegisterEntry;
import org.ocnkit.cli.Cli;
import org.ocnkit.cli.ExitCode;
import org.ocnkit.cli.certificate.KeyPassword;
import org.ocnkit.server.ServerOptions;
import org.ocnkit.server.VerificationServer;
import org.ocnkit.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ocn serve}: the verification service over the workspace, until SIGTERM or Ctrl-C. With
 * {@code OCNKIT_KEY_PASSWORD} set it also signs fresh revocation lists; it never asks for the
 * password, so it can run unattended.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    resourceBundle = "org.ocnkit.cli.serve.messages")
public final class ServeCommand implements Callable<Integer> {
  private final Cli cli;

  @Option(
      names = "--port",
      paramLabel = "PORT",
      defaultValue = "8080",
      descriptionKey = "serve.port")
  int port;

  @Option(
      names = "--bind",
      paramLabel = "ADDRESS",
      defaultValue = ServerOptions.DEFAULT_HOST,
      descriptionKey = "serve.bind")
  String bind;

  @Option(
      names = "--uploads-per-minute",
      paramLabel = "N",
      defaultValue = "" + ServerOptions.DEFAULT_UPLOADS_PER_MINUTE,
      descriptionKey = "serve.uploads")
  int uploadsPerMinute;

  @Option(names = "--show-links", descriptionKey = "serve.showLinks")
  boolean showLinks;

  ServeCommand(Cli cli) {
    this.cli = cli;
  }

  @Override
  public Integer call() throws InterruptedException {
    Workspace ws = cli.workspace();
    if (showLinks) {
      return showLinks(ws);
    }
    ServerOptions options =
        ServerOptions.defaults(ws).withAddress(bind, port).withUploadsPerMinute(uploadsPerMinute);
    String password = cli.env().get(KeyPassword.ENV);
    if (password != null && !password.isEmpty()) {
      char[] chars = password.toCharArray();
      try {
        options = options.withRevocationSigner(cli.ocn().certificates().keys(chars).issuer());
      } finally {
        Arrays.fill(chars, '\0');
      }
    }
    VerificationServer server =
        VerificationServer.start(
            options,
            line -> {
              cli.out().println(line);
              cli.out().flush();
            });
    Thread stopper =
        new Thread(
            () -> {
              server.close();
              cli.out().println(text("serve.stopped"));
              cli.out().flush();
            },
            "ocn-serve-stop");
    Runtime.getRuntime().addShutdownHook(stopper);
    cli.out()
        .println(
            text(
                "serve.started",
                ws.dir(),
                server.url() + "/",
                options.revocationSigner().isPresent()
                    ? text("serve.revocations.yes")
                    : text("serve.revocations.no")));
    cli.out().flush();
    server.awaitStop();
    return ExitCode.OK;
  }

  /** How to start the server here, and the links of a valid and a revoked certificate. */
  private int showLinks(Workspace ws) {
    String host = bind.contains(":") ? "[" + bind + "]" : bind;
    String base = "http://" + host + ":" + port + "/";
    cli.out().println(text("serve.howTo", ws.dir(), port == 8080 ? "" : " --port " + port));
    List<RegisterEntry> entries = cli.ocn().certificates().list();
    entries.stream()
        .filter(e -> e.status() == RegisterEntry.Status.VALID)
        .findFirst()
        .ifPresent(
            e ->
                cli.out()
                    .println(
                        text("serve.link.valid", base + e.code() + "#" + e.fingerprint().hex())));
    entries.stream()
        .filter(e -> e.status() == RegisterEntry.Status.REVOKED)
        .findFirst()
        .ifPresent(
            e ->
                cli.out()
                    .println(
                        text("serve.link.revoked", base + e.code() + "#" + e.fingerprint().hex())));
    if (entries.isEmpty()) {
      cli.out().println(text("serve.link.none"));
    }
    cli.out().println(text("serve.baseUrl", CertificateSettings.baseUrl(ws.settings())));
    return ExitCode.OK;
  }

  private String text(String key, Object... args) {
    return cli.text(ServeCommand.class, key, args);
  }
}
