package org.ocnkit.learner;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ocnkit.InvalidInputException;
import org.ocnkit.Message;

/**
 * A Swedish personal identity number ("personnummer") or coordination number ("samordningsnummer",
 * day of birth + 60), validated: a real date and a correct Luhn check digit.
 *
 * <p>ocnkit never stores the number: only its keyed hash (HMAC-SHA256 under the workspace's key),
 * which finds the same person again and nothing else. {@link #toString()} does not reveal it.
 */
public final class PersonalIdentityNumber {
  private static final Pattern FORMAT =
      Pattern.compile("(\\d{2})?(\\d{2})(\\d{2})(\\d{2})([-+]?)(\\d{3})(\\d)");

  private final String digits;
  private final LocalDate birthDate;
  private final boolean coordinationNumber;

  private PersonalIdentityNumber(String digits, LocalDate birthDate, boolean coordination) {
    this.digits = digits;
    this.birthDate = birthDate;
    this.coordinationNumber = coordination;
  }

  /**
   * Reads {@code ÅÅÅÅMMDD-NNNN}, {@code ÅÅÅÅMMDDNNNN}, {@code ÅÅMMDD-NNNN}, {@code ÅÅMMDDNNNN} or
   * {@code ÅÅMMDD+NNNN} (100 years or older). A ten-digit number belongs to the latest century that
   * does not put the birth date after {@code today}.
   *
   * @throws InvalidInputException saying which rule the text breaks: format, date or check digit
   */
  public static PersonalIdentityNumber parse(String text, LocalDate today) {
    Objects.requireNonNull(today, "today");
    String compact = text == null ? "" : text.strip().replace(" ", "");
    Matcher m = FORMAT.matcher(compact);
    boolean plus = m.matches() && m.group(5).equals("+");
    if (!m.matches() || (plus && m.group(1) != null)) {
      throw invalid("pin.format");
    }
    int yy = Integer.parseInt(m.group(2));
    int month = Integer.parseInt(m.group(3));
    int dayField = Integer.parseInt(m.group(4));
    boolean coordination = dayField > 60;
    int day = coordination ? dayField - 60 : dayField;
    String ten = m.group(2) + m.group(3) + m.group(4) + m.group(6) + m.group(7);
    if (luhnCheckDigit(ten.substring(0, 9)) != ten.charAt(9) - '0') {
      throw invalid("pin.checkDigit");
    }
    LocalDate birth;
    try {
      if (m.group(1) != null) {
        birth = LocalDate.of(Integer.parseInt(m.group(1)) * 100 + yy, month, day);
      } else {
        int century = today.getYear() / 100 * 100;
        LocalDate candidate = LocalDate.of(century + yy, month, day);
        if (candidate.isAfter(today)) {
          candidate = LocalDate.of(century - 100 + yy, month, day);
        }
        birth = plus ? LocalDate.of(candidate.getYear() - 100, month, day) : candidate;
      }
    } catch (DateTimeException e) {
      throw invalid("pin.date");
    }
    if (birth.isAfter(today)) {
      throw invalid("pin.date");
    }
    String twelve =
        String.format("%04d%02d%02d", birth.getYear(), month, dayField) + m.group(6) + m.group(7);
    return new PersonalIdentityNumber(twelve, birth, coordination);
  }

  /**
   * The Luhn check digit of nine digits, as the last digit of a personal identity number: digits
   * weighted 2, 1, 2, 1 ... from the left, the digit sums of the products added.
   */
  public static int luhnCheckDigit(String nineDigits) {
    if (!nineDigits.matches("\\d{9}")) {
      throw new IllegalArgumentException("nine digits expected");
    }
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      int p = (nineDigits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
      sum += p / 10 + p % 10;
    }
    return (10 - sum % 10) % 10;
  }

  /** The birth date the number encodes. */
  public LocalDate birthDate() {
    return birthDate;
  }

  /** Whether this is a coordination number (samordningsnummer). */
  public boolean isCoordinationNumber() {
    return coordinationNumber;
  }

  /**
   * The twelve digits {@code ÅÅÅÅMMDDNNNN}, the form that is hashed. Deliberately named: do not
   * store, print or log it.
   */
  public String revealDigits() {
    return digits;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PersonalIdentityNumber other && digits.equals(other.digits);
  }

  @Override
  public int hashCode() {
    return digits.hashCode();
  }

  /** Never the number. */
  @Override
  public String toString() {
    return "PersonalIdentityNumber[********-****]";
  }

  private static InvalidInputException invalid(String key) {
    return new InvalidInputException(Message.of(PersonalIdentityNumber.class, key));
  }
}
