package org.ocnkit.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.ocnkit.Message;

/** What a participant is doing at a follow-up point, in the funders' categories. */
public enum OutcomeStatus {
  /** In work, employed or self-employed. */
  WORK("work", "arbete"),
  /** In education or training. */
  STUDIES("studies", "studier"),
  /** Looking for work. */
  JOB_SEEKING("job-seeking", "arbetssökande"),
  /** Anything else: parental leave, sick leave, moved away, not reached. */
  OTHER("other", "annat");

  private final String code;
  private final String swedish;

  OutcomeStatus(String code, String swedish) {
    this.code = code;
    this.swedish = swedish;
  }

  /** The code used on the command line and in JSON, such as {@code job-seeking}. */
  public String code() {
    return code;
  }

  /** "Work", "Arbete" ... */
  public String displayName(Locale locale) {
    return Message.of(OutcomeStatus.class, "status." + code).format(locale);
  }

  /** Reads the code or the Swedish word ({@code arbete}, {@code arbetssökande} ...), any case. */
  public static Optional<OutcomeStatus> fromText(String text) {
    String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace(' ', '-');
    return Arrays.stream(values()).filter(s -> s.code.equals(t) || s.swedish.equals(t)).findFirst();
  }

  /** The accepted codes, for messages. */
  public static String codes() {
    return String.join(", ", Arrays.stream(values()).map(OutcomeStatus::code).toList());
  }
}
