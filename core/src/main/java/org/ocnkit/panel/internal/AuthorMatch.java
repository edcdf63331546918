package org.ocnkit.panel.internal;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.ocnkit.panel.PanelMember;

/**
 * Recognises a panel member as the author of a unit from the unit's {@code author} field, which
 * names people or organisations in free text.
 *
 * <p>The rule: the field is read as a list of names, split at commas, semicolons, slashes,
 * ampersands and line breaks, and each of those parts again at the words " och " and " and ". The
 * whole field and every part are candidate names. A member is the author when their name or their
 * organisation equals a candidate, ignoring case, accents' composition (Unicode NFC) and runs of
 * whitespace. So "Lärcentrum Norrbacka kommun" names every member from that organisation, and "Anna
 * Andersson och Bo Berg" names Anna Andersson; but "Norrbacka kommun" does not name a member of
 * "Lärcentrum Norrbacka kommun": a part must match a whole name. A member the rule does not
 * recognise declares a conflict of interest instead.
 */
public final class AuthorMatch {
  private AuthorMatch() {}

  /** Whether the author field {@code author} names {@code member} or their organisation. */
  public static boolean isAuthor(String author, PanelMember member) {
    Set<String> names = candidates(author);
    return names.contains(normalize(member.name()))
        || names.contains(normalize(member.organisation()));
  }

  static Set<String> candidates(String author) {
    Set<String> names = new LinkedHashSet<>();
    names.add(normalize(author));
    for (String part : author.split("[,;/&\\n\\r]")) {
      names.add(normalize(part));
      for (String name : part.split("(?i)\\s+(och|and)\\s+")) {
        names.add(normalize(name));
      }
    }
    names.remove("");
    return names;
  }

  /** {@code text} as names are compared: NFC, runs of whitespace as one space, lower case. */
  public static String normalize(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC)
        .replaceAll("\\s+", " ")
        .strip()
        .toLowerCase(Locale.ROOT);
  }
}
