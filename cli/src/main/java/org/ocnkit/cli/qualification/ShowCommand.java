package org.ocnkit.cli.qualification;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ocnkit.cli.Cli;
import org.ocnkit.cli.JsonOption;
import org.ocnkit.qualification.Qualification;
import org.ocnkit.qualification.QualificationFiles;
import org.ocnkit.qualification.QualificationRef;
import org.ocnkit.qualification.catalog.StoredQualification;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code ocn qualification show FILE|CODE[@V]}: the units and rules of combination, readable. */
@Command(name = "show", mixinStandardHelpOptions = true)
final class ShowCommand implements Callable<Integer> {
  private final Cli cli;

  @Parameters(paramLabel = "FILE|CODE[@V]", descriptionKey = "show.qualification")
  String qualification;

  @Mixin JsonOption json;

  ShowCommand(Cli cli) {
    this.cli = cli;
  }

  @Override
  public Integer call() {
    Path file = cli.path(Path.of(qualification));
    QualificationTexts texts = new QualificationTexts(cli);
    Qualification shown;
    String state = null;
    if (Files.isRegularFile(file) || qualification.endsWith(".xml")) {
      shown = QualificationFiles.check(file, qualification).orThrow();
    } else {
      StoredQualification stored =
          cli.ocn().qualifications().require(QualificationRef.parse(qualification));
      shown = stored.qualification();
      state =
          cli.ocn().qualifications().stateToday(stored).displayName(cli.locale())
              + stored.approvedUntil().map(d -> " " + texts.text("list.until", d)).orElse("");
    }
    String shownState = state;
    return cli.print(
        json,
        () -> {
          var out = texts.json(shown);
          if (shownState != null) {
            out.put("state", shownState);
          }
          return out;
        },
        () -> {
          texts.print(shown);
          if (shownState != null) {
            cli.out().println(texts.text("show.state", shownState));
          }
        });
  }
}
