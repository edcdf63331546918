package org.ocnkit.learner;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.ocnkit.io.Sha256;

/**
 * The secret part of a supervisor's personal link: 32 random bytes (256 bits) from {@link
 * SecureRandom}, written as 43 base64url characters. Only its SHA-256 is stored. Its {@link
 * #toString()} does not show it; {@link #reveal()} is the one deliberate way to read it, to print
 * the link once for the coordinator.
 */
public final class LinkSecret {
  /** Random bytes in a secret: 256 bits, well over the 128 the issue asks for. */
  public static final int BYTES = 32;

  private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{43}");
  private static final SecureRandom RANDOM = new SecureRandom();

  private final String text;

  private LinkSecret(String text) {
    this.text = text;
  }

  /** A fresh random secret. */
  static LinkSecret random() {
    byte[] bytes = new byte[BYTES];
    RANDOM.nextBytes(bytes);
    return new LinkSecret(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
  }

  /**
   * The secret as it appears in a link a visitor opened; empty when it cannot be one (wrong length
   * or characters), so that nothing else is ever looked up.
   */
  public static Optional<LinkSecret> fromLink(String text) {
    return text != null && FORMAT.matcher(text).matches()
        ? Optional.of(new LinkSecret(text))
        : Optional.empty();
  }

  /** The secret's text, for the link printed once; never log or store it. */
  public String reveal() {
    return text;
  }

  /** The lowercase hex SHA-256 of the secret's text: what the database holds. */
  public String sha256() {
    return Sha256.hex(text.getBytes(StandardCharsets.US_ASCII));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LinkSecret other
        && MessageDigest.isEqual(
            text.getBytes(StandardCharsets.US_ASCII),
            other.text.getBytes(StandardCharsets.US_ASCII));
  }

  @Override
  public int hashCode() {
    return Objects.hash(sha256());
  }

  @Override
  public String toString() {
    return "LinkSecret[hidden]";
  }
}
