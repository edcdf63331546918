package org.ocnkit.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ocnkit.certificate.AchievedUnit;
import org.ocnkit.certificate.CertificateRequest;
import org.ocnkit.io.Sha256;
import org.ocnkit.unit.EqfLevel;
import org.ocnkit.unit.UnitHash;
import org.ocnkit.unit.UnitRef;

/** Fictional requests for the benchmarks, varied like a real cohort. */
final class Samples {
  private static final String[] NAMES = {
    "Åsa Öberg-Ängström",
    "Łukasz Żółkiewski",
    "Ağrı Işıl Çağlar",
    "Nguyễn Thị Hương",
    "Anna Berg",
    "Mohammed Al-Hassan",
    "Eva Forsberg",
    "Karin Ek"
  };
  private static final String[][] UNITS = {
    {"HS-KUND-01", "Kundbemötande i butik", "Customer service in a shop"},
    {"HS-KASSA-02", "Kassahantering", "Handling the till"},
    {
      "VO-HYG-01",
      "Basala hygienrutiner inom vård och omsorg",
      "Basic hygiene routines in health and social care"
    },
    {"VO-MAT-01", "Måltidsstöd", "Support at mealtimes"},
    {"IH-SVETS-03", "Grundläggande svetsning med MIG/MAG-metoden", "Basic MIG/MAG welding"},
    {"IH-TRUCK-01", "Truckkörning A och B", "Forklift driving A and B"},
    {"GN-ODL-04", "Skötsel av grönytor", "Care of green spaces"},
    {"GN-SKOG-02", "Röjning med röjsåg", "Clearing with a brush cutter"},
    {"AL-ARB-05", "Att fungera på en arbetsplats", "Working in a workplace"},
    {"AL-SAK-01", "Säkerhet på arbetsplatsen", "Safety at the workplace"}
  };

  private Samples() {}

  /** Request {@code i}: 3 to 6 units achieved by {@code achievedBy}. */
  static CertificateRequest request(int i, LocalDate achievedBy) {
    List<AchievedUnit> units = new ArrayList<>();
    int count = 3 + i % 4;
    for (int u = 0; u < count; u++) {
      String[] unit = UNITS[(i + u) % UNITS.length];
      units.add(
          new AchievedUnit(
              UnitRef.of(unit[0], 1 + u % 2),
              hash(unit[0]),
              unit[1],
              Optional.of(unit[2]),
              new EqfLevel(2 + (i + u) % 3),
              1 + (i + u) % 5,
              achievedBy.minusDays(u * 7L),
              "PANEL-2025-0" + (1 + u % 4)));
    }
    return CertificateRequest.builder()
        .holder(NAMES[i % NAMES.length], LocalDate.of(1980 + i % 25, 1 + i % 12, 1 + i % 28))
        .programme("Lärlingsprogrammet Fyra Arenor")
        .units(units)
        .reference("apprentice", "B" + i)
        .build();
  }

  private static UnitHash hash(String code) {
    return new UnitHash(Sha256.hex(code));
  }
}
