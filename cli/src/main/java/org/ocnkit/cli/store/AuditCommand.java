package org.ocnkit.cli.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ocnkit.Problem;
import org.ocnkit.certificate.AuditAnchorSources;
import org.ocnkit.cli.Cli;
import org.ocnkit.cli.ExitCode;
import org.ocnkit.cli.JsonOption;
import org.ocnkit.cli.TextTable;
import org.ocnkit.store.AuditEvent;
import org.ocnkit.store.AuditFinding;
import org.ocnkit.store.AuditQuery;
import org.ocnkit.store.AuditReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ocn audit verify|log}: the tamper-evident history. */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    subcommands = {AuditCommand.Verify.class, AuditCommand.Log.class})
public final class AuditCommand {

  /** Recomputes the chain, every record's digest and every attachment's hash. */
  @Command(name = "verify", mixinStandardHelpOptions = true)
  static final class Verify implements Callable<Integer> {
    private final Cli cli;

    @Option(names = "--anchor", paramLabel = "FILE", descriptionKey = "audit.verify.anchor")
    List<Path> anchorFiles = new ArrayList<>();

    @Mixin JsonOption json;

    Verify(Cli cli) {
      this.cli = cli;
    }

    @Override
    public Integer call() {
      AuditAnchorSources.Search anchors =
          cli.ocn().certificates().auditAnchors(anchorFiles.stream().map(cli::path).toList());
      AuditReport report = cli.ocn().audit().verify(anchors.auditAnchors());
      cli.print(
          json,
          () -> {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("intact", report.intact());
            out.put("events", report.events());
            out.put("records", report.records());
            out.put("attachments", report.attachments());
            out.put("headHash", report.headHash());
            out.put("exemptTables", report.exemptTables());
            out.put("findings", report.findings().stream().map(this::finding).toList());
            out.put("anchors", anchors(anchors));
            return out;
          },
          () -> {
            cli.out().println(report.describe(cli.locale()));
            cli.out().println(anchors.describe(cli.locale()));
          });
      if (report.findings().stream().anyMatch(f -> f.kind() == AuditFinding.Kind.ROLLBACK)) {
        return ExitCode.ROLLBACK;
      }
      return report.intact() && anchors.forged().isEmpty() ? ExitCode.OK : ExitCode.CHECK_FAILED;
    }

    /** The anchors used, the forged checkpoints and the skipped files, for {@code --json}. */
    private Map<String, Object> anchors(AuditAnchorSources.Search search) {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("summary", search.summary().format(cli.locale()));
      out.put(
          "used",
          search.anchors().stream()
              .map(
                  a -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("kind", a.kind());
                    m.put("file", a.file().toString());
                    m.put("signed", a.signed());
                    m.put("logSize", a.logSize().isPresent() ? a.logSize().getAsLong() : null);
                    m.put("seq", a.anchor().seq());
                    m.put("at", a.anchor().at().toString());
                    m.put("action", a.anchor().action());
                    m.put("hash", a.anchor().hash());
                    return m;
                  })
              .toList());
      out.put("forged", search.forged().stream().map(this::problem).toList());
      out.put("skipped", search.skipped().stream().map(this::problem).toList());
      out.put("moreSkipped", search.moreSkipped());
      out.put("searched", search.searched().stream().map(Path::toString).toList());
      return out;
    }

    private Map<String, Object> problem(Problem p) {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("file", p.location());
      out.put("message", p.message().format(cli.locale()));
      return out;
    }

    private Map<String, Object> finding(AuditFinding f) {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("kind", f.kind());
      out.put("seq", f.seq().isPresent() ? f.seq().getAsLong() : null);
      out.put("entity", f.entity());
      out.put("action", f.action());
      out.put("message", f.describe(cli.locale()));
      return out;
    }
  }

  /** The history, optionally of one record or table. */
  @Command(name = "log", mixinStandardHelpOptions = true)
  static final class Log implements Callable<Integer> {
    private final Cli cli;

    @Option(
        names = "--entity",
        paramLabel = "TABLE[:ID]",
        descriptionKey = "audit.log.option.entity")
    String entity;

    @Option(names = "--last", paramLabel = "N", descriptionKey = "audit.log.last")
    Integer last;

    @Mixin JsonOption json;

    Log(Cli cli) {
      this.cli = cli;
    }

    @Override
    public Integer call() {
      AuditQuery query = entity == null ? AuditQuery.ALL : AuditQuery.entity(entity);
      if (last != null) {
        query = query.last(last);
      }
      List<AuditEvent> events = cli.ocn().audit().log(query);
      return cli.print(
          json,
          () -> events,
          () -> {
            TextTable table =
                new TextTable(
                    "#",
                    cli.text("audit.log.time"),
                    cli.text("audit.log.actor"),
                    cli.text("audit.log.action"),
                    cli.text("audit.log.entity"));
            for (AuditEvent e : events) {
              table.row(e.seq(), e.at(), e.actor(), e.action(), e.entity());
            }
            table.print(cli.out());
          });
    }
  }
}
