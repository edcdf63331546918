package org.ocnkit.certificate;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.ocnkit.qualification.QualificationHash;
import org.ocnkit.qualification.QualificationRef;
import org.ocnkit.unit.EqfLevel;
import org.ocnkit.unit.UnitCode;

/**
 * The qualification a qualification certificate awards: which approved qualification version, at
 * which EQF level, approved by which panel decision, and the unit certificate each unit it rests on
 * was certified by. A certificate record with an award is a {@link
 * CertificateRecord.Kind#QUALIFICATION qualification certificate}; its units are the units counted
 * towards the qualification.
 *
 * @param hash the content hash of the qualification version the panel approved
 * @param titleSv the Swedish title; titles are 1-500 characters, normalized
 * @param panelDecision the identifier of the panel decision that approved the version
 * @param unitCertificates the code of the valid unit certificate behind each unit listed
 */
public record QualificationAward(
    QualificationRef ref,
    QualificationHash hash,
    String titleSv,
    Optional<String> titleEn,
    EqfLevel level,
    String panelDecision,
    Map<UnitCode, CertificateCode> unitCertificates) {
  public QualificationAward {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(hash, "hash");
    titleSv = Texts.normalize(titleSv, "Swedish title", 500);
    titleEn =
        Objects.requireNonNull(titleEn, "titleEn")
            .map(t -> Texts.normalize(t, "English title", 500));
    Objects.requireNonNull(level, "level");
    panelDecision = Texts.normalize(panelDecision, "panel decision", 100);
    unitCertificates =
        java.util.Collections.unmodifiableMap(
            new LinkedHashMap<>(Objects.requireNonNull(unitCertificates, "unitCertificates")));
    if (unitCertificates.isEmpty()) {
      throw new IllegalArgumentException("a qualification rests on at least one unit certificate");
    }
  }

  /** The title in {@code language}: English if asked for and present, else Swedish. */
  public String title(Language language) {
    return language == Language.EN ? titleEn.orElse(titleSv) : titleSv;
  }

  /** The unit certificate the unit {@code code} rests on. */
  public Optional<CertificateCode> certificateOf(UnitCode code) {
    return Optional.ofNullable(unitCertificates.get(code));
  }
}
