package org.ocnkit.certificate;

import java.nio.ByteBuffer;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Message;

/**
 * The short code printed on a certificate and typed by an employer to look it up, such as {@code
 * OCN-7K3M-Q9TX-2B4R-H}: the first 60 bits of the {@link Fingerprint} in Crockford's base 32
 * (digits and capital letters without I, L, O and U), in three groups of four, then a check
 * character from the same 32 symbols.
 *
 * <p>The check character is a weighted sum in the finite field GF(32) (polynomial x^5 + x^2 + 1):
 * the i-th data symbol (i = 1..12) is multiplied by alpha^i, alpha a primitive element, and the
 * products are added. Because every weight is non-zero and neighbouring weights differ, it catches
 * every mistyped single character and every swap of two neighbouring characters (the check
 * character included). Unlike Crockford's mod-37 symbol, it never needs {@code * ~ $ =}, which do
 * not belong in file names, URLs or shell commands. {@link #parse} forgives what people do: any
 * case, missing or extra hyphens and spaces, a missing {@code OCN-}, and the letters O, I and L
 * typed for the digits 0 and 1. The code names a certificate for lookup; only the full fingerprint
 * identifies it, so {@link #matches} is what a verifier checks.
 */
public record CertificateCode(String value) {
  /** Crockford's base-32 symbols, value 0-31. */
  static final String SYMBOLS = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

  /** The check symbols: the same 32. */
  static final String CHECK_SYMBOLS = SYMBOLS;

  /** x^5 + x^2 + 1, a primitive polynomial of GF(32). */
  private static final int FIELD_POLYNOMIAL = 0b100101;

  /** How many base-32 characters carry data: 12, that is 60 bits. */
  static final int DATA_LENGTH = 12;

  private static final String PREFIX = "OCN";
  private static final Pattern FORMAT =
      Pattern.compile(
          "OCN-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]");

  public CertificateCode {
    Objects.requireNonNull(value, "value");
    if (!FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "a certificate code is OCN-XXXX-XXXX-XXXX-C in Crockford base 32, got " + value);
    }
    String data = value.substring(4).replace("-", "");
    if (checkSymbol(decode(data.substring(0, DATA_LENGTH))) != data.charAt(DATA_LENGTH)) {
      throw new IllegalArgumentException("the check character of " + value + " is wrong");
    }
  }

  /** The code of the certificate with fingerprint {@code fingerprint}. */
  public static CertificateCode of(Fingerprint fingerprint) {
    long bits = ByteBuffer.wrap(fingerprint.bytes()).getLong() >>> 4;
    StringBuilder data = new StringBuilder(DATA_LENGTH + 1);
    for (int i = 0; i < DATA_LENGTH; i++) {
      data.append(SYMBOLS.charAt((int) (bits >>> (5 * (DATA_LENGTH - 1 - i))) & 31));
    }
    data.append(checkSymbol(bits));
    return new CertificateCode(format(data.toString()));
  }

  /**
   * A code as a person typed it.
   *
   * @throws InvalidInputException saying whether the length, a character or the check character is
   *     wrong
   */
  public static CertificateCode parse(String text) {
    String compact = text.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s\\-\u2010-\u2015]", "");
    if (compact.length() == DATA_LENGTH + 1 + PREFIX.length() && compact.startsWith(PREFIX)) {
      compact = compact.substring(PREFIX.length());
    }
    if (compact.length() != DATA_LENGTH + 1) {
      throw new InvalidInputException(Message.of(CertificateCode.class, "code.format", text));
    }
    StringBuilder canonical = new StringBuilder(DATA_LENGTH + 1);
    for (int i = 0; i < compact.length(); i++) {
      char c = forgive(compact.charAt(i));
      String allowed = i < DATA_LENGTH ? SYMBOLS : CHECK_SYMBOLS;
      if (allowed.indexOf(c) < 0) {
        throw new InvalidInputException(
            Message.of(CertificateCode.class, "code.character", text, String.valueOf(c)));
      }
      canonical.append(c);
    }
    long bits = decode(canonical.substring(0, DATA_LENGTH));
    if (checkSymbol(bits) != canonical.charAt(DATA_LENGTH)) {
      throw new InvalidInputException(Message.of(CertificateCode.class, "code.check", text));
    }
    return new CertificateCode(format(canonical.toString()));
  }

  /** Whether this is the code of {@code fingerprint}. */
  public boolean matches(Fingerprint fingerprint) {
    return of(fingerprint).equals(this);
  }

  /** The 60 bits the code carries: the fingerprint's first 60 bits. */
  public long bits() {
    return decode(value.substring(4).replace("-", "").substring(0, DATA_LENGTH));
  }

  @Override
  public String toString() {
    return value;
  }

  private static char forgive(char c) {
    return switch (c) {
      case 'O' -> '0';
      case 'I', 'L' -> '1';
      default -> c;
    };
  }

  private static long decode(String data) {
    long bits = 0;
    for (int i = 0; i < data.length(); i++) {
      bits = (bits << 5) | SYMBOLS.indexOf(data.charAt(i));
    }
    return bits;
  }

  private static char checkSymbol(long bits) {
    int sum = 0;
    int weight = 1;
    for (int i = 0; i < DATA_LENGTH; i++) {
      weight = multiply(weight, 2); // alpha^(i+1), alpha = x
      int symbol = (int) (bits >>> (5 * (DATA_LENGTH - 1 - i))) & 31;
      sum ^= multiply(weight, symbol);
    }
    return CHECK_SYMBOLS.charAt(sum);
  }

  /** Multiplication in GF(32) modulo {@link #FIELD_POLYNOMIAL}. */
  private static int multiply(int a, int b) {
    int product = 0;
    while (b != 0) {
      if ((b & 1) != 0) {
        product ^= a;
      }
      b >>>= 1;
      a <<= 1;
      if ((a & 32) != 0) {
        a ^= FIELD_POLYNOMIAL;
      }
    }
    return product;
  }

  private static String format(String compact) {
    return PREFIX
        + "-"
        + compact.substring(0, 4)
        + "-"
        + compact.substring(4, 8)
        + "-"
        + compact.substring(8, 12)
        + "-"
        + compact.charAt(12);
  }
}
