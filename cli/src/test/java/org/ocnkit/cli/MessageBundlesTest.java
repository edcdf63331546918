package org.ocnkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every user-facing text exists in both languages: each {@code messages.properties} of the cli,
 * core and server modules has a {@code messages_sv.properties} beside it with the same keys, and no
 * file names a key twice ({@link java.util.Properties} would silently keep the last one, so the
 * earlier text is dead and a reader editing it sees no effect). Read from the source folders, line
 * by line, because loading them as {@code Properties} hides exactly the duplicates.
 */
class MessageBundlesTest {
  /** The resource folders of the modules, from the cli module's folder (where tests run). */
  private static final List<Path> ROOTS =
      List.of(
          Path.of("src/main/resources"),
          Path.of("../core/src/main/resources"),
          Path.of("../server/src/main/resources"));

  @Test
  void everyBundleHasBothLanguagesWithTheSameKeysAndNoKeyTwice() throws IOException {
    List<Path> bundles = bundles();
    assertThat(bundles).as("bundles found").hasSizeGreaterThan(10);
    List<String> problems = new ArrayList<>();
    for (Path file : bundles) {
      Path english = file.resolveSibling("messages.properties");
      Path swedish = file.resolveSibling("messages_sv.properties");
      Path other = file.equals(english) ? swedish : english;
      if (!Files.exists(other)) {
        problems.add(file + ": no " + other.getFileName() + " beside it");
        continue;
      }
      Map<String, List<Integer>> keys = keys(file);
      keys.forEach(
          (key, lines) -> {
            if (lines.size() > 1) {
              problems.add(file + ": key " + key + " on lines " + lines);
            }
          });
      if (file.equals(english)) {
        Set<String> en = keys.keySet();
        Set<String> sv = keys(swedish).keySet();
        missing(en, sv).forEach(k -> problems.add(swedish + ": no " + k + " (English has it)"));
        missing(sv, en).forEach(k -> problems.add(english + ": no " + k + " (Swedish has it)"));
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void aDuplicateKeyIsFoundWithItsLines() throws IOException {
    Path file = Files.createTempFile("messages", ".properties");
    try {
      Files.writeString(file, "# c\na=1\nb = 2 \\\n  a=continued\n\na: 3\n! c\nc\\=d=4\n");
      assertThat(keys(file)).containsOnlyKeys("a", "b", "c\\=d");
      assertThat(keys(file).get("a")).containsExactly(2, 6);
    } finally {
      Files.delete(file);
    }
  }

  private static Set<String> missing(Set<String> from, Set<String> in) {
    Set<String> missing = new TreeSet<>(from);
    missing.removeAll(in);
    return missing;
  }

  private static List<Path> bundles() throws IOException {
    List<Path> found = new ArrayList<>();
    for (Path root : ROOTS) {
      if (!Files.isDirectory(root)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(root)) {
        files
            .filter(f -> f.getFileName().toString().matches("messages(_sv)?\\.properties"))
            .sorted()
            .forEach(found::add);
      }
    }
    return found;
  }

  /** Each key of a properties file with the lines (1-based) that set it. */
  static Map<String, List<Integer>> keys(Path file) throws IOException {
    Map<String, List<Integer>> keys = new LinkedHashMap<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    boolean continued = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      boolean wasContinued = continued;
      continued = endsWithContinuation(line);
      String text = line.stripLeading();
      if (wasContinued || text.isEmpty() || text.startsWith("#") || text.startsWith("!")) {
        if (!wasContinued) {
          continued = false;
        }
        continue;
      }
      StringBuilder key = new StringBuilder();
      for (int c = 0; c < text.length(); c++) {
        char ch = text.charAt(c);
        if (ch == '\\' && c + 1 < text.length()) {
          key.append(ch).append(text.charAt(++c));
        } else if (ch == '=' || ch == ':' || Character.isWhitespace(ch)) {
          break;
        } else {
          key.append(ch);
        }
      }
      keys.computeIfAbsent(key.toString(), k -> new ArrayList<>()).add(i + 1);
    }
    return keys;
  }

  /** Whether a line ends in an odd number of backslashes, continuing on the next line. */
  private static boolean endsWithContinuation(String line) {
    int n = 0;
    for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
      n++;
    }
    return n % 2 == 1;
  }
}
