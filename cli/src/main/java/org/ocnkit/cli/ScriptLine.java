package org.ocnkit.cli;

import java.util.ArrayList;
import java.util.List;

/** Splits a demo script line into arguments: spaces separate, "double quotes" group. */
final class ScriptLine {
  private ScriptLine() {}

  static List<String> split(String line) {
    List<String> args = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        quoted = !quoted;
        any = true;
      } else if (c == ' ' && !quoted) {
        if (any) {
          args.add(current.toString());
          current.setLength(0);
          any = false;
        }
      } else {
        current.append(c);
        any = true;
      }
    }
    if (quoted) {
      throw new IllegalArgumentException("unbalanced quote in: " + line);
    }
    if (any) {
      args.add(current.toString());
    }
    return args;
  }

  /** An argument as the user would type it in a shell. */
  static String quote(String arg) {
    return arg.isEmpty() || arg.contains(" ") ? "\"" + arg + "\"" : arg;
  }
}
