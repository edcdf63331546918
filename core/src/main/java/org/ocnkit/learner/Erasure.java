package org.ocnkit.learner;

import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@link Apprentices#erase} removed, for the layers above that hold free text (evidence
 * descriptions) and must redact the person's name from it in the same transaction. Lives only in
 * memory; never store it.
 *
 * @param nameForms the erased name as it may appear in text, longest first: the full name, then
 *     each name and each part of a double name
 */
public record Erasure(ApprenticeId id, List<String> nameForms) {
  /** What replaces the erased name in free text. */
  public static final String MARKER = "[namn raderat]";

  public Erasure {
    Objects.requireNonNull(id, "id");
    nameForms = List.copyOf(nameForms);
  }

  /**
   * {@code text} with every name form, as a whole word in any letter case and with or without the
   * Swedish genitive ("Aminas", "Kim:s"), replaced by {@link #MARKER}; the longest forms first,
   * so "Amina Hassan" becomes one marker, not two.
   */
  public String redact(String text) {
    String out = text;
    for (String name : nameForms) {
      Pattern p = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name)
          + "(?:s|[:'\u2019]s)?(?![\\p{L}\\p{N}])",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
      out = p.matcher(out).replaceAll(Matcher.quoteReplacement(MARKER));
    }
    return out;
  }

  @Override
  public String toString() {
    return "Erasure[" + id + "]";
  }
}
