package org.ocnkit.learner;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Message;

/** The id of an enrolment, written {@code E7}. */
public record EnrolmentId(long value) implements Comparable<EnrolmentId> {
  private static final Pattern FORMAT = Pattern.compile("[Ee]?([1-9][0-9]{0,17})");

  public EnrolmentId {
    if (value < 1) {
      throw new IllegalArgumentException("an enrolment id is 1 or more, got " + value);
    }
  }

  /**
   * Reads {@code E7} or {@code 7}.
   *
   * @throws InvalidInputException naming the expected form
   */
  public static EnrolmentId parse(String text) {
    Matcher m = FORMAT.matcher(text == null ? "" : text.strip());
    if (!m.matches()) {
      throw new InvalidInputException(Message.of(EnrolmentId.class, "id.enrolment", text));
    }
    return new EnrolmentId(Long.parseLong(m.group(1)));
  }

  @Override
  public int compareTo(EnrolmentId o) {
    return Long.compare(value, o.value);
  }

  @Override
  public String toString() {
    return "E" + value;
  }
}
