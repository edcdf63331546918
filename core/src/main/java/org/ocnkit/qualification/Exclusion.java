package org.ocnkit.qualification;

import java.util.List;
import org.ocnkit.unit.UnitCode;

/** Units that may not be combined: at most one of them counts towards the qualification. */
public record Exclusion(List<UnitCode> units) {
  public Exclusion {
    units = List.copyOf(units);
    if (units.size() < 2 || units.stream().distinct().count() != units.size()) {
      throw new IllegalArgumentException("an exclusion names two or more different units");
    }
  }

  public static Exclusion of(String... codes) {
    return new Exclusion(java.util.Arrays.stream(codes).map(UnitCode::new).toList());
  }
}
