package org.ocnkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code docs/json.md} lists exactly the commands that take {@code --json}, each with an example;
 * {@code JsonExamplesTest} (evidence package) runs them and compares the field names.
 */
class JsonDocsTest {
  @TempDir Path dir;

  @Test
  void everyCommandWithJsonHasASectionWithAnExampleAndNoOtherCommandHasOne() {
    Cli cli =
        new Cli(
            new PrintWriter(new StringWriter()),
            new PrintWriter(new StringWriter()),
            new CliEnvironment(Map.of(), dir, System.in, Optional.empty(), "tester"),
            Locale.ENGLISH);
    Set<String> withJson = new TreeSet<>();
    collect(Main.commandLine(cli), "", withJson);
    assertThat(withJson).as("commands with --json").hasSizeGreaterThan(40);
    JsonDoc doc = JsonDoc.read();
    assertThat(doc.commands()).containsExactlyElementsOf(withJson);
    for (String command : withJson) {
      assertThat(doc.example(command)).as("example of ocn " + command).isNotBlank();
    }
  }

  @Test
  void topLevelNamesAreReadFromObjectsAndArrays() {
    assertThat(JsonDoc.topLevelNames("{\n  \"a\": 1,\n  \"b\": {\n    \"c\": 2\n  }\n}"))
        .containsExactly("a", "b");
    assertThat(
            JsonDoc.topLevelNames(
                "[\n  {\n    \"a\": 1,\n    \"d\": [\n      {\n"
                    + "        \"e\": 1\n      }\n    ]\n  }\n]"))
        .containsExactly("a", "d");
    assertThat(JsonDoc.topLevelNames("null")).isEmpty();
  }

  @Test
  void sectionsAndTheirExamplesAreReadFromTheMarkdown() {
    JsonDoc doc =
        JsonDoc.parse(
            "# JSON\n\n### `ocn unit list --json`\n\nAn array.\n\n```json\n"
                + "[\n  {\n    \"code\": \"A\"\n  }\n]\n```\n\n### `ocn moderate show --json`\n\n"
                + "No example.\n");
    assertThat(doc.commands()).containsExactly("moderate show", "unit list");
    assertThat(JsonDoc.topLevelNames(doc.example("unit list"))).containsExactly("code");
    assertThat(doc.example("moderate show")).isEmpty();
  }

  private static void collect(CommandLine command, String path, Set<String> withJson) {
    command.getSubcommands().values().stream()
        .distinct()
        .forEach(
            sub -> {
              String name = (path.isEmpty() ? "" : path + " ") + sub.getCommandName();
              if (sub.getCommandSpec().findOption("--json") != null) {
                withJson.add(name);
              }
              collect(sub, name, withJson);
            });
  }
}
