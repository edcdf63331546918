package org.ocnkit.learner;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Message;

/** The id of a supervisor's personal link, written {@code L3}; not the link's secret. */
public record LinkId(long value) implements Comparable<LinkId> {
  private static final Pattern FORMAT = Pattern.compile("[Ll]?([1-9][0-9]{0,17})");

  public LinkId {
    if (value < 1) {
      throw new IllegalArgumentException("a link id is 1 or more, got " + value);
    }
  }

  /**
   * Reads {@code L3} or {@code 3}.
   *
   * @throws InvalidInputException naming the expected form
   */
  public static LinkId parse(String text) {
    Matcher m = FORMAT.matcher(text == null ? "" : text.strip());
    if (!m.matches()) {
      throw new InvalidInputException(Message.of(LinkId.class, "id.link", text));
    }
    return new LinkId(Long.parseLong(m.group(1)));
  }

  @Override
  public int compareTo(LinkId o) {
    return Long.compare(value, o.value);
  }

  @Override
  public String toString() {
    return "L" + value;
  }
}
