package org.ocnkit.cli;

import picocli.CommandLine.Option;

/** {@code --json}: machine-readable output instead of text, for commands that print data. */
public final class JsonOption {
  @Option(names = "--json", descriptionKey = "option.json")
  boolean json;

  public boolean enabled() {
    return json;
  }
}
