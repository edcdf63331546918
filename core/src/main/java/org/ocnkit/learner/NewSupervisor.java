package org.ocnkit.learner;

import java.util.Objects;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Message;

/** A supervisor to be added: a contact-free code and a name. */
public record NewSupervisor(Code code, String name) {
  public NewSupervisor {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    name = name.strip();
  }

  /**
   * Reads {@code code=Name} as typed on the command line, such as {@code lena-ek=Lena Ek}.
   *
   * @throws InvalidInputException naming the expected form
   */
  public static NewSupervisor parse(String text) {
    int eq = text == null ? -1 : text.indexOf('=');
    if (eq < 0 || text.substring(eq + 1).isBlank()) {
      throw new InvalidInputException(Message.of(NewSupervisor.class, "supervisor.format", text));
    }
    return new NewSupervisor(Code.parse(text.substring(0, eq)), text.substring(eq + 1));
  }
}
