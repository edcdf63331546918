package org.ocnkit.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code docs/json.md} as tests read it: a section per command, headed {@code ### `ocn unit list
 * --json`}, each with an example of the command's output in a {@code ```json} block, and the
 * top-level field names of such output (the names of the object, or of the objects of an array).
 * {@link Json} always writes two-space indentation with one field a line, so the names are read
 * from the indentation; the examples in the document are real output, so the same.
 */
public final class JsonDoc {
  private static final Pattern HEADING =
      Pattern.compile("^### `ocn ([a-z0-9 -]+?) --json`", Pattern.MULTILINE);

  /** The example of each documented command, by its path ("unit list"). */
  private final Map<String, String> examples;

  private JsonDoc(Map<String, String> examples) {
    this.examples = examples;
  }

  /** Reads {@code docs/json.md} of the repository (tests run in the cli module's folder). */
  public static JsonDoc read() {
    try {
      return parse(Files.readString(Path.of("../docs/json.md"), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonDoc parse(String markdown) {
    Map<String, String> examples = new LinkedHashMap<>();
    Matcher m = HEADING.matcher(markdown);
    List<int[]> starts = new java.util.ArrayList<>();
    List<String> names = new java.util.ArrayList<>();
    while (m.find()) {
      starts.add(new int[] {m.start(), m.end()});
      names.add(m.group(1));
    }
    for (int i = 0; i < names.size(); i++) {
      int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : markdown.length();
      String section = markdown.substring(starts.get(i)[1], end);
      int open = section.indexOf("```json\n");
      String example = "";
      if (open >= 0) {
        int from = open + "```json\n".length();
        example = section.substring(from, section.indexOf("\n```", from) + 1);
      }
      if (examples.put(names.get(i), example) != null) {
        throw new IllegalStateException("docs/json.md: two sections for ocn " + names.get(i));
      }
    }
    return new JsonDoc(examples);
  }

  /** The documented commands, as their paths. */
  public Set<String> commands() {
    return new TreeSet<>(examples.keySet());
  }

  /** The example of {@code command} ("unit list"), empty if the section has none. */
  public String example(String command) {
    String example = examples.get(command);
    if (example == null) {
      throw new IllegalArgumentException("docs/json.md has no section for ocn " + command);
    }
    return example;
  }

  /**
   * The top-level field names of JSON that {@link Json} wrote: of the object, or of every object of
   * an array; {@code null} (the document's "nothing") has none.
   */
  public static Set<String> topLevelNames(String json) {
    String text = json.strip();
    String indent = text.startsWith("[") ? "    " : "  ";
    Pattern name = Pattern.compile("^" + indent + "\"([^\"]+)\": ", Pattern.MULTILINE);
    Set<String> names = new TreeSet<>();
    Matcher m = name.matcher(text);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }
}
