package org.ocnkit.cli.serve;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.ocnkit.certificate.IssuingKeys;
import org.ocnkit.cli.Cli;
import org.ocnkit.cli.ExitCode;
import org.ocnkit.cli.certificate.KeyPassword;
import org.ocnkit.server.StaticSite;
import org.ocnkit.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code ocn site publish DIR}: the verification pages as a static site. */
@Command(
    name = "site",
    mixinStandardHelpOptions = true,
    resourceBundle = "org.ocnkit.cli.serve.messages",
    subcommands = {SiteCommand.Publish.class})
public final class SiteCommand {

  /** Writes or updates the site; the key password signs the revocation list. */
  @Command(name = "publish", mixinStandardHelpOptions = true)
  static final class Publish implements Callable<Integer> {
    private final Cli cli;

    @Parameters(paramLabel = "DIR", descriptionKey = "site.dir")
    Path dir;

    Publish(Cli cli) {
      this.cli = cli;
    }

    @Override
    public Integer call() {
      Workspace ws = cli.workspace();
      char[] password = KeyPassword.existing(cli);
      IssuingKeys keys;
      try {
        keys = cli.ocn().certificates().keys(password);
      } finally {
        Arrays.fill(password, '\0');
      }
      Path target = cli.path(dir);
      StaticSite.Result r = new StaticSite(ws).publish(target, keys.issuer());
      cli.out()
          .println(
              text(
                  "site.done",
                  target,
                  r.pages(),
                  r.pagesWritten(),
                  r.log().treeHead().size(),
                  r.log().tilesWritten(),
                  r.log().bundlesWritten(),
                  r.revoked()));
      cli.out().println(text("site.serve"));
      return ExitCode.OK;
    }

    private String text(String key, Object... args) {
      return cli.text(SiteCommand.class, key, args);
    }
  }
}
