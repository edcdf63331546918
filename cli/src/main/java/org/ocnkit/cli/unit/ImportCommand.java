package org.ocnkit.cli.unit;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ocnkit.cli.Cli;
import org.ocnkit.cli.JsonOption;
import org.ocnkit.unit.catalog.ImportResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code ocn unit import PATH...}: stores unit versions as drafts; all or nothing. */
@Command(name = "import", mixinStandardHelpOptions = true)
final class ImportCommand implements Callable<Integer> {
  private final Cli cli;

  @Parameters(paramLabel = "PATH", arity = "1..*", descriptionKey = "unit.validate.paths")
  List<Path> paths;

  @Mixin JsonOption json;

  ImportCommand(Cli cli) {
    this.cli = cli;
  }

  @Override
  public Integer call() {
    List<ImportResult> results =
        cli.ocn().units().importUnits(cli.actor(), paths.stream().map(cli::path).toList());
    return cli.print(
        json,
        () ->
            results.stream()
                .map(
                    r -> {
                      Map<String, Object> json = new LinkedHashMap<>();
                      json.put("source", r.source());
                      json.put("code", r.ref().code().value());
                      json.put("version", r.ref().version());
                      json.put("hash", r.hash().hex());
                      json.put("id", r.id());
                      json.put("outcome", r.outcome());
                      return json;
                    })
                .toList(),
        () -> {
          for (ImportResult r : results) {
            cli.out()
                .println(
                    cli.text(
                        "unit.import." + r.outcome().name().toLowerCase(java.util.Locale.ROOT),
                        r.ref(),
                        r.hash().prefix(),
                        shown(Path.of(r.source()))));
          }
          long imported =
              results.stream().filter(r -> r.outcome() == ImportResult.Outcome.IMPORTED).count();
          cli.out().println(cli.text("unit.import.summary", imported, results.size() - imported));
        });
  }

  /** A file as the user would write it: relative to the working folder when inside it. */
  private String shown(Path file) {
    Path absolute = cli.path(file);
    return absolute.startsWith(cli.workingDirectory())
        ? cli.workingDirectory().relativize(absolute).toString()
        : absolute.toString();
  }
}
