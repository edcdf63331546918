package org.ocnkit.learner;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Message;

/**
 * The pseudonymous id of an apprentice, written {@code A12}. It stays when the apprentice's
 * personal data is erased, and it is all that other records (evidence, certificates, reports) hold
 * about the person.
 */
public record ApprenticeId(long value) implements Comparable<ApprenticeId> {
  private static final Pattern FORMAT = Pattern.compile("[Aa]?([1-9][0-9]{0,17})");

  public ApprenticeId {
    if (value < 1) {
      throw new IllegalArgumentException("an apprentice id is 1 or more, got " + value);
    }
  }

  /**
   * Reads {@code A12} or {@code 12}.
   *
   * @throws InvalidInputException naming the expected form
   */
  public static ApprenticeId parse(String text) {
    Matcher m = FORMAT.matcher(text == null ? "" : text.strip());
    if (!m.matches()) {
      throw new InvalidInputException(Message.of(ApprenticeId.class, "id.apprentice", text));
    }
    return new ApprenticeId(Long.parseLong(m.group(1)));
  }

  @Override
  public int compareTo(ApprenticeId o) {
    return Long.compare(value, o.value);
  }

  @Override
  public String toString() {
    return "A" + value;
  }
}
