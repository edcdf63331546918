package org.ocnkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code ocn --help} names every environment variable the shipped code reads, in both languages.
 */
class EnvironmentHelpTest {
  private static final Pattern VARIABLE = Pattern.compile("\"(OCNKIT_[A-Z_]+)\"");

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"en", "sv"})
  void helpListsEveryVariableTheCodeReads(String lang) throws Exception {
    Set<String> read = new TreeSet<>();
    Path root = CliRun.repositoryRoot();
    for (String module : new String[] {"core", "cli"}) {
      try (Stream<Path> files = Files.walk(root.resolve(module).resolve("src/main/java"))) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
          Matcher m = VARIABLE.matcher(Files.readString(file));
          while (m.find()) {
            read.add(m.group(1));
          }
        }
      }
    }
    assertThat(read).contains("OCNKIT_DB_PASSWORD", "OCNKIT_PROGRAMME_SECRET");
    CliRun help = new CliRun(dir).env("OCNKIT_LANG", lang).run("--help");
    assertThat(help.exitCode).isZero();
    assertThat(help.out).contains(read);
  }
}
