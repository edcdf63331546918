package org.ocnkit.cli.ledger;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.ocnkit.Problem;
import org.ocnkit.certificate.CertificateCode;
import org.ocnkit.certificate.CertificateLog;
import org.ocnkit.certificate.CertificateService;
import org.ocnkit.cli.Cli;
import org.ocnkit.cli.ExitCode;
import org.ocnkit.cli.Json;
import org.ocnkit.cli.JsonOption;
import org.ocnkit.cli.certificate.KeyPassword;
import org.ocnkit.ledger.Hash;
import org.ocnkit.ledger.LogAudit;
import org.ocnkit.ledger.PublishResult;
import org.ocnkit.ledger.SignedCheckpoint;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ocn log checkpoint|proof|consistency|verify|publish|witness}: the transparency log. */
@Command(
    name = "log",
    mixinStandardHelpOptions = true,
    resourceBundle = "org.ocnkit.cli.ledger.messages",
    subcommands = {
      LogCommand.Checkpoint.class,
      LogCommand.Proof.class,
      LogCommand.Consistency.class,
      LogCommand.Verify.class,
      LogCommand.Publish.class,
      WitnessCommand.class
    })
public final class LogCommand {

  /** Prints the latest signed checkpoint, or signs a new one. */
  @Command(name = "checkpoint", mixinStandardHelpOptions = true)
  static final class Checkpoint implements Callable<Integer> {
    private final Cli cli;

    @Option(names = "--sign", descriptionKey = "log.checkpoint.sign")
    boolean sign;

    Checkpoint(Cli cli) {
      this.cli = cli;
    }

    @Override
    public Integer call() {
      CertificateService log = cli.ocn().certificates();
      Optional<SignedCheckpoint> checkpoint;
      if (sign) {
        char[] password = KeyPassword.existing(cli);
        try {
          checkpoint = Optional.of(log.signCheckpoint(cli.actor(), log.keys(password)));
        } finally {
          Arrays.fill(password, '\0');
        }
      } else {
        checkpoint = log.latestCheckpoint();
      }
      if (checkpoint.isEmpty()) {
        cli.err().println(text(cli, "log.checkpoint.none"));
        return ExitCode.OK;
      }
      cli.out().print(checkpoint.get().encoded());
      return ExitCode.OK;
    }
  }

  /** Prints the proof bundle of a certificate against the latest checkpoint. */
  @Command(name = "proof", mixinStandardHelpOptions = true)
  static final class Proof implements Callable<Integer> {
    private final Cli cli;

    @Parameters(paramLabel = "CODE", descriptionKey = "log.proof.code")
    String code;

    Proof(Cli cli) {
      this.cli = cli;
    }

    @Override
    public Integer call() {
      cli.out().print(cli.ocn().certificates().logProof(CertificateCode.parse(code)).encoded());
      return ExitCode.OK;
    }
  }

  /** Prints the consistency proof between two tree sizes. */
  @Command(name = "consistency", mixinStandardHelpOptions = true)
  static final class Consistency implements Callable<Integer> {
    private final Cli cli;

    @Option(
        names = "--from",
        paramLabel = "N",
        required = true,
        descriptionKey = "log.consistency.from")
    long from;

    @Option(names = "--to", paramLabel = "M", descriptionKey = "log.consistency.to")
    Long to;

    @Mixin JsonOption json;

    Consistency(Cli cli) {
      this.cli = cli;
    }

    @Override
    public Integer call() {
      CertificateService log = cli.ocn().certificates();
      long until = to != null ? to : log.logSize();
      CertificateLog.Consistency c = log.logConsistency(from, until);
      return cli.print(
          json,
          () -> {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("fromSize", c.from().size());
            out.put("fromRoot", c.from().rootHash().base64());
            out.put("toSize", c.to().size());
            out.put("toRoot", c.to().rootHash().base64());
            out.put("proof", c.proof().hashes().stream().map(Hash::base64).toList());
            return out;
          },
          () -> {
            cli.out()
                .println(
                    text(
                        cli,
                        "log.consistency.from.line",
                        c.from().size(),
                        c.from().rootHash().base64()));
            cli.out()
                .println(
                    text(
                        cli, "log.consistency.to.line", c.to().size(), c.to().rootHash().base64()));
            cli.out().println(text(cli, "log.consistency.proof", c.proof().hashes().size()));
            c.proof().hashes().forEach(h -> cli.out().println(h.base64()));
          });
    }
  }

  /** Recomputes every hash and checks every checkpoint and the register against the log. */
  @Command(name = "verify", mixinStandardHelpOptions = true)
  static final class Verify implements Callable<Integer> {
    private final Cli cli;

    @Mixin JsonOption json;

    Verify(Cli cli) {
      this.cli = cli;
    }

    @Override
    public Integer call() {
      LogAudit audit = cli.ocn().certificates().verifyLog();
      cli.print(
          json,
          () -> {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("intact", audit.passed());
            out.put("entries", audit.size());
            out.put(
                "problems",
                audit.problems().stream()
                    .map(
                        p ->
                            Json.object(
                                "location",
                                p.location(),
                                "message",
                                cli.text(p.message()),
                                "key",
                                p.message().key()))
                    .toList());
            return out;
          },
          () -> {
            if (audit.passed()) {
              cli.out().println(text(cli, "log.verify.ok", audit.size()));
            } else {
              for (Problem p : audit.problems()) {
                cli.out().println(p.describe(cli.locale()));
              }
              cli.out().println(text(cli, "log.verify.failed", audit.problems().size()));
            }
          });
      return audit.passed() ? ExitCode.OK : ExitCode.CHECK_FAILED;
    }
  }

  /** Writes the log as static C2SP tlog-tiles into a folder. */
  @Command(name = "publish", mixinStandardHelpOptions = true)
  static final class Publish implements Callable<Integer> {
    private final Cli cli;

    @Parameters(paramLabel = "DIR", descriptionKey = "log.publish.dir")
    Path dir;

    Publish(Cli cli) {
      this.cli = cli;
    }

    @Override
    public Integer call() {
      Path target = cli.path(dir);
      PublishResult result = cli.ocn().certificates().publishLog(target);
      cli.out()
          .println(
              text(
                  cli,
                  "log.publish.done",
                  target,
                  result.treeHead().size(),
                  result.tilesWritten(),
                  result.bundlesWritten()));
      cli.out().println(text(cli, "log.publish.next", target));
      return ExitCode.OK;
    }
  }

  static String text(Cli cli, String key, Object... args) {
    return cli.text(LogCommand.class, key, args);
  }
}
