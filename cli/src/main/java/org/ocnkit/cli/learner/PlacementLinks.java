package org.ocnkit.cli.learner;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ocnkit.EnvironmentException;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Message;
import org.ocnkit.Problem;
import org.ocnkit.certificate.CertificateSettings;
import org.ocnkit.cli.Cli;
import org.ocnkit.cli.ExitCode;
import org.ocnkit.cli.JsonOption;
import org.ocnkit.cli.TextTable;
import org.ocnkit.evidence.LinkHandout;
import org.ocnkit.io.AtomicFiles;
import org.ocnkit.learner.Code;
import org.ocnkit.learner.IssuedLink;
import org.ocnkit.learner.LinkId;
import org.ocnkit.learner.PlacementService;
import org.ocnkit.learner.SupervisorLink;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ocn placement link|links|unlink}: supervisors' personal links to the evidence form of
 * {@code ocn serve}.
 */
final class PlacementLinks {
  private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

  private PlacementLinks() {}

  /** Creates a personal link and prints it with its QR code; writes the handout. */
  @Command(name = "link", mixinStandardHelpOptions = true)
  static final class Link implements Callable<Integer> {
    private final Cli cli;

    @Parameters(paramLabel = "PLACEMENT", descriptionKey = "placement.code")
    String placement;

    @Option(
        names = "--supervisor",
        required = true,
        paramLabel = "CODE",
        descriptionKey = "placement.link.supervisor")
    String supervisor;

    @Option(
        names = "--days",
        paramLabel = "DAYS",
        defaultValue = "" + PlacementService.DEFAULT_LINK_DAYS,
        descriptionKey = "placement.link.days")
    int days;

    @Option(names = "--out", paramLabel = "FILE", descriptionKey = "placement.link.out")
    Path out;

    @Option(names = "--no-qr", descriptionKey = "placement.link.noQr")
    boolean noQr;

    @Mixin JsonOption json;

    Link(Cli cli) {
      this.cli = cli;
    }

    @Override
    public Integer call() throws IOException {
      Path target = out == null ? null : cli.path(out);
      String kind =
          target == null
              ? ""
              : String.valueOf(target.getFileName())
                  .toLowerCase(Locale.ROOT)
                  .replaceAll(".*\\.", "");
      if (target != null && !kind.equals("pdf") && !kind.equals("png")) {
        throw new InvalidInputException(
            new Problem(target.toString(), Message.of(Texts.class, "placement.link.outKind")));
      }
      String base = CertificateSettings.baseUrl(cli.ocn().workspace().settings());
      IssuedLink issued =
          cli.ocn()
              .placements()
              .createLink(cli.actor(), Code.parse(placement), Code.parse(supervisor), days);
      SupervisorLink link = issued.link();
      String url = issued.url(base);
      if (target != null) {
        String workplace = cli.ocn().placements().get(link.placement()).workplace();
        byte[] bytes =
            kind.equals("pdf")
                ? LinkHandout.pdf(link, workplace, url, cli.locale(), link.createdAt())
                : LinkHandout.png(url);
        try {
          AtomicFiles.replace(target, bytes);
        } catch (IOException e) {
          throw new EnvironmentException(
              Message.of(Texts.class, "placement.link.cannotWrite", target + ": " + e.getMessage()),
              e);
        }
      }
      return cli.print(
          json,
          () -> {
            Map<String, Object> v = row(link);
            v.put("url", url);
            v.put("handout", target == null ? null : target.toString());
            return v;
          },
          () -> {
            cli.out()
                .println(
                    Texts.of(
                        cli,
                        "placement.link.done",
                        link.id(),
                        link.supervisorName(),
                        link.placement(),
                        date(link.expiresAt())));
            cli.out().println(url);
            if (!noQr) {
              cli.out().print(LinkHandout.terminal(url));
            }
            if (target != null) {
              cli.out().println(Texts.of(cli, "placement.link.written", target));
            }
            cli.out().println(Texts.of(cli, "placement.link.once", link.id()));
          });
    }
  }

  /** Lists the links that work, with their expiry and last use. */
  @Command(name = "links", mixinStandardHelpOptions = true)
  static final class Links implements Callable<Integer> {
    private final Cli cli;

    @Option(names = "--all", descriptionKey = "placement.links.all")
    boolean all;

    @Mixin JsonOption json;

    Links(Cli cli) {
      this.cli = cli;
    }

    @Override
    public Integer call() {
      List<SupervisorLink> links = cli.ocn().placements().links(all);
      java.time.Instant now = cli.clock().instant();
      return cli.print(
          json,
          () -> links.stream().map(PlacementLinks::row).toList(),
          () -> {
            TextTable table =
                new TextTable(
                    Texts.of(cli, "placement.links.id"),
                    Texts.of(cli, "placement.links.placement"),
                    Texts.of(cli, "placement.links.supervisor"),
                    Texts.of(cli, "placement.links.created"),
                    Texts.of(cli, "placement.links.expires"),
                    Texts.of(cli, "placement.links.lastUsed"),
                    Texts.of(cli, "placement.links.state"));
            for (SupervisorLink l : links) {
              table.row(
                  l.id(),
                  l.placement(),
                  l.supervisor() + " (" + l.supervisorName() + ")",
                  date(l.createdAt()),
                  date(l.expiresAt()),
                  l.lastUsedAt()
                      .map(PlacementLinks::minute)
                      .orElse(Texts.of(cli, "placement.links.never")),
                  Texts.of(
                      cli,
                      l.revokedAt().isPresent()
                          ? "placement.links.revoked"
                          : l.activeAt(now)
                              ? "placement.links.active"
                              : "placement.links.expired"));
            }
            if (table.size() > 0) {
              table.print(cli.out());
            }
            cli.out()
                .println(
                    Texts.of(
                        cli,
                        all ? "placement.links.countAll" : "placement.links.count",
                        links.size()));
          });
    }
  }

  /** Revokes a link at once. */
  @Command(name = "unlink", mixinStandardHelpOptions = true)
  static final class Unlink implements Callable<Integer> {
    private final Cli cli;

    @Parameters(paramLabel = "LINK", descriptionKey = "placement.unlink.link")
    String id;

    Unlink(Cli cli) {
      this.cli = cli;
    }

    @Override
    public Integer call() {
      SupervisorLink l = cli.ocn().placements().revokeLink(cli.actor(), LinkId.parse(id));
      cli.out()
          .println(
              Texts.of(cli, "placement.unlink.done", l.id(), l.supervisorName(), l.placement()));
      return ExitCode.OK;
    }
  }

  private static Map<String, Object> row(SupervisorLink l) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("id", l.id().toString());
    v.put("placement", l.placement().value());
    v.put("supervisor", l.supervisor().value());
    v.put("supervisorName", l.supervisorName());
    v.put("createdAt", l.createdAt().toString());
    v.put("expiresAt", l.expiresAt().toString());
    v.put("revokedAt", l.revokedAt().map(Object::toString).orElse(null));
    v.put("lastUsedAt", l.lastUsedAt().map(Object::toString).orElse(null));
    return v;
  }

  private static String date(java.time.Instant at) {
    return at.atZone(SWEDEN).toLocalDate().toString();
  }

  private static String minute(java.time.Instant at) {
    return at.atZone(SWEDEN)
        .toLocalDateTime()
        .withSecond(0)
        .withNano(0)
        .toString()
        .replace('T', ' ');
  }
}
