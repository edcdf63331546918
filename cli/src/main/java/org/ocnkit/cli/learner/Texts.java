package org.ocnkit.cli.learner;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.ocnkit.cli.Cli;
import org.ocnkit.cli.OptionConverter;
import org.ocnkit.learner.BornAbroad;
import org.ocnkit.learner.Gender;
import org.ocnkit.unit.Arena;

/** The texts of this package's commands, and the converters of their option values. */
final class Texts {
  private Texts() {}

  /** A text from {@code org.ocnkit.cli.learner.messages} in the user's language. */
  static String of(Cli cli, String key, Object... args) {
    return cli.text(Texts.class, key, args);
  }

  /** {@code woman}, {@code man}, {@code non-binary}, {@code not-stated} (or the Swedish word). */
  static final class GenderConverter extends OptionConverter<Gender> {
    GenderConverter(Cli cli) {
      super(cli);
    }

    @Override
    public Gender convert(String value) {
      return Gender.fromText(value).orElseThrow(() -> notOneOf(value, Gender.codes()));
    }
  }

  /** {@code yes}, {@code no}, {@code unknown} (or ja, nej, okänt). */
  static final class BornAbroadConverter extends OptionConverter<BornAbroad> {
    BornAbroadConverter(Cli cli) {
      super(cli);
    }

    @Override
    public BornAbroad convert(String value) {
      return BornAbroad.fromText(value).orElseThrow(() -> notOneOf(value, BornAbroad.codes()));
    }
  }

  /** {@code yes} or {@code no} (or ja, nej). */
  static final class YesNoConverter extends OptionConverter<Boolean> {
    YesNoConverter(Cli cli) {
      super(cli);
    }

    @Override
    public Boolean convert(String value) {
      return switch (value.strip().toLowerCase(Locale.ROOT)) {
        case "yes", "ja" -> true;
        case "no", "nej" -> false;
        default -> throw refused("value.notYesNo", value);
      };
    }
  }

  /** An arena code such as {@code handel-service}. */
  static final class ArenaConverter extends OptionConverter<Arena> {
    ArenaConverter(Cli cli) {
      super(cli);
    }

    @Override
    public Arena convert(String value) {
      return Arena.fromCode(value.strip())
          .orElseThrow(
              () ->
                  notOneOf(
                      value,
                      String.join(", ", Arrays.stream(Arena.values()).map(Arena::code).toList())));
    }
  }

  /** An optional value for display: the value or "-". */
  static String or(Optional<?> value) {
    return value.map(Object::toString).orElse("-");
  }
}
