package org.ocnkit.cli.qualification;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ocnkit.Problem;
import org.ocnkit.cli.Cli;
import org.ocnkit.cli.ExitCode;
import org.ocnkit.cli.JsonOption;
import org.ocnkit.qualification.Qualification;
import org.ocnkit.qualification.QualificationCheck;
import org.ocnkit.qualification.QualificationFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ocn qualification validate PATH... [--units]}: schema and rules, every problem with
 * file:line:column; with {@code --units} also the consistency checks against the workspace's units
 * (exit 1 if any fails).
 */
@Command(name = "validate", mixinStandardHelpOptions = true)
final class ValidateCommand implements Callable<Integer> {
  private final Cli cli;

  @Parameters(paramLabel = "PATH", arity = "1..*", descriptionKey = "validate.paths")
  List<Path> paths;

  @Option(names = "--units", descriptionKey = "validate.units")
  boolean units;

  @Mixin JsonOption json;

  ValidateCommand(Cli cli) {
    this.cli = cli;
  }

  @Override
  public Integer call() {
    QualificationTexts texts = new QualificationTexts(cli);
    List<QualificationCheck> checks = QualificationFiles.validate(cli.workingDirectory(), paths);
    Map<String, List<Problem>> consistency = new LinkedHashMap<>();
    if (units) {
      for (QualificationCheck check : checks) {
        if (check.isValid()) {
          consistency.put(
              check.source(),
              cli.ocn().qualifications().consistency(check.orThrow(), check.source()));
        }
      }
    }
    boolean allValid = checks.stream().allMatch(QualificationCheck::isValid);
    boolean consistent = consistency.values().stream().allMatch(List::isEmpty);
    cli.print(
        json,
        () -> {
          List<Object> files = new ArrayList<>();
          for (QualificationCheck check : checks) {
            Map<String, Object> file = new LinkedHashMap<>();
            file.put("file", check.source());
            file.put("valid", check.isValid());
            check
                .qualification()
                .ifPresent(
                    q -> {
                      file.put("qualification", q.ref().toString());
                      file.put("hash", q.hash().hex());
                    });
            file.put("problems", texts.problemsJson(check.problems()));
            if (units && check.isValid()) {
              file.put("consistency", texts.problemsJson(consistency.get(check.source())));
            }
            files.add(file);
          }
          Map<String, Object> result = new LinkedHashMap<>();
          result.put("valid", allValid);
          if (units) {
            result.put("consistent", consistent);
          }
          result.put("files", files);
          return result;
        },
        () -> {
          int invalid = 0;
          for (QualificationCheck check : checks) {
            if (check.isValid()) {
              Qualification q = check.orThrow();
              List<Problem> found = consistency.getOrDefault(check.source(), List.of());
              cli.out()
                  .println(
                      texts.text(
                          found.isEmpty() ? "validate.ok" : "validate.inconsistent",
                          check.source(),
                          q.ref(),
                          q.title(cli.locale()),
                          q.level().value(),
                          q.rules().totalCredits(),
                          found.size()));
              texts.problems(found);
            } else {
              invalid++;
              cli.out()
                  .println(texts.text("validate.invalid", check.source(), check.problems().size()));
              texts.problems(check.problems());
            }
          }
          cli.out().println(texts.text("validate.summary", checks.size() - invalid, invalid));
        });
    return !allValid ? ExitCode.INPUT : consistent ? ExitCode.OK : ExitCode.CHECK_FAILED;
  }
}
