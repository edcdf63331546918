package org.ocnkit.cli.ledger;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Problem;
import org.ocnkit.cli.Cli;
import org.ocnkit.cli.ExitCode;
import org.ocnkit.ledger.NoteSignature;
import org.ocnkit.ledger.NoteVerifierKey;
import org.ocnkit.ledger.PublishedLog;
import org.ocnkit.ledger.SignedCheckpoint;
import org.ocnkit.ledger.Witness;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ocn log witness init|cosign}: witness another issuer's published log (C2SP
 * tlog-cosignature). Needs no workspace: a witness is one folder holding its key and the last
 * checkpoint it cosigned per log.
 */
@Command(
    name = "witness",
    mixinStandardHelpOptions = true,
    subcommands = {WitnessCommand.Init.class, WitnessCommand.Cosign.class})
final class WitnessCommand {

  /** Creates a witness key in its own folder and prints its verifier key. */
  @Command(name = "init", mixinStandardHelpOptions = true)
  static final class Init implements Callable<Integer> {
    private final Cli cli;

    @Option(
        names = "--name",
        required = true,
        paramLabel = "NAME",
        descriptionKey = "log.witness.name")
    String name;

    @Option(
        names = "--out",
        required = true,
        paramLabel = "DIR",
        descriptionKey = "log.witness.out")
    Path out;

    Init(Cli cli) {
      this.cli = cli;
    }

    @Override
    public Integer call() {
      Path dir = cli.path(out);
      Witness witness = Witness.init(dir, name);
      cli.out().println(witness.verifierKey().encoded());
      cli.err()
          .println(
              LogCommand.text(
                  cli,
                  "log.witness.created",
                  dir.resolve(Witness.KEY_FILE),
                  dir.resolve(Witness.VKEY_FILE)));
      return ExitCode.OK;
    }
  }

  /** Checks the published log extends what this witness cosigned, and cosigns its checkpoint. */
  @Command(name = "cosign", mixinStandardHelpOptions = true)
  static final class Cosign implements Callable<Integer> {
    private final Cli cli;

    @Option(
        names = "--state",
        required = true,
        paramLabel = "DIR",
        descriptionKey = "log.witness.state")
    Path state;

    @Option(
        names = "--log-key",
        required = true,
        paramLabel = "VKEY",
        descriptionKey = "log.witness.logKey")
    String logKey;

    @Option(
        names = "--log",
        required = true,
        paramLabel = "DIR",
        descriptionKey = "log.witness.log")
    Path log;

    Cosign(Cli cli) {
      this.cli = cli;
    }

    @Override
    public Integer call() {
      NoteVerifierKey key;
      try {
        key = NoteVerifierKey.parse(logKey.strip());
      } catch (InvalidInputException e) {
        throw new InvalidInputException(
            e.problems().stream().map(p -> new Problem("--log-key", p.message())).toList());
      }
      Witness witness = Witness.open(cli.path(state));
      PublishedLog published = PublishedLog.open(cli.path(log));
      SignedCheckpoint cosigned = witness.cosign(published, key, cli.clock().instant());
      NoteSignature line =
          cosigned.note().signatures().stream()
              .filter(witness.verifierKey()::claims)
              .findFirst()
              .orElseThrow();
      cli.out()
          .println(
              LogCommand.text(
                  cli,
                  "log.witness.cosigned",
                  cosigned.checkpoint().origin(),
                  cosigned.treeHead().size(),
                  published.directory().resolve("checkpoint")));
      cli.out().print(line.line());
      return ExitCode.OK;
    }
  }
}
