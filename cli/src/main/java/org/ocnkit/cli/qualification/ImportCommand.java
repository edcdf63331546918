package org.ocnkit.cli.qualification;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ocnkit.cli.Cli;
import org.ocnkit.cli.JsonOption;
import org.ocnkit.qualification.catalog.QualificationImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code ocn qualification import PATH...}: stores qualification versions as drafts, all or
 * nothing, and says what the panel would be told about each (units not approved ...).
 */
@Command(name = "import", mixinStandardHelpOptions = true)
final class ImportCommand implements Callable<Integer> {
  private final Cli cli;

  @Parameters(paramLabel = "PATH", arity = "1..*", descriptionKey = "validate.paths")
  List<Path> paths;

  @Mixin JsonOption json;

  ImportCommand(Cli cli) {
    this.cli = cli;
  }

  @Override
  public Integer call() {
    QualificationTexts texts = new QualificationTexts(cli);
    List<QualificationImport> results =
        cli.ocn().qualifications().importQualifications(cli.actor(), cli.workingDirectory(), paths);
    return cli.print(
        json,
        () ->
            results.stream()
                .map(
                    r -> {
                      Map<String, Object> m = new LinkedHashMap<>();
                      m.put("file", r.source());
                      m.put("qualification", r.ref().toString());
                      m.put("hash", r.hash().hex());
                      m.put("outcome", r.outcome());
                      m.put("consistency", texts.problemsJson(r.consistency()));
                      return m;
                    })
                .toList(),
        () -> {
          for (QualificationImport r : results) {
            cli.out()
                .println(
                    texts.text(
                        "import." + r.outcome().name().toLowerCase(Locale.ROOT),
                        r.ref(),
                        r.hash().prefix(),
                        r.source()));
            if (!r.consistency().isEmpty()) {
              cli.out().println("  " + texts.text("import.beforePanel", r.consistency().size()));
              texts.problems(r.consistency());
            }
          }
          long imported =
              results.stream()
                  .filter(r -> r.outcome() == QualificationImport.Outcome.IMPORTED)
                  .count();
          cli.out().println(texts.text("import.summary", imported, results.size() - imported));
        });
  }
}
