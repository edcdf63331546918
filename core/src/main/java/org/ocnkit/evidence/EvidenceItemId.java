package org.ocnkit.evidence;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Message;

/** The id of an evidence item, written {@code EV12}. */
public record EvidenceItemId(long value) implements Comparable<EvidenceItemId> {
  private static final Pattern FORMAT = Pattern.compile("(?:[Ee][Vv])?([1-9][0-9]{0,17})");

  public EvidenceItemId {
    if (value < 1) {
      throw new IllegalArgumentException("an evidence item id is 1 or more, got " + value);
    }
  }

  /**
   * Reads {@code EV12} or {@code 12}.
   *
   * @throws InvalidInputException naming the expected form
   */
  public static EvidenceItemId parse(String text) {
    Matcher m = FORMAT.matcher(text == null ? "" : text.strip());
    if (!m.matches()) {
      throw new InvalidInputException(Message.of(EvidenceItemId.class, "id.evidence", text));
    }
    return new EvidenceItemId(Long.parseLong(m.group(1)));
  }

  @Override
  public int compareTo(EvidenceItemId o) {
    return Long.compare(value, o.value);
  }

  @Override
  public String toString() {
    return "EV" + value;
  }
}
