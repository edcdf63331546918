package org.ocnkit.learner;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@link Apprentices#erase} removed, for the layers above that hold free text (evidence
 * descriptions) and must redact the person's name, birth date and personal identity number from it
 * in the same transaction. Lives only in memory; never store it.
 *
 * @param nameForms the erased name as it may appear in text, longest first: the full name, then
 *     each name and each part of a double name
 * @param birthDate the erased birth date, to find it (and a personal identity number built on it)
 *     in the usual written forms
 */
public record Erasure(ApprenticeId id, List<String> nameForms, Optional<LocalDate> birthDate) {
  /** What replaces the erased name in free text. */
  public static final String MARKER = "[namn raderat]";

  /** What replaces a personal identity number in free text. */
  public static final String PIN_MARKER = "[personnummer raderat]";

  /** What replaces the erased birth date in free text. */
  public static final String BIRTH_DATE_MARKER = "[födelsedatum raderat]";

  /**
   * A personal identity number or coordination number as people write it: with or without the
   * century, with or without the separator ({@code -}, {@code +} or a space) before the last four
   * digits; not part of a longer number.
   */
  private static final Pattern PIN_SHAPE =
      Pattern.compile(
          "(?<![\\p{N}])(\\d{2})?(\\d{2})(\\d{2})(\\d{2})[-+\\u2010-\\u2013 ]?(\\d{3})(\\d)(?![\\p{N}])");

  private static final String[] MONTHS_SV = {
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december"
  };
  private static final String[] MONTHS_EN = {
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december"
  };

  public Erasure {
    Objects.requireNonNull(id, "id");
    nameForms = List.copyOf(nameForms);
    Objects.requireNonNull(birthDate, "birthDate");
  }

  /** An erasure that knows the name only. */
  public Erasure(ApprenticeId id, List<String> nameForms) {
    this(id, nameForms, Optional.empty());
  }

