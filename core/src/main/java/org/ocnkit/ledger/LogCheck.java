package org.ocnkit.ledger;

import java.util.Objects;
import org.ocnkit.Message;

/**
 * The outcome of one check on log data (a signature, an inclusion proof, a consistency proof): pass
 * or fail, and a sentence saying what was checked and, on failure, what is wrong. Front ends show
 * the message as it is, in the user's language.
 *
 * @param passed whether the check passed
 * @param message what was found; never empty
 */
public record LogCheck(boolean passed, Message message) {
  public LogCheck {
    Objects.requireNonNull(message, "message");
  }

  /** A passed check. */
  public static LogCheck pass(String key, Object... args) {
    return new LogCheck(true, Message.of(LogCheck.class, key, args));
  }

  /** A failed check. */
  public static LogCheck fail(String key, Object... args) {
    return new LogCheck(false, Message.of(LogCheck.class, key, args));
  }

  /** The message's bundle key, stable across languages: handy for tests and machine output. */
  public String key() {
    return message.key();
  }

  @Override
  public String toString() {
    return (passed ? "passed: " : "failed: ") + message;
  }
}
