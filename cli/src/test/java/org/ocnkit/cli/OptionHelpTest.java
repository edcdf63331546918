package org.ocnkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Every option of every command explains itself in both languages: its help is a phrase that ends
 * as a sentence does, not missing and not a bare word. A bare word is what a resource bundle gives
 * when the option's description key is also a table's column heading ("state", "record"), and the
 * heading won.
 */
class OptionHelpTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"en", "sv"})
  void everyOptionHasAHelpPhrase(String language) {
    Cli cli =
        new Cli(
            new PrintWriter(new StringWriter()),
            new PrintWriter(new StringWriter()),
            new CliEnvironment(Map.of(), dir, System.in, Optional.empty(), "tester"),
            Locale.forLanguageTag(language));
    List<String> problems = new ArrayList<>();
    int[] options = {0};
    collect(Main.commandLine(cli), "ocn", problems, options);
    assertThat(options[0]).as("options seen").isGreaterThan(300);
    assertThat(problems).isEmpty();
  }

  private static void collect(
      CommandLine command, String path, List<String> problems, int[] options) {
    for (OptionSpec option : command.getCommandSpec().options()) {
      options[0]++;
      String help = String.join(" ", option.description()).strip();
      if (!help.matches("(?s).*[.!?)]")) {
        problems.add(path + " " + option.longestName() + ": \"" + help + "\"");
      }
    }
    command.getSubcommands().values().stream()
        .distinct()
        .forEach(sub -> collect(sub, path + " " + sub.getCommandName(), problems, options));
  }
}
