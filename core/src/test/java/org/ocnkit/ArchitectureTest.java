package org.ocnkit;

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
 * Packages depend downward only (DESIGN §3): each concept may use the ones listed before it,
 * never one after it. Read from the import statements of the main sources.
 */
class ArchitectureTest {
  /** Bottom to top. The root package {@code org.ocnkit} is below everything. */
  static final List<String> LAYERS = List.of(
      "io", "input", "xml", "store", "pdf", "unit", "qualification", "panel", "learner", "evidence", "moderation", "ledger",
      "certificate", "report", "erasure");

  private static final Pattern IMPORT =
      Pattern.compile("^import (?:static )?org\\.ocnkit\\.([a-z]+)\\.", Pattern.MULTILINE);

  @Test
  void packagesDependDownwardOnly() throws IOException {
    Path sources = Path.of("src/main/java/org/ocnkit");
    List<String> violations = new ArrayList<>();
    try (Stream<Path> files = Files.walk(sources)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Path relative = sources.relativize(file);
        if (relative.getNameCount() < 2) {
          checkRoot(file, violations);
          continue;
        }
        String owner = relative.getName(0).toString();
        int level = LAYERS.indexOf(owner);
        assertThat(level).as("package %s must be placed in LAYERS", owner).isNotNegative();
        Matcher m = IMPORT.matcher(Files.readString(file));
        while (m.find()) {
          String used = m.group(1);
          int usedLevel = LAYERS.indexOf(used);
          if (usedLevel > level) {
            violations.add(relative + " (" + owner + ") imports " + used);
          }
        }
      }
    }
    assertThat(violations).isEmpty();
  }

  private static void checkRoot(Path file, List<String> violations) throws IOException {
    Matcher m = IMPORT.matcher(Files.readString(file));
    if (m.find()) {
      violations.add(file + " is in the root package but imports org.ocnkit." + m.group(1));
    }
  }
}
