package org.ocnkit.cli;

import picocli.CommandLine;

/**
 * Converts an option's value, refusing a wrong one in the user's language (picocli puts the
 * option's name in front). Picocli creates converters through {@code Main}'s factory, which hands
 * them the {@link Cli}.
 */
public abstract class OptionConverter<T> implements CommandLine.ITypeConverter<T> {
  private final Cli cli;

  protected OptionConverter(Cli cli) {
    this.cli = cli;
  }

  /** "'x' is not one of a, b, c". */
  protected final CommandLine.TypeConversionException notOneOf(String value, Object choices) {
    return refused("value.notOneOf", value, String.valueOf(choices));
  }

  /** A refusal with a text of the CLI's bundle. */
  protected final CommandLine.TypeConversionException refused(String key, Object... args) {
    return new CommandLine.TypeConversionException(cli.text(key, args));
  }
}