  /**
   * {@code text} with the personal identity number, the birth date and the name redacted, in that
   * order:
   *
   * <ul>
   *   <li>every number shaped like a personal identity number ({@code 19990417-1234}, {@code
   *       199904171234}, {@code 990417-1234}, {@code 9904171234}, {@code 990417+1234}) that is
   *       built on the birth date, or that is a valid number (a real date and a correct check
   *       digit) of anyone, becomes {@link #PIN_MARKER};
   *   <li>the birth date in its usual written forms ({@code 1999-04-17}, {@code 19990417}, {@code
   *       990417}, {@code 17/4 1999}, {@code 17.04.1999}, {@code 4/17/1999}, {@code 17 april 1999},
   *       {@code 17:e april 1999}, {@code April 17, 1999}) becomes {@link #BIRTH_DATE_MARKER};
   *   <li>every name form, as a whole word in any letter case and with or without the Swedish
   *       genitive ("Aminas", "Kim:s"), becomes {@link #MARKER}; the longest forms first, so "Amina
   *       Hassan" becomes one marker, not two.
   * </ul>
   */
  public String redact(String text) {
    String out = redactPins(text);
    for (Pattern p : birthDatePatterns()) {
      out = p.matcher(out).replaceAll(Matcher.quoteReplacement(BIRTH_DATE_MARKER));
    }
    for (String name : nameForms) {
      Pattern p =
          Pattern.compile(
              "(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?:s|[:'\u2019]s)?(?![\\p{L}\\p{N}])",
              Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
      out = p.matcher(out).replaceAll(Matcher.quoteReplacement(MARKER));
    }
    return out;
  }

  /**
   * Whether {@code text} names the person beyond doubt: their full name (first and last, in either
   * order, any letter case and spacing) or a personal identity number built on their birth date. A
   * first name alone does not count: others share it.
   */
  public boolean namesPerson(String text) {
    String flat = text.replaceAll("\\s+", " ");
    if (!nameForms.isEmpty()) {
      String full = nameForms.get(0);
      int space = full.indexOf(' ');
      List<String> orders = new ArrayList<>(List.of(full));
      if (space > 0) {
        orders.add(full.substring(space + 1) + ",? " + full.substring(0, space));
      }
      for (String order : orders) {
        String quoted = Pattern.quote(order).replace(",? ", "\\E,? \\Q");
        if (Pattern.compile(
                "(?<![\\p{L}\\p{N}])" + quoted + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
            .matcher(flat)
            .find()) {
          return true;
        }
      }
    }
    if (birthDate.isPresent()) {
      Matcher m = PIN_SHAPE.matcher(flat);
      while (m.find()) {
        if (builtOn(birthDate.get(), m)) {
          return true;
        }
      }
    }
    return false;
  }

  private String redactPins(String text) {
    Matcher m = PIN_SHAPE.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String ten = m.group(2) + m.group(3) + m.group(4) + m.group(5) + m.group(6);
      boolean theirs = birthDate.map(d -> builtOn(d, m)).orElse(false);
      boolean valid =
          plausibleDate(m)
              && PersonalIdentityNumber.luhnCheckDigit(ten.substring(0, 9)) == ten.charAt(9) - '0';
      m.appendReplacement(out, Matcher.quoteReplacement(theirs || valid ? PIN_MARKER : m.group()));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** Whether the number's date part is {@code d} (the day plus 60 for a coordination number). */
  private static boolean builtOn(LocalDate d, Matcher m) {
    int day = Integer.parseInt(m.group(4));
    return Integer.parseInt(m.group(2)) == d.getYear() % 100
        && (m.group(1) == null || Integer.parseInt(m.group(1)) == d.getYear() / 100)
        && Integer.parseInt(m.group(3)) == d.getMonthValue()
        && (day == d.getDayOfMonth() || day == d.getDayOfMonth() + 60);
  }

  private static boolean plausibleDate(Matcher m) {
    int month = Integer.parseInt(m.group(3));
    int day = Integer.parseInt(m.group(4));
    return month >= 1 && month <= 12 && ((day >= 1 && day <= 31) || (day >= 61 && day <= 91));
  }

  /** The birth date's usual written forms, as patterns that do not match inside longer numbers. */
  private List<Pattern> birthDatePatterns() {
    if (birthDate.isEmpty()) {
      return List.of();
    }
    LocalDate d = birthDate.get();
    String y = String.valueOf(d.getYear());
    String yy = String.format("%02d", d.getYear() % 100);
    String mm = String.format("%02d", d.getMonthValue());
    String dd = String.format("%02d", d.getDayOfMonth());
    String m = "0?" + d.getMonthValue();
    String day = "0?" + d.getDayOfMonth();
    String sep = "[-/.\\u2010-\\u2013]";
    String months =
        "(?:"
            + MONTHS_SV[d.getMonthValue() - 1]
            + "|"
            + MONTHS_EN[d.getMonthValue() - 1]
            + "|"
            + MONTHS_EN[d.getMonthValue() - 1].substring(0, 3)
            + "\\.?)";
    String ordinal = "(?::[ea]|st|nd|rd|th)?";
    List<String> forms =
        new ArrayList<>(
            List.of(
                y + sep + m + sep + day,
                y + mm + dd,
                yy + mm + dd,
                yy + sep + mm + sep + dd,
                day + sep + m + "(?:" + sep + "|\\s)" + y,
                day + "[/.]" + m + "[/.]" + yy,
                m + "/" + day + "/" + y,
                day + ordinal + "\\s+" + months + ",?\\s+" + y,
                months + "\\s+" + day + ordinal + ",?\\s+" + y));
    List<Pattern> patterns = new ArrayList<>();
    for (String form : forms) {
      patterns.add(
          Pattern.compile(
              "(?<![\\p{L}\\p{N}])" + form + "(?![\\p{L}\\p{N}])",
              Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }
    return patterns;
  }

  @Override
  public String toString() {
    return "Erasure[" + id + "]";
  }
}
