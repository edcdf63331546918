package org.ocnkit.cli.certificate;

import java.io.Console;
import java.nio.file.Path;
import java.util.Arrays;
import org.ocnkit.EnvironmentException;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Message;
import org.ocnkit.cli.Cli;

/**
 * The key password, from {@value #ENV} or asked on the terminal; never from the command line (where
 * other users of the machine could see it) and never stored. Callers zero the array once done with
 * it ({@code Arrays.fill(password, '\0')}).
 */
public final class KeyPassword {
  /** The variable that holds the key password. */
  public static final String ENV = "OCNKIT_KEY_PASSWORD";

  /** The variable that holds the password of a keystore being imported. */
  public static final String ENV_IMPORT = "OCNKIT_IMPORT_PASSWORD";

  private KeyPassword() {}

  /** The password of the workspace's existing keys. */
  public static char[] existing(Cli cli) {
    return read(cli, ENV, text(cli, "password.prompt"));
  }

  /** A password for new keys: asked twice on a terminal, which must agree. */
  public static char[] chosen(Cli cli) {
    String fromEnv = cli.env().get(ENV);
    if (fromEnv != null && !fromEnv.isEmpty()) {
      return fromEnv.toCharArray();
    }
    Console console = console(cli, ENV);
    char[] first = console.readPassword("%s", text(cli, "password.new"));
    char[] second = console.readPassword("%s", text(cli, "password.again"));
    try {
      if (first == null || second == null || !Arrays.equals(first, second)) {
        throw new InvalidInputException(Message.of(KeyPassword.class, "password.differ"));
      }
      return first.clone();
    } finally {
      if (first != null) {
        Arrays.fill(first, '\0');
      }
      if (second != null) {
        Arrays.fill(second, '\0');
      }
    }
  }

  /** The password of a keystore file brought in with {@code keys import}. */
  public static char[] ofImported(Cli cli, Path file) {
    return read(cli, ENV_IMPORT, text(cli, "password.import", file.getFileName()));
  }

  private static char[] read(Cli cli, String variable, String prompt) {
    String fromEnv = cli.env().get(variable);
    if (fromEnv != null && !fromEnv.isEmpty()) {
      return fromEnv.toCharArray();
    }
    char[] typed = console(cli, variable).readPassword("%s", prompt);
    if (typed == null) {
      throw new EnvironmentException(Message.of(KeyPassword.class, "password.none", variable));
    }
    return typed;
  }

  private static Console console(Cli cli, String variable) {
    Console console = System.console();
    if (console == null) {
      throw new EnvironmentException(Message.of(KeyPassword.class, "password.none", variable));
    }
    return console;
  }

  private static String text(Cli cli, String key, Object... args) {
    return cli.text(KeyPassword.class, key, args);
  }
}
