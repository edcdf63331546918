package org.ocnkit.certificate.internal.testing;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.ocnkit.certificate.AchievedUnit;
import org.ocnkit.certificate.CertificateRecord;
import org.ocnkit.certificate.Fingerprint;
import org.ocnkit.certificate.Holder;
import org.ocnkit.certificate.Issuer;
import org.ocnkit.certificate.Language;
import org.ocnkit.unit.EqfLevel;
import org.ocnkit.unit.UnitHash;
import org.ocnkit.unit.UnitRef;

/** Fictional certificate records for tests. */
public final class SampleRecords {
  public static final String BASE_URL = "https://intyg.ocnkit.example/v";

  private static final List<String[]> UNITS =
      List.of(
          new String[] {"HS-KUND-01", "Kundbemötande i butik", "Customer service in a shop"},
          new String[] {
            "VO-HYG-02",
            "Basala hygienrutiner inom vård och omsorg",
            "Basic hygiene routines in health and social care"
          },
          new String[] {
            "IH-SVETS-03",
            "Grundläggande svetsning med MIG/MAG-metoden enligt"
                + " gällande arbetsmiljöföreskrifter och med egenkontroll av fogarnas kvalitet",
            "Basic MIG/MAG welding under current work-environment regulations, with self-inspection"
                + " of the quality of the joints"
          },
          new String[] {"GN-ODL-04", "Skötsel av grönytor", null},
          new String[] {"AL-ARB-05", "Att fungera på en arbetsplats", "Working in a workplace"});

  private SampleRecords() {}

  /** A record for {@code name} with {@code units} units (1 or more), Swedish first. */
  public static CertificateRecord record(String name, int units) {
    return record(name, units, Language.SV);
  }

  public static CertificateRecord record(String name, int units, Language language) {
    return builder(name, units, language).build();
  }

  /** A builder holding what {@link #record(String, int, Language)} builds, serial number 1. */
  public static CertificateRecord.Builder builder(String name, int units, Language language) {
    CertificateRecord.Builder b =
        CertificateRecord.builder()
            .language(language)
            .serial(1)
            .holder(new Holder(name, LocalDate.of(1991, 4, 12)))
            .issuer(
                Issuer.of(
                    "Lärcentrum Västra Götaland",
                    "fictional issuer certificate".getBytes(StandardCharsets.UTF_8)))
            .programme("Lärlingsprogrammet Fyra Arenor 2026")
            .issueDate(LocalDate.of(2026, 6, 1));
    for (int i = 0; i < units; i++) {
      String[] u = UNITS.get(i % UNITS.size());
      String code =
          i < UNITS.size()
              ? u[0]
              : u[0].substring(0, u[0].length() - 2) + String.format("%02d", i + 1);
      b.unit(
          new AchievedUnit(
              UnitRef.of(code, 1 + i % 2),
              hash(code),
              u[1],
              Optional.ofNullable(u[2]),
              new EqfLevel(2 + i % 3),
              1 + i % 4,
              LocalDate.of(2026, 1 + i % 5, 10 + i % 15),
              "PANEL-2026-0" + (3 + i % 4)));
    }
    return b;
  }

  /**
   * A qualification certificate for {@code name} resting on {@code units} unit certificates: the
   * units of {@link #record(String, int)}, each with the code of a (fictional) unit certificate.
   */
  public static CertificateRecord qualificationRecord(String name, int units) {
    CertificateRecord.Builder b = builder(name, units, Language.SV).serial(7);
    java.util.Map<org.ocnkit.unit.UnitCode, org.ocnkit.certificate.CertificateCode> certificates =
        new java.util.LinkedHashMap<>();
    for (AchievedUnit unit : units(units)) {
      certificates.put(
          unit.ref().code(),
          org.ocnkit.certificate.CertificateCode.of(
              Fingerprint.of(("unit certificate " + unit.ref()).getBytes(StandardCharsets.UTF_8))));
    }
    return b.qualification(
            new org.ocnkit.certificate.QualificationAward(
                org.ocnkit.qualification.QualificationRef.of("KVAL-OMSORG-INTRO", 1),
                new org.ocnkit.qualification.QualificationHash(hash("KVAL-OMSORG-INTRO").hex()),
                "Introduktion till äldreomsorgen",
                Optional.of("Introduction to elderly care"),
                new EqfLevel(2),
                "PANEL-Q-2026-05-20-1",
                certificates))
        .build();
  }

  /** The units {@link #record(String, int)} lists. */
  public static List<AchievedUnit> units(int count) {
    return record("A B", count).units();
  }

  private static UnitHash hash(String code) {
    return new UnitHash(
        HexFormat.of().formatHex(Fingerprint.of(code.getBytes(StandardCharsets.UTF_8)).bytes()));
  }
}
