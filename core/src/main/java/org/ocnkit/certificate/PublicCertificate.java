package org.ocnkit.certificate;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ocnkit.evidence.Achievement;
import org.ocnkit.evidence.EvidenceRecords;
import org.ocnkit.learner.EnrolmentId;
import org.ocnkit.store.Store;
import org.ocnkit.store.Workspace;
import org.ocnkit.unit.EqfLevel;
import org.ocnkit.unit.UnitRef;
import org.ocnkit.unit.catalog.StoredUnit;
import org.ocnkit.unit.catalog.UnitRecords;

/**
 * What anyone who only has a certificate's code may learn about it: the register's entry (status,
 * issue date, place in the log), the issuing organisation and the units it lists with their EQF
 * level and credits. Never the holder's name, date of birth or anything else about the person: it
 * is what a public verification page ({@code ocn serve}, {@code ocn site publish}) shows.
 *
 * <p>The register holds no record, so the units are read from the enrolments the certificate was
 * issued for (the opaque references recorded with it) and the unit versions they were on; a
 * certificate issued without such references lists no units.
 *
 * @param entry the register's entry
 * @param issuer the issuing organisation, as printed on certificates
 * @param units the units, in the order they were certified
 */
public record PublicCertificate(RegisterEntry entry, String issuer, List<Unit> units) {
  public PublicCertificate {
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(issuer, "issuer");
    units = List.copyOf(units);
  }

  /**
   * One unit a certificate lists.
   *
   * @param titleEn the English title, when the unit has one
   */
  public record Unit(
      UnitRef ref, String titleSv, Optional<String> titleEn, EqfLevel level, int credits) {
    public Unit {
      Objects.requireNonNull(ref, "ref");
      Objects.requireNonNull(titleSv, "titleSv");
      Objects.requireNonNull(titleEn, "titleEn");
      Objects.requireNonNull(level, "level");
    }

    /** The title in {@code language}: English if asked for and present, else Swedish. */
    public String title(Language language) {
      return language == Language.EN ? titleEn.orElse(titleSv) : titleSv;
    }
  }

  /** The sum of the units' credits. */
  public int totalCredits() {
    return units.stream().mapToInt(Unit::credits).sum();
  }

  /**
   * The public view of the certificate {@code code} in {@code workspace}, if the register has it.
   *
   * @throws org.ocnkit.EnvironmentException when the workspace has no issuer keys
   */
  static Optional<PublicCertificate> find(Workspace workspace, CertificateCode code) {
    return find(workspace.store(), issuerOf(workspace), code);
  }

  /**
   * {@link #find(Workspace, CertificateCode)} with the issuer's name already known ({@link
   * #issuerOf}), for a server that answers many lookups.
   */
  static Optional<PublicCertificate> find(Store store, String issuer, CertificateCode code) {
    return store.read(
        tx -> {
          Optional<RegisterEntry> entry = CertificateRecords.find(tx, code);
          if (entry.isEmpty()) {
            return Optional.<PublicCertificate>empty();
          }
          List<Unit> units = new ArrayList<>();
          // A qualification certificate lists the units of the unit certificates it rests on.
          List<CertificateRequest.Reference> references = new ArrayList<>();
          for (CertificateRequest.Reference reference : CertificateRecords.references(tx, code)) {
            if (reference.kind().equals(QualificationCertification.REF_UNIT_CERTIFICATE)) {
              try {
                references.addAll(
                    CertificateRecords.references(tx, new CertificateCode(reference.value())));
              } catch (IllegalArgumentException e) {
                continue;
              }
            } else {
              references.add(reference);
            }
          }
          for (CertificateRequest.Reference reference : references) {
            if (!reference.kind().equals(Certification.REF_ENROLMENT)) {
              continue;
            }
            Optional<Achievement> achievement = achievement(tx, reference.value());
            if (achievement.isEmpty()) {
              continue;
            }
            UnitRef ref = achievement.get().unit();
            Optional<StoredUnit> stored =
                UnitRecords.find(tx, new UnitRef.Query(ref.code(), Optional.of(ref.version())));
            stored.ifPresent(
                s ->
                    units.add(
                        new Unit(
                            ref,
                            s.unit().titleSv(),
                            s.unit().titleEn(),
                            s.unit().level(),
                            s.unit().credits())));
          }
          return Optional.of(new PublicCertificate(entry.get(), issuer, units));
        });
  }

  /**
   * The organisation printed as issuer on the workspace's certificates.
   *
   * @throws org.ocnkit.EnvironmentException when the workspace has no issuer keys
   */
  static String issuerOf(Workspace workspace) {
    return CertificateIssuer.organisation(
        workspace.settings(), IssuerKeyFiles.of(workspace).verificationKeys().issuerCertificate());
  }

  private static Optional<Achievement> achievement(org.ocnkit.store.ReadTx tx, String enrolment)
      throws SQLException {
    EnrolmentId id;
    try {
      id = EnrolmentId.parse(enrolment);
    } catch (RuntimeException e) {
      return Optional.empty();
    }
    return EvidenceRecords.achievement(tx, id);
  }
}
