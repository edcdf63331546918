package org.ocnkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The front ends (this command line and the web server) parse, call the library's workspace-bound
 * API ({@code org.ocnkit.api.Ocnkit} and the services it hands out) and present (DESIGN §3, issue
 * 17). They never hold a transaction, never reach a table-level {@code *Records} class and never
 * reach into an {@code internal} package of core. Read from the main sources of both modules.
 */
class FrontEndBoundaryTest {
  private static final List<Path> FRONT_ENDS =
      List.of(Path.of("src/main/java"), Path.of("../server/src/main/java"));

  private static final Pattern FORBIDDEN =
      Pattern.compile(
          "\\borg\\.ocnkit\\.(?:"
              + "(?:[a-z]+\\.)+internal\\b" // internal packages of core
              + "|store\\.(?:Tx|ReadTx|Store|Transaction|Row|RowMapper)\\b" // transaction level
              + "|store\\.\\*" // a wildcard would hide the above
              + "|(?:[a-z]+\\.)+[A-Z]\\w*Records\\b" // in-transaction operations of core packages
              + ")");

  @Test
  void frontEndsUseOnlyTheWorkspaceBoundApi() throws IOException {
    List<String> violations = new ArrayList<>();
    for (Path root : FRONT_ENDS) {
      assertThat(root).as("front-end sources").isDirectory();
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
          for (String use : forbiddenUses(Files.readString(file))) {
            violations.add(root.relativize(file) + " uses " + use);
          }
        }
      }
    }
    assertThat(violations).as("front ends must go through org.ocnkit.api.Ocnkit").isEmpty();
  }

  @Test
  void theDetectorSeesEveryForbiddenForm() {
    String source =
        String.join(
            "\n",
            "import org.ocnkit.store.Tx;",
            "import org.ocnkit.store.ReadTx;",
            "import org.ocnkit.store.*;",
            "import org.ocnkit.learner.internal.Csv;",
            "import org.ocnkit.panel.ApprovalRecords;",
            "import org.ocnkit.store.Workspace;",
            "import org.ocnkit.learner.Apprentice;",
            "class X { void f(org.ocnkit.evidence.internal.WorkbookLayout l,",
            "    org.ocnkit.store.Transaction t) {} }");
    assertThat(forbiddenUses(source))
        .containsExactly(
            "org.ocnkit.store.Tx",
            "org.ocnkit.store.ReadTx",
            "org.ocnkit.store.*",
            "org.ocnkit.learner.internal",
            "org.ocnkit.panel.ApprovalRecords",
            "org.ocnkit.evidence.internal",
            "org.ocnkit.store.Transaction");
  }

  private static List<String> forbiddenUses(String javaSource) {
    String code = javaSource.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("//[^\n]*", " ");
    List<String> uses = new ArrayList<>();
    Matcher m = FORBIDDEN.matcher(code);
    while (m.find()) {
      uses.add(m.group());
    }
    return uses;
  }
}
