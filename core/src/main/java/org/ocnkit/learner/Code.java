package org.ocnkit.learner;

import java.util.Objects;
import java.util.regex.Pattern;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Message;

/**
 * A short identifier the coordinator chooses for a placement, a supervisor or an assessor, such as
 * {@code ica-bjorkdalen} or {@code lena-ek}: 2-40 lowercase letters a-z, digits and hyphens,
 * starting with a letter or digit. It carries no contact details (no e-mail address, no phone
 * number), so it can appear in workbooks and audit entries.
 */
public record Code(String value) implements Comparable<Code> {
  private static final Pattern FORMAT = Pattern.compile("[a-z0-9][a-z0-9-]{1,39}");

  public Code {
    Objects.requireNonNull(value, "value");
    if (!isValid(value)) {
      throw new IllegalArgumentException("a code is 2-40 of a-z, 0-9 and -, got " + value);
    }
  }

  public static boolean isValid(String text) {
    return text != null && FORMAT.matcher(text).matches();
  }

  /**
   * Reads a code typed by a user.
   *
   * @throws InvalidInputException naming the rule
   */
  public static Code parse(String text) {
    String t = text == null ? "" : text.strip();
    if (!isValid(t)) {
      throw new InvalidInputException(Message.of(Code.class, "code.format", text));
    }
    return new Code(t);
  }

  @Override
  public int compareTo(Code o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
