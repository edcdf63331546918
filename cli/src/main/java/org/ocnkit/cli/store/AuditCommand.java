package org.ocnkit.cli.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Message;
import org.ocnkit.Problem;
import org.ocnkit.cli.Cli;
import org.ocnkit.cli.ExitCode;
import org.ocnkit.cli.Json;
import org.ocnkit.cli.JsonOption;
import org.ocnkit.cli.TextTable;
import org.ocnkit.store.AuditAnchor;
import org.ocnkit.store.AuditEvent;
import org.ocnkit.store.AuditFinding;
import org.ocnkit.store.AuditQuery;
import org.ocnkit.store.AuditReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code ocn audit verify|log}: the tamper-evident history. */
@Command(name = "audit", mixinStandardHelpOptions = true,
    subcommands = {AuditCommand.Verify.class, AuditCommand.Log.class})
public final class AuditCommand implements Runnable {
  /** An anchor file is a manifest or a checkpoint: a few lines. */
  private static final long MAX_ANCHOR_FILE = 64 * 1024;

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "missing subcommand: verify or log");
  }

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
      List<AuditAnchor> anchors = new ArrayList<>();
      for (Path file : anchorFiles) {
        anchors.addAll(anchors(cli.path(file)));
      }
      AuditReport report = cli.workspace().verifyAudit(anchors);
      if (json.enabled()) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("intact", report.intact());
        out.put("events", report.events());
        out.put("records", report.records());
        out.put("attachments", report.attachments());
        out.put("headHash", report.headHash());
        out.put("exemptTables", report.exemptTables());
        out.put("findings", report.findings().stream().map(this::finding).toList());
        cli.out().println(Json.write(out));
      } else {
        cli.out().println(report.describe(cli.locale()));
      }
      if (report.findings().stream().anyMatch(f -> f.kind() == AuditFinding.Kind.ROLLBACK)) {
        return ExitCode.ROLLBACK;
      }
      return report.intact() ? ExitCode.OK : ExitCode.CHECK_FAILED;
    }

    /** The anchor lines of a backup's manifest or a checkpoint's note. */
    private static List<AuditAnchor> anchors(Path file) {
      try {
        if (Files.size(file) > MAX_ANCHOR_FILE) {
          throw new InvalidInputException(new Problem(file.toString(),
              Message.of(Cli.class, "audit.anchor.tooLarge", MAX_ANCHOR_FILE)));
        }
        List<AuditAnchor> found = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
            .map(AuditAnchor::parse).flatMap(Optional::stream).toList();
        if (found.isEmpty()) {
          throw new InvalidInputException(new Problem(file.toString(),
              Message.of(Cli.class, "audit.anchor.none")));
        }
        return found;
      } catch (IOException e) {
        throw new InvalidInputException(new Problem(file.toString(),
            Message.of(Cli.class, "audit.anchor.unreadable",
                String.valueOf(e.getMessage()))));
      }
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

    @Option(names = "--entity", paramLabel = "TABLE[:ID]", descriptionKey = "audit.log.entity")
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
      List<AuditEvent> events = cli.workspace().store().auditLog(query);
      if (json.enabled()) {
        cli.out().println(Json.write(events));
        return ExitCode.OK;
      }
      TextTable table = new TextTable("#", cli.text("audit.log.time"), cli.text("audit.log.actor"),
          cli.text("audit.log.action"), cli.text("audit.log.entity"));
      for (AuditEvent e : events) {
        table.row(e.seq(), e.at(), e.actor(), e.action(), e.entity());
      }
      table.print(cli.out());
      return ExitCode.OK;
    }
  }
}
