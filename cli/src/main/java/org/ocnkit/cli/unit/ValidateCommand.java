package org.ocnkit.cli.unit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ocnkit.cli.Cli;
import org.ocnkit.cli.ExitCode;
import org.ocnkit.cli.Json;
import org.ocnkit.cli.JsonOption;
import org.ocnkit.cli.TerminalText;
import org.ocnkit.unit.CourseUnit;
import org.ocnkit.unit.UnitCheck;
import org.ocnkit.unit.UnitFiles;
import org.ocnkit.unit.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code ocn unit validate PATH...}: schema and rules, every problem with file:line:column. */
@Command(name = "validate", mixinStandardHelpOptions = true)
final class ValidateCommand implements Callable<Integer> {
  private final Cli cli;

  @Parameters(paramLabel = "PATH", arity = "1..*", descriptionKey = "unit.validate.paths")
  List<Path> paths;

  @Mixin JsonOption json;

  ValidateCommand(Cli cli) {
    this.cli = cli;
  }

  @Override
  public Integer call() {
    ValidationReport report = UnitFiles.validate(cli.workingDirectory(), paths);
    cli.print(json, () -> toJson(report), () -> print(report));
    return report.allValid() ? ExitCode.OK : ExitCode.INPUT;
  }

  private void print(ValidationReport report) {
    for (UnitCheck check : report.checks()) {
      if (check.isValid()) {
        CourseUnit unit = check.unit().orElseThrow();
        cli.out()
            .println(
                cli.text(
                    "unit.validate.ok",
                    check.source(),
                    unit.ref(),
                    unit.title(cli.locale()),
                    unit.level().value(),
                    unit.credits()));
      } else {
        cli.out()
            .println(cli.text("unit.validate.invalid", check.source(), check.problems().size()));
        check
            .problems()
            .forEach(p -> cli.out().println("    " + TerminalText.of(p.describe(cli.locale()))));
      }
    }
    int invalid = report.invalid().size();
    cli.out().println(cli.text("unit.validate.summary", report.checks().size() - invalid, invalid));
  }

  private Map<String, Object> toJson(ValidationReport report) {
    List<Object> files = new ArrayList<>();
    for (UnitCheck check : report.checks()) {
      Map<String, Object> file = new LinkedHashMap<>();
      file.put("file", check.source());
      file.put("valid", check.isValid());
      check
          .unit()
          .ifPresent(
              u -> {
                file.put("unit", u.ref().toString());
                file.put("hash", u.hash().hex());
              });
      file.put(
          "problems",
          check.problems().stream()
              .map(
                  p ->
                      Json.object(
                          "location",
                          p.location(),
                          "rule",
                          p.message().key(),
                          "message",
                          p.message().format(cli.locale())))
              .toList());
      files.add(file);
    }
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("valid", report.allValid());
    result.put("files", files);
    return result;
  }
}
