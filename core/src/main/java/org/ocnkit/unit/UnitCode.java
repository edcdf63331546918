package org.ocnkit.unit;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The code of a course unit, such as {@code HS-KUND-01}: 3 to 30 characters, capital letters A-Z
 * and digits in groups joined by single hyphens, starting with a letter. By convention the first
 * group names the arena (HS handel/service, VO vård/omsorg, IH industri/hantverk, GN gröna
 * näringar, AL arbetsliv), the second the subject and the last a number.
 */
public record UnitCode(String value) implements Comparable<UnitCode> {
  private static final Pattern FORMAT = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)*");

  public UnitCode {
    Objects.requireNonNull(value, "value");
    if (!isValid(value)) {
      throw new IllegalArgumentException(
          "unit code must be 3-30 capital letters, digits and single hyphens, starting with a"
              + " letter, such as HS-KUND-01; got \""
              + value
              + "\"");
    }
  }

  /** Whether {@code value} has the documented code format. */
  public static boolean isValid(String value) {
    return value.length() >= 3 && value.length() <= 30 && FORMAT.matcher(value).matches();
  }

  @Override
  public int compareTo(UnitCode other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
