package org.ocnkit.qualification;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Message;

/** A reference to one version of a qualification, written {@code CODE@VERSION}. */
public record QualificationRef(QualificationCode code, int version)
    implements Comparable<QualificationRef> {
  private static final Comparator<QualificationRef> ORDER =
      Comparator.comparing(QualificationRef::code).thenComparingInt(QualificationRef::version);

  public QualificationRef {
    Objects.requireNonNull(code, "code");
    if (version < 1) {
      throw new IllegalArgumentException("qualification version must be 1 or more, got " + version);
    }
  }

  public static QualificationRef of(String code, int version) {
    return new QualificationRef(new QualificationCode(code), version);
  }

  /** Parses {@code CODE@V} or {@code CODE} (the caller then picks a version). */
  public static Query parse(String text) {
    String trimmed = text.trim();
    int at = trimmed.indexOf('@');
    String code = at < 0 ? trimmed : trimmed.substring(0, at);
    if (!QualificationCode.isValid(code)) {
      throw new InvalidInputException(Message.of(QualificationRef.class, "ref.badFormat", text));
    }
    if (at < 0) {
      return new Query(new QualificationCode(code), Optional.empty());
    }
    try {
      int version = Integer.parseInt(trimmed.substring(at + 1));
      if (version < 1) {
        throw new NumberFormatException();
      }
      return new Query(new QualificationCode(code), Optional.of(version));
    } catch (NumberFormatException e) {
      throw new InvalidInputException(Message.of(QualificationRef.class, "ref.badFormat", text));
    }
  }

  /** A code with an optional version: without one, the caller picks (usually the newest). */
  public record Query(QualificationCode code, Optional<Integer> version) {
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
  public int compareTo(QualificationRef other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return code + "@" + version;
  }
}
