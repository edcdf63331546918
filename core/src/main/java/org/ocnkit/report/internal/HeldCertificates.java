package org.ocnkit.report.internal;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.ocnkit.InvalidInputException;
import org.ocnkit.certificate.CertificateCode;
import org.ocnkit.certificate.CertificateRecords;
import org.ocnkit.certificate.CertificateRequest;
import org.ocnkit.certificate.QualificationCertification;
import org.ocnkit.certificate.RegisterEntry;
import org.ocnkit.learner.ApprenticeId;
import org.ocnkit.learner.Enrolment;
import org.ocnkit.learner.EnrolmentId;
import org.ocnkit.learner.LearnerRecords;
import org.ocnkit.qualification.QualificationCode;
import org.ocnkit.qualification.QualificationRef;
import org.ocnkit.store.ReadTx;

/**
 * Which valid certificates each apprentice holds, from the opaque references the register keeps
 * with a certificate: {@code ("apprentice", "A12")} names the holder, {@code ("enrolment", "E42")}
 * an enrolment it certifies (and so its apprentice); both are accepted with or without the letter.
 * Revoked certificates are left out, and so are qualification certificates under review (a unit
 * certificate they rest on was revoked): neither is valid. A qualification certificate is told from
 * a certificate of units by its {@value QualificationCertification#REF_QUALIFICATION} reference
 * ({@code CODE@V}).
 */
public final class HeldCertificates {
  /** A reference kind naming the apprentice a certificate was issued to. */
  public static final String APPRENTICE = "apprentice";

  /** A reference kind naming an enrolment whose unit a certificate lists. */
  public static final String ENROLMENT = "enrolment";

  private HeldCertificates() {}

  /**
   * A valid certificate an apprentice holds.
   *
   * @param enrolments the apprentice's enrolments it names (empty when it names none)
   * @param qualification for a qualification certificate, the qualification it awards; empty for a
   *     certificate of units
   */
  public record Held(
      RegisterEntry entry, Set<EnrolmentId> enrolments, Optional<QualificationCode> qualification) {
    public Held {
      Objects.requireNonNull(entry, "entry");
      enrolments = Set.copyOf(enrolments);
      Objects.requireNonNull(qualification, "qualification");
    }

    /** Whether it is a qualification certificate. */
    public boolean awardsQualification() {
      return qualification.isPresent();
    }
  }

  /** Every apprentice's valid certificates, by serial number. */
  public static Map<ApprenticeId, List<Held>> load(ReadTx tx) throws SQLException {
    Map<EnrolmentId, ApprenticeId> owners = new HashMap<>();
    for (Enrolment e : LearnerRecords.enrolments(tx)) {
      owners.put(e.id(), e.apprentice());
    }
    Map<ApprenticeId, List<Held>> held = new LinkedHashMap<>();
    Map<CertificateCode, List<CertificateRequest.Reference>> references =
        CertificateRecords.references(tx);
    for (RegisterEntry entry : CertificateRecords.list(tx)) {
      if (entry.status() != RegisterEntry.Status.VALID) {
        continue;
      }
      Set<ApprenticeId> holders = new LinkedHashSet<>();
      Optional<QualificationCode> qualification = Optional.empty();
      Map<ApprenticeId, Set<EnrolmentId>> named = new HashMap<>();
      for (CertificateRequest.Reference r : references.getOrDefault(entry.code(), List.of())) {
        if (r.kind().equals(QualificationCertification.REF_QUALIFICATION)) {
          qualification = qualification(r.value());
        } else if (r.kind().equals(APPRENTICE)) {
          apprentice(r.value()).ifPresent(holders::add);
        } else if (r.kind().equals(ENROLMENT)) {
          Optional<EnrolmentId> e = enrolment(r.value());
          if (e.isPresent() && owners.containsKey(e.get())) {
            ApprenticeId owner = owners.get(e.get());
            holders.add(owner);
            named.computeIfAbsent(owner, a -> new TreeSet<>()).add(e.get());
          }
        }
      }
      for (ApprenticeId a : holders) {
        held.computeIfAbsent(a, x -> new ArrayList<>())
            .add(new Held(entry, named.getOrDefault(a, Set.of()), qualification));
      }
    }
    return held;
  }

  private static Optional<ApprenticeId> apprentice(String value) {
    try {
      return Optional.of(ApprenticeId.parse(value));
    } catch (InvalidInputException e) {
      return Optional.empty();
    }
  }

  private static Optional<QualificationCode> qualification(String value) {
    try {
      return Optional.of(QualificationRef.parse(value).code());
    } catch (InvalidInputException e) {
      return Optional.empty();
    }
  }

  private static Optional<EnrolmentId> enrolment(String value) {
    try {
      return Optional.of(EnrolmentId.parse(value));
    } catch (InvalidInputException e) {
      return Optional.empty();
    }
  }
}
