package org.ocnkit.unit;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Message;

/**
 * A reference to one version of a course unit, written {@code CODE@VERSION} ({@code HS-KUND-01@2}).
 */
public record UnitRef(UnitCode code, int version) implements Comparable<UnitRef> {
  private static final Comparator<UnitRef> ORDER =
      Comparator.comparing(UnitRef::code).thenComparingInt(UnitRef::version);

  public UnitRef {
    Objects.requireNonNull(code, "code");
    if (version < 1) {
      throw new IllegalArgumentException("unit version must be 1 or more, got " + version);
    }
  }

  public static UnitRef of(String code, int version) {
    return new UnitRef(new UnitCode(code), version);
  }

  /**
   * Parses {@code CODE@V} or, when versions are optional for the caller, {@code CODE}.
   *
   * @return the code and, if given, the version
   * @throws InvalidInputException naming the expected format
   */
  public static Query parse(String text) {
    String trimmed = text.trim();
    int at = trimmed.indexOf('@');
    String code = at < 0 ? trimmed : trimmed.substring(0, at);
    if (!UnitCode.isValid(code)) {
      throw new InvalidInputException(Message.of(UnitRef.class, "ref.badFormat", text));
    }
    if (at < 0) {
      return new Query(new UnitCode(code), Optional.empty());
    }
    try {
      int version = Integer.parseInt(trimmed.substring(at + 1));
      if (version < 1) {
        throw new NumberFormatException();
      }
      return new Query(new UnitCode(code), Optional.of(version));
    } catch (NumberFormatException e) {
      throw new InvalidInputException(Message.of(UnitRef.class, "ref.badFormat", text));
    }
  }

  /** {@code CODE@V} with the version given. */
  public static UnitRef parseExact(String text) {
    Query query = parse(text);
    return query
        .version()
        .map(v -> new UnitRef(query.code(), v))
        .orElseThrow(
            () -> new InvalidInputException(Message.of(UnitRef.class, "ref.versionMissing", text)));
  }

  /** A code with an optional version: without one, the caller picks (usually the newest). */
  public record Query(UnitCode code, Optional<Integer> version) {
    public Query {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(version, "version");
    }

    @Override
    public String toString() {
      return version.map(v -> code + "@" + v).orElse(code.value());
    }
  }

  @Override
  public int compareTo(UnitRef other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return code + "@" + version;
  }
}
