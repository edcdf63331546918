package org.ocnkit.qualification;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The code of a qualification, such as {@code KVAL-HANDEL-2}: the same format as a unit code (3 to
 * 30 capital letters A-Z and digits in groups joined by single hyphens, starting with a letter).
 */
public record QualificationCode(String value) implements Comparable<QualificationCode> {
  private static final Pattern FORMAT = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)*");

  public QualificationCode {
    Objects.requireNonNull(value, "value");
    if (!isValid(value)) {
      throw new IllegalArgumentException(
          "qualification code must be 3-30 capital letters, digits and single hyphens, starting"
              + " with a letter, such as KVAL-HANDEL-2; got \""
              + value
              + "\"");
    }
  }

  public static boolean isValid(String value) {
    return value.length() >= 3 && value.length() <= 30 && FORMAT.matcher(value).matches();
  }

  @Override
  public int compareTo(QualificationCode other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
