package org.ocnkit.unit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The fixture files of this package's tests and the repository's own folders. */
final class UnitFixtures {
  private UnitFixtures() {}

  /** {@code samples/NAME} on the test class path, as a file. */
  static Path sample(String name) {
    URL url = UnitFixtures.class.getResource("samples/" + name);
    if (url == null) {
      throw new IllegalArgumentException("no fixture samples/" + name);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static String text(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The 1-based number of the first line of {@code file} holding {@code needle}. */
  static int lineOf(Path file, String needle) {
    return lineOf(text(file), needle, 1);
  }

  /**
   * The 1-based number of the {@code occurrence}-th line of {@code text} holding {@code needle}.
   */
  static int lineOf(String text, String needle, int occurrence) {
    List<String> lines = text.lines().toList();
    int seen = 0;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(needle) && ++seen == occurrence) {
        return i + 1;
      }
    }
    throw new IllegalArgumentException("\"" + needle + "\" is not in the text " + occurrence + "x");
  }

  /**
   * The repository's root folder. Maven runs the tests of {@code core} with {@code core/} as the
   * working directory; an IDE may use the root itself, so look upward for {@code course-units/}.
   */
  static Path repositoryRoot() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("course-units/schema"))
          && Files.isRegularFile(dir.resolve("core/pom.xml"))) {
        return dir;
      }
    }
    throw new IllegalStateException(
        "no repository root (a folder with course-units/schema and core/pom.xml) above "
            + Path.of("").toAbsolutePath());
  }

  static Path courseUnits() {
    return repositoryRoot().resolve("course-units");
  }
}
