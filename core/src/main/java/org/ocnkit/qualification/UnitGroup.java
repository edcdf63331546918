package org.ocnkit.qualification;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.ocnkit.unit.UnitCode;

/**
 * An optional group of a qualification: at least {@code minCredits} credits and at least {@code
 * minUnits} units from its units (0: no such minimum). A unit listed in two groups counts towards
 * one of them only.
 */
public record UnitGroup(
    String id,
    Optional<String> titleSv,
    Optional<String> titleEn,
    List<UnitCode> units,
    int minCredits,
    int minUnits) {
  private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9]{0,9}");

  public UnitGroup {
    Objects.requireNonNull(id, "id");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "a group id is a capital letter and up to 9 more" + " letters or digits, got " + id);
    }
    Objects.requireNonNull(titleSv, "titleSv");
    Objects.requireNonNull(titleEn, "titleEn");
    units = List.copyOf(units);
    if (units.isEmpty()) {
      throw new IllegalArgumentException("group " + id + " has no unit");
    }
    if (minCredits < 0 || minUnits < 0 || minCredits + minUnits == 0) {
      throw new IllegalArgumentException("group " + id + " needs a minimum of credits or units");
    }
  }

  public static UnitGroup of(String id, int minCredits, int minUnits, String... codes) {
    return new UnitGroup(
        id,
        Optional.empty(),
        Optional.empty(),
        java.util.Arrays.stream(codes).map(UnitCode::new).toList(),
        minCredits,
        minUnits);
  }

  /** The group's title in the reader's language, or its id when it has none. */
  public String title(Locale locale) {
    Optional<String> preferred =
        "en".equals(locale.getLanguage()) ? titleEn.or(() -> titleSv) : titleSv.or(() -> titleEn);
    return preferred.orElse(id);
  }
}
